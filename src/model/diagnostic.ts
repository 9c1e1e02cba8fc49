/** Where a finding points: a JSON path, a workbook cell, a printed table cell, or a narrative section. */
export type Location =
  | { kind: 'json'; path: string }
  | { kind: 'cell'; sheet: string; cell: string }
  /** A printed table cell: `key` is the table's stable key (rules address it), `table` its printed number from the profile. */
  | { kind: 'table'; key: string; table: string; row?: string; column?: string }
  | { kind: 'narrative'; section: string }
  | { kind: 'file'; file: string };

export type Severity = 'error' | 'warning';

/** One finding: the rule that fired, where, and a Chinese message naming both values. */
export interface Diagnostic {
  rule: string;
  severity: Severity;
  at: Location;
  message: string;
  related?: Location[];
  data?: { expected?: string; actual?: string };
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

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** A bug in yusuan, never bad input: the CLI prints it with "请报告此问题" and exits 70. */
export class InternalError extends Error {
  override name = 'InternalError';
}
