import type { Location } from '../../model/diagnostic.js';
import { agrees, total } from '../compare.js';
import { checkEquations, holds, splitSides, type Equation } from '../equations.js';
import { notApplicable, notRun, type DocumentRule, type Outcome } from '../rule.js';
import { isTableKind, type DocumentView, type TableKind } from '../view/document-view.js';
import { isText, listOf, type Relation, type RelationRule, type Term } from './relation.js';
import { needs, readTerm, type Instance, type Read } from './terms.js';

/** What a relation reads that a document lacks: tables by key, narrative sections by id. */
export interface Missing {
  tables: string[];
  sections: string[];
}

/** What stating one relation on a document gave: not applicable (what is missing), or equations and how many could not be read. */
export type Stated = { missing: Missing } | { equations: Equation[]; unreadable: number };

/**
 * The one engine for relations declared as data: the same declaration is evaluated on the document built from
 * the computed figures (the pipeline) and on a document read back from a .docx (`yusuan verify`).
 */
export function evaluate(rule: Pick<RelationRule, 'id' | 'severity' | 'relations'>, view: DocumentView): Outcome {
  // Only a failing equation becomes a finding: the others are counted, not built (their words and places unread).
  const stated = rule.relations.map((r) => stateWith(r, view, (e) => !holds(e)));
  const applied = stated.flatMap((s) => ('equations' in s ? [s] : []));
  if (applied.length === 0) return notApplicable(missingReason(stated.flatMap((s) => ('missing' in s ? [s.missing] : []))));
  if (applied.every((s) => s.stated === 0) && applied.some((s) => s.unreadable > 0)) return notRun('表格或说明中找不到要核对的金额');
  return checkEquations(rule, applied.flatMap((s) => s.equations));
}

/** A document rule whose relations are data. */
export function relationRule(rule: RelationRule): DocumentRule & RelationRule {
  return { ...rule, layer: 'document', run: (view) => evaluate(rule, view) };
}

/** States one relation on a document (exported for the declarations' own tests). */
export function state(relation: Relation, view: DocumentView): Stated {
  return stateWith(relation, view, () => true);
}

/** What a relation stated when only the equations `keep` accepts are built; `stated` counts all of them. */
type Kept = { missing: Missing } | { equations: Equation[]; unreadable: number; stated: number };

function stateWith(relation: Relation, view: DocumentView, keep: (e: Pick<Equation, 'actual' | 'expected' | 'relation'>) => boolean): Kept {
  const { tables, sections, left: leftTerms, right: rightTerms, whenPerInstance } = shapeOf(relation);
  const missing = { tables: tables.filter((k) => !view.table(k)), sections: sections.filter((s) => view.section(s) === undefined) };
  if (missing.tables.length > 0 || missing.sections.length > 0) return { missing };
  const when = relation.when;
  // A condition that reads no iterated row or column is the same for every instance: read once.
  if (when && !whenPerInstance && whenHolds(view, when, {}) !== when.holds) return { equations: [], unreadable: 0, stated: 0 };
  let unreadable = 0;
  let stated = 0;
  const equations: Equation[] = [];
  for (const at of instances(relation, view)) {
    if (when && whenPerInstance && whenHolds(view, when, at) !== when.holds) continue;
    const left = readAll(view, leftTerms, at);
    const right = left && readAll(view, rightTerms, at);
    if (!left || !right) {
      unreadable++;
      continue;
    }
    stated++;
    const compared = {
      actual: total(left.map((r) => r.q)),
      expected: total(right.map((r) => r.q)),
      ...(relation.compare === 'le' ? { relation: 'le' as const } : {}),
    };
    if (!keep(compared)) continue;
    const [first, ...rest] = left as [Read, ...Read[]];
    const related = [...rest, ...right].filter((r) => r.single).map((r) => r.at);
    const what = message(relation.what, view, at);
    const sides = sidesOf(what, left, right);
    equations.push({
      at: first.at,
      what,
      ...compared,
      ...(related.length > 0 ? { related } : {}),
      ...(sides ? { sides } : {}),
      ...(relation.checkFirst === 'right' ? { checkFirst: 'expected' as const } : {}),
    });
  }
  return { equations, unreadable, stated };
}

/** What a relation reads, worked out once per declaration: its terms by side, the tables and sections they need. */
interface Shape {
  left: readonly Term[];
  right: readonly Term[];
  tables: TableKind[];
  sections: string[];
  /** True when the condition reads the row or column iterated over. */
  whenPerInstance: boolean;
}

const shapes = new WeakMap<Relation, Shape>();

function shapeOf(relation: Relation): Shape {
  let shape = shapes.get(relation);
  if (!shape) {
    const left = listOf(relation.left);
    const right = listOf(relation.right);
    const terms = [...left, ...right];
    const when = relation.when;
    shape = {
      left,
      right,
      tables: [...terms.flatMap((t) => needs(t).tables), ...(relation.forEach ? [relation.forEach.table] : [])],
      sections: terms.flatMap((t) => needs(t).sections),
      whenPerInstance: when !== undefined && (iterated(when.left) || iterated(when.right)),
    };
    shapes.set(relation, shape);
  }
  return shape;
}

/** True when a term reads the row or column a relation iterates over. */
function iterated(term: Term): boolean {
  return !isText(term) && (typeof term.column !== 'string' || (typeof term.row !== 'string' && 'each' in term.row));
}

/**
 * The two sides as a message names them (`说明一的收入总计 = 预算01表收入总计`): each side's words, and its place
 * when it is one cell; a sum over a column names the table and column.
 */
function sidesOf(what: string, left: readonly Read[], right: readonly Read[]): Equation['sides'] {
  const split = splitSides(what);
  if (!split) return undefined;
  const place = (reads: readonly Read[]): Location | undefined => {
    const only = reads.length === 1 ? reads[0] : undefined;
    if (!only) return undefined;
    if (only.single || only.at.kind !== 'table') return only.at;
    const { row: _row, ...column } = only.at;
    return column;
  };
  const l = place(left);
  const r = place(right);
  return { actual: { name: split[0], ...(l ? { at: l } : {}) }, expected: { name: split[1], ...(r ? { at: r } : {}) } };
}

/** The rows (and columns) a relation is stated for: one instance when it does not iterate. */
function instances(relation: Relation, view: DocumentView): Instance[] {
  const each = relation.forEach;
  if (!each) return [{}];
  const t = view.table(each.table);
  if (!t) return [];
  const rows = each.rows.flatMap((pick) =>
    'prefix' in pick
      ? t.rowsWith(pick.prefix).map((r) => ({ row: t.rowKey(r) as string, rowLabel: (t.rowKey(r) as string).slice(pick.prefix.length) }))
      : t.row(pick.key) === undefined ? [] : [{ row: pick.key, rowLabel: pick.label }],
  );
  return rows.flatMap((row) => (each.columns ?? [undefined]).map((column) => ({ ...row, ...(column !== undefined ? { column } : {}) })));
}

function readAll(view: DocumentView, terms: readonly Term[], at: Instance): Read[] | undefined {
  if (terms.length === 0) return undefined;
  const reads: Read[] = [];
  for (const t of terms) {
    const read = readTerm(view, t, at);
    if (!read) return undefined;
    reads.push(read);
  }
  return reads;
}

function whenHolds(view: DocumentView, when: NonNullable<Relation['when']>, at: Instance): boolean {
  const left = readTerm(view, when.left, at);
  const right = readTerm(view, when.right, at);
  return !!left && !!right && agrees(left.q, right.q);
}

/** `{expenditure}` → the table's printed label; `{row}` → the row iterated over. */
function message(what: string, view: DocumentView, at: Instance): string {
  if (!what.includes('{')) return what;
  return what.replace(/\{([a-z-]+)\}/g, (whole, name: string) => (name === 'row' ? (at.rowLabel ?? '') : isTableKind(name) ? view.label(name) : whole));
}

/** `本模板没有表 overall-performance；本模板的说明没有 explanation.7`. */
function missingReason(missing: readonly Missing[]): string {
  const tables = [...new Set(missing.flatMap((m) => m.tables))];
  const sections = [...new Set(missing.flatMap((m) => m.sections))];
  return [tables.length > 0 ? `本模板没有表 ${tables.join('、')}` : '', sections.length > 0 ? `本模板的说明没有 ${sections.join('、')}` : ''].filter(Boolean).join('；');
}
