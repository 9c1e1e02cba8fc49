import type { GridTable } from '../../document/model.js';
import { rowsByPosition } from '../pdf/rows.js';
import type { ReadCell, ReadLine } from '../read-model.js';
import type { ReadProblem, TableRead } from '../tables/table-read.js';
import { readFixedSpace } from './fixed-space.js';
import { codeListsFor } from '../../compute/codes.js';
import { GRAMMARS, officialNames, startsRow, TEXT_COLUMNS, type LabelCells } from './grammars.js';
import { readPerformanceSpace } from './performance-space.js';
import { placeAmounts } from './place-amounts.js';
import { referenceHeader } from './reference-grid.js';
import { EQUATIONS, knownEmptyColumns, preferredColumn } from './table-arithmetic.js';
import { lineTokens, tokenRows, type Token, type TokenRow } from './tokens.js';

/** A table read from text, as grid rows under the edition's header. */
export interface TextGrid {
  rows: (ReadCell | null)[][];
  headerRows: number;
  columns: number[];
  rowKeys?: string[];
  problems: ReadProblem[];
}

/** What a text table reader may look at besides its lines: the tables read before it, keyed. */
export interface TextContext {
  previous: (key: string) => GridTable | undefined;
  unitNames: readonly string[];
  /** The budget year, for the code lists that complete wrapped names. */
  year: number;
}

/** The amount columns of a table, in order (from the spec's column kinds). */
export function amountColumns(base: Pick<TableRead, 'reference' | 'kinds'>): string[] {
  return base.reference.columnKeys.filter((k) => base.kinds.get(k) === 'amount');
}

/**
 * Reads a table whose extraction separated cells by spaces and dropped blank cells (seeds 000, 004): the words
 * cut into rows (labels, then amounts), the header words before the first row dropped, the labels read by the
 * spec's grammar and each amount placed by the table's arithmetic (place-amounts.ts). Amounts left unplaced are
 * listed as unread.
 */
export function readSpaceTable(lines: readonly ReadLine[], base: Omit<TableRead, 'grid' | 'notes'>, ctx: TextContext): TextGrid {
  const spec = base.entry.spec;
  if (spec === 'income-expenditure' || spec === 'appropriation-income-expenditure') return readFixedSpace(lines, base, ctx);
  if (spec === 'project-performance') return readPerformanceSpace(lines, base, ctx);
  const grammar = GRAMMARS[spec];
  const place = lines[0]?.place ?? base.title.place;
  const header = referenceHeader(base.reference, new Set(), place);
  const columns = base.reference.columnKeys.map((_, c) => c);
  if (!grammar) return { rows: header, headerRows: base.reference.headerRows, columns, problems: [{ table: base.entry.key, place, kind: 'cell', message: `${base.entry.id}表的文字未能读成表格（没有此类表格的读取规则）` }] };
  const rows = withoutHeader(tokenRows(rowsByPosition(lines).flatMap(lineTokens), startsRow(spec)), base.reference);
  // The 项目支出表's last label column is the 项目单位: a name wrapped past the amounts is the rest of it.
  const whole = spec === 'project-expenditure';
  const labels = rows.map((r) => grammar(whole ? [...r.labels, ...r.tail] : r.labels, ctx));
  const lists = codeListsFor(ctx.year);
  if (!whole) rows.forEach((r, i) => continueLabels(labels[i]!, r.tail, TEXT_COLUMNS[spec] ?? [], officialNames(spec, labels[i]!.cells, lists)));
  if (spec === 'operating-funds') labels.forEach((l, i) => (l.role = l.role === 'group' && labels.slice(0, i).some((x) => x.role === 'group') ? 'other' : l.role));
  if (spec === 'income') labels.forEach((l, i) => (l.role = l.role === 'total' ? 'total' : labels.slice(0, i).some((x) => x.cells.code) ? 'detail' : l.cells.code ? 'group' : l.role));
  const amounts = amountColumns(base);
  const prefer = (i: number) => {
    const column = preferredColumn(spec, labels[i]!.cells);
    return column ? { prefer: { column, over: column === 'personnel' ? 'operating' : 'personnel' } } : {};
  };
  const placed = placeAmounts(
    rows.map((r, i) => ({ values: r.amounts.map((t) => t.text), role: labels[i]!.role, ...prefer(i) })),
    amounts,
    EQUATIONS[spec] ?? [],
    knownEmptyColumns(spec, ctx.previous, String(base.entry.options?.family ?? 'all')),
  );
  const problems: ReadProblem[] = placed.open.map((i) => openProblem(base, rows[i]!, placed.columns[i]!));
  const body = rows.map((row, i) => gridRow(base.reference, labels[i]!, row, placed.columns[i]!));
  return { rows: [...header, ...body], headerRows: base.reference.headerRows, columns, problems };
}

/**
 * Drops the header words the first row collected: its labels start at the last `合计` when the edition's first row
 * is labelled 合计, at its first code when it is a group row, and it has none when the first row is unlabelled.
 */
export function withoutHeader(rows: readonly TokenRow[], reference: GridTable): TokenRow[] {
  const first = rows[0];
  if (!first) return [];
  const refRow = reference.rows[reference.headerRows];
  const refTexts = refRow?.flatMap((c) => (c.kind === 'content' && c.role !== 'amount' && c.text ? [c.text] : [])) ?? [];
  let labels: Token[];
  if (refTexts.includes('合计')) {
    const at = first.labels.map((t) => t.text).lastIndexOf('合计');
    labels = at >= 0 ? first.labels.slice(at) : [];
  } else if (refTexts.length === 0) labels = [];
  else {
    const at = first.labels.findIndex((t) => t.kind === 'code');
    labels = at >= 0 ? first.labels.slice(at) : [];
  }
  return [{ ...first, labels, place: labels[0]?.place ?? first.amounts[0]?.place ?? first.place }, ...rows.slice(1)].filter((r) => r.labels.length > 0 || r.amounts.length > 0);
}

/**
 * Puts the words a wrapped label printed after the amounts back into the cells they continue: each goes to the
 * first text column whose official name it completes, else to the next column still short of its name, else to
 * the last text column.
 */
function continueLabels(labels: LabelCells, tail: readonly Token[], columns: readonly string[], names: Readonly<Record<string, string>>): void {
  for (const word of tail) {
    const fits = columns.find((c) => names[c] !== undefined && names[c]!.startsWith((labels.cells[c] ?? '') + word.text) && labels.cells[c] !== names[c]);
    const short = columns.find((c) => names[c] !== undefined && labels.cells[c] !== names[c]);
    const column = fits ?? short ?? columns.at(-1);
    if (column) labels.cells[column] = (labels.cells[column] ?? '') + word.text;
  }
}

function gridRow(reference: GridTable, labels: LabelCells, row: TokenRow, placed: readonly (string | undefined)[]): ReadCell[] {
  const byColumn = new Map<string, ReadCell>();
  row.amounts.forEach((t, i) => {
    const column = placed[i];
    if (column) byColumn.set(column, { text: /^[-—－]$/.test(t.text) ? '' : t.text, rowSpan: 1, colSpan: 1, place: t.place });
  });
  return reference.columnKeys.map((key) => byColumn.get(key) ?? { text: labels.cells[key] ?? '', rowSpan: 1, colSpan: 1, place: row.place });
}

function openProblem(base: Pick<TableRead, 'entry'>, row: TokenRow, placed: readonly (string | undefined)[]): ReadProblem {
  const open = row.amounts.filter((_, i) => placed[i] === undefined).map((t) => t.text);
  const label = row.labels.map((t) => t.text).join('') || '（无名称的行）';
  return { table: base.entry.key, place: row.place, kind: 'cell', message: `${base.entry.id}表“${label}”一行的数字 ${open.join('、')} 无法确定属于哪一列，未读取` };
}
