/** Where a finding points: a JSON path, a workbook cell, a printed table cell, or a narrative section. */
export type Location =
  | { kind: 'json'; path: string }
  | { kind: 'cell'; sheet: string; cell: string }
  /** A printed table cell: `key` is the table's stable key (rules address it), `table` its printed number from the profile. */
  | { kind: 'table'; key: string; table: string; row?: string; column?: string }
  | { kind: 'narrative'; section: string }
  | { kind: 'file'; file: string };

/** `info` is shown apart from the problems and never fails a run (a note row the reader skipped). */
export type Severity = 'error' | 'warning' | 'info';

/**
 * What a finding carries besides its words (STYLE.md "data, then words"), as decimal strings and codes:
 * `expected`/`actual` the two sides of a relation; `amount` (万元) what a root cause puts out of place, so
 * that relations off by exactly that much are grouped under it; `topic` what a finding is about
 * (`project:P002`) and `implies` the topics of the findings that follow from it; `typed`/`suggestion` an
 * unknown code as typed and the code offered instead.
 */
export interface DiagnosticData {
  expected?: string;
  actual?: string;
  amount?: string;
  topic?: string;
  implies?: string[];
  typed?: string;
  suggestion?: string;
}

/** One finding: the rule that fired, where, and a Chinese message naming both values. */
export interface Diagnostic {
  rule: string;
  severity: Severity;
  at: Location;
  message: string;
  related?: Location[];
  data?: DiagnosticData;
  /** The finding this one follows from (one root cause, several consequences): its rule and location. */
  cause?: { rule: string; at: Location };
}

/** Renders a location as the officer reads it: `支出明细!G12`, `lineItems[3].amount`, `预算03表 合计/基本支出小计`. */
export function formatLocation(at: Location): string {
  switch (at.kind) {
    case 'json':
      return at.path || '(根)';
    case 'cell':
      return `${at.sheet}!${at.cell}`;
    case 'table':
      return [at.table, [at.row, at.column].filter(Boolean).join('/')].filter(Boolean).join(' ');
    case 'narrative':
      return at.section;
    case 'file':
      return at.file;
  }
}

/** Turns a path of keys and indexes into `a.b[3].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The one line a diagnostic prints as: `M02 lineItems[4]：…`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.rule} ${formatLocation(d.at)}：${d.message}`;
}

/** True when two locations are the same place. */
export function sameLocation(a: Location, b: Location): boolean {
  return a.kind === b.kind && formatLocation(a) === formatLocation(b);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** A bug in yusuan, never bad input: the CLI prints it with "请报告此问题" and exits 70. */
export class InternalError extends Error {
  override name = 'InternalError';
}
