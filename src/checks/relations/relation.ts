import type { Severity } from '../../model/diagnostic.js';
import type { Tolerance } from '../rule.js';
import type { TableKind } from '../view/document-view.js';

/**
 * Which rows a cell term reads: one row key (`grand-total`; the row must be there), a row that prints
 * nothing when absent (`{ key: 'total' }` of an empty 08表 = 0), the Σ of every row whose key starts with a
 * prefix (`class:`; none = 0), or the row a relation is iterating over (absent from this table = 0).
 */
export type RowRef = string | { key: string } | { prefix: string } | { each: 'row' };

/** Which column a cell term reads: a column key (`incomeAmount`), or the column a relation is iterating over. */
export type ColumnRef = string | { each: 'column' };

/** Printed amounts of one table, addressed by keys only: a profile may renumber, retitle or reorder tables. */
export interface CellTerm {
  table: TableKind;
  row: RowRef;
  column: ColumnRef;
  /** Subtract instead of add (`07合计 − 06合计`). */
  minus?: true;
}

/** The amount a narrative section prints right after a phrase (`收入总计3374.03万元`); the first of several wordings that is there. */
export interface TextTerm {
  section: string;
  after: string | readonly string[];
}

export type Term = CellTerm | TextTerm;

/** The rows a relation is stated for, one at a time: a row by key (with the word a message prints for it), or every row with a key prefix. */
export type RowPick = { key: string; label: string } | { prefix: string };

/**
 * One relation between printed figures, as data (STYLE.md "Rules are data"): Σ left = Σ right (or ≤). The
 * finding is located at the first left term; the other single cells are its related locations. `what` is
 * the message: `{expenditure}` prints the table's label (`预算03表`), `{row}` the row iterated over.
 */
export interface Relation {
  what: string;
  left: Term | readonly Term[];
  right: Term | readonly Term[];
  compare?: 'eq' | 'le';
  /** State the relation for each of these rows (and columns) of a table. */
  forEach?: { table: TableKind; rows: readonly RowPick[]; columns?: readonly string[] };
  /** State it only when this other relation holds (`holds: true`) or does not (an unreadable condition does not hold). */
  when?: { left: Term; right: Term; holds: boolean };
  /** The side the officer should check first when the relation fails; default the left, the figure the relation is about. */
  checkFirst?: 'left' | 'right';
}

/** A rule whose relations are all data: one declaration, evaluated by one engine on any document. */
export interface RelationRule {
  id: string;
  severity: Severity;
  tolerance: Tolerance;
  description: string;
  relations: readonly Relation[];
}

/** Every value of `x` as a list. */
export function listOf<T>(x: T | readonly T[]): readonly T[] {
  return Array.isArray(x) ? (x as readonly T[]) : [x as T];
}

/** True for a narrative term. */
export function isText(term: Term): term is TextTerm {
  return 'section' in term;
}
