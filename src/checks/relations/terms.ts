import type { Location } from '../../model/diagnostic.js';
import { ZERO } from '../../model/money.js';
import { exactly, total, type Quantity } from '../compare.js';
import type { DocumentView, TableKind } from '../view/document-view.js';
import { amountAfter } from '../view/narrative.js';
import type { TableView } from '../view/table-view.js';
import { isText, listOf, type CellTerm, type Term } from './relation.js';

/** The row and column a relation is being stated for, when it iterates. */
export interface Instance {
  row?: string;
  rowLabel?: string;
  column?: string;
}

/** A term read from a document: its amount (signed), where it is, and whether it is one cell (a related location). */
export interface Read {
  q: Quantity;
  at: Location;
  single: boolean;
}

/** Reads a term; undefined when its cell, row or phrase cannot be read. */
export function readTerm(view: DocumentView, term: Term, at: Instance): Read | undefined {
  if (isText(term)) {
    const text = view.section(term.section);
    const q = text === undefined ? undefined : listOf(term.after).reduce<Quantity | undefined>((found, phrase) => found ?? amountAfter(text, phrase), undefined);
    return q && { q, at: { kind: 'narrative', section: term.section }, single: false };
  }
  const t = view.table(term.table);
  const column = typeof term.column === 'string' ? term.column : at.column;
  const col = t && column !== undefined ? t.col(column) : undefined;
  if (!t || column === undefined || col === undefined) return undefined;
  const read = readCells(t, term, column, col, at);
  return read && (term.minus ? { ...read, q: { value: read.q.value.negated(), radius: read.q.radius } } : read);
}

function readCells(t: TableView, term: CellTerm, column: string, col: number, at: Instance): Read | undefined {
  const ref = term.row;
  if (typeof ref === 'string') {
    const r = t.row(ref, column);
    const q = r === undefined ? undefined : t.amount(r, col);
    return r !== undefined && q ? { q, at: t.at(r, col), single: true } : undefined;
  }
  if ('prefix' in ref) {
    const rows = t.rowsWith(ref.prefix, column);
    const parts = rows.map((r) => t.amount(r, col));
    if (parts.some((p) => p === undefined)) return undefined;
    const first = rows[0];
    return { q: total(parts as Quantity[]), at: first === undefined ? absent(t, col) : t.at(first, col), single: false };
  }
  const key = 'key' in ref ? ref.key : at.row;
  // The first body row with that key in that column, by the table's index (a scan per instance was quadratic).
  const r = t.row(key, column);
  if (r === undefined) return { q: exactly(ZERO), at: absent(t, col, 'each' in ref ? at.rowLabel : undefined), single: false };
  const q = t.amount(r, col);
  return q && { q, at: t.at(r, col), single: true };
}

/** Where an absent row would print: the table and column (and the row's words when known). */
function absent(t: TableView, col: number, row?: string): Location {
  return { kind: 'table', key: t.key, table: t.id, ...(row ? { row } : {}), column: t.columns[col]?.label ?? '' };
}

/** The tables and narrative sections a term reads. */
export function needs(term: Term): { tables: TableKind[]; sections: string[] } {
  return isText(term) ? { tables: [], sections: [term.section] } : { tables: [term.table], sections: [] };
}
