import type { Location } from '../../model/diagnostic.js';
import { ZERO } from '../../model/money.js';
import { exactly, total, type Quantity } from '../compare.js';
import type { DocumentView, TableKind } from '../view/document-view.js';
import { amountAfter } from '../view/narrative.js';
import { Cell } from '../view/table-equations.js';
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
  readonly at: Location;
  single: boolean;
}

/**
 * A term read from cells: its location is worked out when first asked (naming a row reads the labels left of it),
 * since only a relation that fails names its cells.
 */
class CellRead extends Cell implements Read {
  constructor(
    q: Quantity,
    readonly single: boolean,
    t: TableView,
    row: number,
    col: number,
  ) {
    super(t, row, col, q);
  }
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
  const sign = term.minus ? (q: Quantity): Quantity => ({ value: q.value.negated(), radius: q.radius }) : (q: Quantity) => q;
  return readCells(t, term, column, col, at, sign);
}

function readCells(t: TableView, term: CellTerm, column: string, col: number, at: Instance, sign: (q: Quantity) => Quantity): Read | undefined {
  const ref = term.row;
  if (typeof ref === 'string') {
    const r = t.row(ref, column);
    const q = r === undefined ? undefined : t.amount(r, col);
    return r !== undefined && q ? new CellRead(sign(q), true, t, r, col) : undefined;
  }
  if ('prefix' in ref) {
    const rows = t.rowsWith(ref.prefix, column);
    const parts = rows.map((r) => t.amount(r, col));
    if (parts.some((p) => p === undefined)) return undefined;
    const first = rows[0];
    const q = sign(total(parts as Quantity[]));
    return first === undefined ? { q, at: absent(t, col), single: false } : new CellRead(q, false, t, first, col);
  }
  const key = 'key' in ref ? ref.key : at.row;
  // The first body row with that key in that column, by the table's index (a scan per instance was quadratic).
  const r = t.row(key, column);
  if (r === undefined) return { q: sign(exactly(ZERO)), at: absent(t, col, 'each' in ref ? at.rowLabel : undefined), single: false };
  const q = t.amount(r, col);
  return q && new CellRead(sign(q), true, t, r, col);
}

/** Where an absent row would print: the table and column (and the row's words when known). */
function absent(t: TableView, col: number, row?: string): Location {
  return { kind: 'table', key: t.key, table: t.id, ...(row ? { row } : {}), column: t.columns[col]?.label ?? '' };
}

/** The tables and narrative sections a term reads. */
export function needs(term: Term): { tables: TableKind[]; sections: string[] } {
  return isText(term) ? { tables: [], sections: [term.section] } : { tables: [term.table], sections: [] };
}
