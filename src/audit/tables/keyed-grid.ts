import type { ContentCell, GridCell, GridTable } from '../../document/model.js';
import type { Place, ReadCell } from '../read-model.js';
import { asciiDigits } from '../text-clean.js';
import { fixedRowKeys, overallRowKeys } from './fixed-rows.js';
import { gridPaths, matchColumns, originMap, referencePaths } from './header-match.js';
import { ROW_KEYERS, type KeyContext, type RowText } from './row-keys.js';
import type { KeyedTable, ReadProblem, TableRead } from './table-read.js';

type Role = ContentCell['role'];
const ALIGN: Record<Role, ContentCell['align']> = { code: 'left', label: 'left', amount: 'right', text: 'left', header: 'center' };

/**
 * A printed amount as the rules read it: ASCII digits, no spaces; `-` and `—` are a blank zero. Thousands separators
 * stay, as the document model prints them (P03 judges them against the table's format; the rules parse them).
 */
export function amountText(text: string): string {
  const t = asciiDigits(text).replace(/[\s\u3000]+/g, '');
  return /^[-—－–]+$/.test(t) ? '' : t;
}

/** A printed amount as a decimal string for the input (`1,016,900.00` → `1016900.00`); blank for a blank zero. */
export function amountValue(text: string): string {
  const t = amountText(text);
  return /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : t;
}

/**
 * Rebuilds a read table as the model's GridTable (issue 17, step 1): columns keyed by matching the printed header
 * paths against the edition's layout of the same table, rows keyed the way the spec keys them, each cell with
 * the place it was read from. A column the edition has and the print lacks is a problem, not a guess.
 */
export function keyTable(read: TableRead, ctx: KeyContext, given?: readonly (number | undefined)[]): KeyedTable {
  const { grid, reference, entry } = read;
  const headerRows = reference.headerRows === 0 ? 0 : (grid.headerRows ?? headerRowsOf(grid, reference.headerRows));
  const refPaths = referencePaths(reference);
  const columnMap = given ?? read.columns ?? matchColumns(gridPaths(grid, headerRows), refPaths);
  const width = columnMap.length;
  const columnKeys = columnMap.map((j, i) => (j === undefined ? `unknown:${i + 1}` : (reference.columnKeys[j] ?? `unknown:${i + 1}`)));
  const problems: ReadProblem[] = missingColumns(read, columnMap, refPaths);
  const origin = originMap(grid.rows);
  const textAt = (r: number, c: number) => {
    const o = origin[r]?.[c];
    return o && o[0] === r ? (grid.rows[o[0]]?.[o[1]]?.text ?? '') : '';
  };
  const body = grid.rows.slice(headerRows).map((_, i): RowText => {
    const r = i + headerRows;
    return (key) => {
      const c = columnKeys.indexOf(key);
      return c < 0 ? '' : read.clean(textAt(r, c));
    };
  });
  const { keys, cellRows } = read.rowKeys ? { keys: read.rowKeys, cellRows: body.map(() => new Map<string, string>()) } : rowKeysOf(read, body, columnKeys, ctx);
  const refRole = referenceRoles(reference, read.kinds);
  const rows: GridCell[][] = grid.rows.map((row, r) =>
    Array.from({ length: width }, (_, c): GridCell => {
      const cell = row[c];
      if (!cell) return { kind: 'covered' };
      const column = columnKeys[c] ?? '';
      const role: Role = r < headerRows ? 'header' : (refRole(keys[r - headerRows], column) ?? 'text');
      const own = r >= headerRows ? cellRows[r - headerRows]?.get(column) : undefined;
      return contentOf(cell, role, own, read.clean);
    }),
  );
  const places = grid.rows.map((row) => Array.from({ length: width }, (_, c): Place | undefined => row[c]?.place));
  const table: GridTable = {
    // Print settings the edition's layout carries (an amount format) come with the reference; the rest is what was read.
    ...printSettings(reference),
    key: entry.key,
    id: entry.id,
    label: read.label ? read.clean(read.label.text) : `${entry.id}表`,
    title: read.clean(read.title.text),
    ...(read.subtitle ? { subtitle: read.clean(read.subtitle.text) } : {}),
    ...nameAndUnit(read.nameLine?.text, read.clean),
    columns: columnMap.map((j) => (j === undefined ? 8 : (reference.columns[j] ?? 8))),
    headerRows,
    rows,
    columnKeys,
    rowKeys: [...Array.from({ length: headerRows }, () => null), ...unique(keys)],
    notes: read.notes.map((n) => read.clean(n.text)),
    density: reference.density,
  };
  return { table, places, titlePlace: read.title.place, ...(read.nameLine ? { namePlace: read.nameLine.place } : {}), notePlaces: read.notes.map((n) => n.place), problems };
}

const LAID_OUT = new Set(['key', 'id', 'label', 'title', 'subtitle', 'nameLine', 'unitLine', 'columns', 'headerRows', 'rows', 'columnKeys', 'rowKeys', 'notes', 'keepTogether', 'density']);

/** The reference table's fields that are not its printed content: how it prints (read as the edition prints it). */
function printSettings(reference: GridTable): Partial<GridTable> {
  return Object.fromEntries(Object.entries(reference).filter(([k]) => !LAID_OUT.has(k)));
}

/**
 * Header rows of a grid that does not mark them (a PDF's ruled table): the rows above the first one that prints a
 * figure, when there is one; the edition's count otherwise (an empty table).
 */
function headerRowsOf(grid: TableRead['grid'], fallback: number): number {
  const first = grid.rows.findIndex((row) => row.some((cell) => cell !== null && /^\s*-?\d+\.\d{1,2}\s*$/.test(cell.text)));
  return first > 0 ? first : fallback;
}

function contentOf(cell: ReadCell, role: Role, row: string | undefined, clean: (t: string) => string): ContentCell {
  const text = role === 'amount' ? amountText(cell.text) : clean(cell.text);
  return { kind: 'content', text, role, rowSpan: cell.rowSpan, colSpan: cell.colSpan, align: ALIGN[role], ...(row !== undefined ? { row } : {}) };
}

/** `部门名称：X\t单位：万元` → the name line and the unit line as printed. */
function nameAndUnit(line: string | undefined, clean: (t: string) => string): Pick<GridTable, 'nameLine' | 'unitLine'> {
  if (line === undefined) return {};
  const unit = /单位\s*[：:]\s*(万元|元|千元|亿元)/.exec(line);
  const name = (unit ? line.slice(0, unit.index) : line).replace(/\t/g, ' ').trim();
  return { ...(name ? { nameLine: clean(name) } : {}), ...(unit ? { unitLine: `单位：${unit[1]}` } : {}) };
}

function rowKeysOf(read: TableRead, body: readonly RowText[], columns: readonly string[], ctx: KeyContext): { keys: (string | undefined)[]; cellRows: ReadonlyMap<string, string>[] } {
  const spec = read.entry.spec;
  const keyer = ROW_KEYERS[spec];
  if (keyer) return { keys: keyer(body, ctx), cellRows: body.map(() => new Map()) };
  if (spec === 'overall-performance') return { keys: overallRowKeys(body, read.reference), cellRows: body.map(() => new Map()) };
  if (spec === 'three-public-costs') return { keys: body.map((_, i) => (i === 0 ? 'total' : undefined)), cellRows: body.map(() => new Map()) };
  const fixed = fixedRowKeys(body, columns, read.reference);
  return { keys: fixed.map((f) => f.key), cellRows: fixed.map((f) => f.cellRows) };
}

/** The role the reference gives a cell: the same row's cell when the row is in the layout, else the column's body role. */
function referenceRoles(reference: GridTable, kinds: ReadonlyMap<string, Role>): (row: string | undefined, column: string) => Role | undefined {
  const byRow = new Map<string, Map<string, Role>>();
  const byColumn = new Map<string, Role>();
  reference.rows.forEach((row, r) => {
    if (r < reference.headerRows) return;
    const key = reference.rowKeys[r] ?? '';
    const roles = new Map<string, Role>();
    row.forEach((cell, c) => {
      if (cell.kind !== 'content') return;
      const column = reference.columnKeys[c] ?? '';
      roles.set(column, cell.role);
      if (!byColumn.has(column) && cell.role !== 'header') byColumn.set(column, cell.role);
    });
    byRow.set(key, roles);
  });
  // A variable row (`output:3`, `task:2`) takes the roles of the first of its kind, which the reference lays out.
  const first = (row: string) => byRow.get(row) ?? byRow.get(row.replace(/:\d+$/, ':1'));
  return (row, column) => (row !== undefined ? first(row)?.get(column) : undefined) ?? byColumn.get(column) ?? kinds.get(column);
}

function missingColumns(read: TableRead, columnMap: readonly (number | undefined)[], refPaths: readonly string[][]): ReadProblem[] {
  const used = new Set(columnMap.filter((j): j is number => j !== undefined));
  const label = read.label ? read.clean(read.label.text) : `${read.entry.id}表`;
  const missing = refPaths.flatMap((path, j) => (used.has(j) ? [] : [`“${path.join(' › ')}”`]));
  const extra = columnMap.flatMap((j, i) => (j === undefined ? [`第${i + 1}列`] : []));
  return [
    ...(missing.length ? [{ table: read.entry.key, place: read.title.place, kind: 'column' as const, message: `${label}表头缺少${missing.join('、')}列` }] : []),
    ...(extra.length ? [{ table: read.entry.key, place: read.title.place, kind: 'column' as const, message: `${label}的${extra.join('、')}不是本版式的列，未读取` }] : []),
  ];
}

/** Row keys as the layout makes them: a missing key becomes `row:N`, a repeated one gets `#2`. */
function unique(keys: readonly (string | undefined)[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k, i) => {
    const key = k ?? `row:${i + 1}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}
