import type { GridCell, GridTable } from '../model.js';
import type { StyleOptions } from '../style/options.js';
import { tableStyleOf } from '../style/resolve.js';
import { cellDisplay } from '../style/table.js';
import { layoutBody } from './body.js';
import { headerDepth, layoutHeader } from './header.js';
import { flagOption, type BodyRow, type TableContext, type TableSpec } from './spec.js';
import { renderTableText, tableTocTitle } from './titles.js';
import { columnWidths, densityOf } from './widths.js';

/**
 * Lays a spec out once (STYLE.md "The grid says what covers what"): title block, merged header, body
 * cells with spans and covered positions, widths, notes. Both writers render only this grid.
 */
export function layoutTable(spec: TableSpec, ctx: TableContext): GridTable {
  const columns = spec.columns(ctx);
  const body = spec.rows(ctx);
  const headerRows = headerDepth(columns);
  const trace = ctx.trace ? { items: ctx.figures.items, table: spec.select?.(ctx) } : undefined;
  const style = tableStyleOf(ctx.profile.options, ctx.options);
  const display = cellDisplay(style);
  const rows = layoutHeader(columns, headerRows);
  for (const row of layoutBody(columns, body, trace, display)) rows.push(row);
  const widths = columnWidths(columns, rows, headerRows);
  const { entry } = ctx;
  const notes = [...(spec.notes?.(ctx) ?? [])];
  const emptyNote = emptyNoteOf(spec, ctx, style);
  const noteInTable = emptyNote !== undefined && style.emptyNotePlace === 'in-table';
  if (emptyNote !== undefined && !noteInTable) notes.push(emptyNote);
  if (noteInTable) rows.push(noteRow(emptyNote, columns.length));
  const keepTogether = groupsOf(body, headerRows);
  return {
    key: entry.key,
    id: entry.id,
    label: `${entry.id}表`,
    title: renderTableText(entry.title, ctx),
    ...(entry.subtitle !== undefined ? { subtitle: renderTableText(entry.subtitle, ctx) } : {}),
    ...(flagOption(ctx, 'nameLine', spec.nameLine ?? true) ? { nameLine: `${ctx.nameLabel}${ctx.tableName}` } : {}),
    ...(flagOption(ctx, 'unitLine', spec.unitLine ?? true) ? { unitLine: `单位：${display.amount.unit}` } : {}),
    columns: widths,
    headerRows,
    rows,
    columnKeys: columns.map((c) => c.key),
    rowKeys: rowKeysOf(body, headerRows, noteInTable),
    notes,
    ...(keepTogether.length > 0 ? { keepTogether } : {}),
    density: densityOf(widths),
    amountFormat: { ...display.amount, zeroDisplay: display.zeroDisplay },
  };
}

/** Row key of the empty-table note when it is printed inside the grid. */
export const EMPTY_NOTE_ROW = 'empty-note';

/**
 * The 备注 of an empty table (spec §3.0): the entry's `emptyNote`, else the style's `emptyNoteDefault`
 * (which may name the table as `{{tableTitle}}`); none when the table has data or neither is given.
 */
function emptyNoteOf(spec: TableSpec, ctx: TableContext, style: StyleOptions): string | undefined {
  const template = ctx.entry.emptyNote ?? style.emptyNoteDefault;
  if (template === undefined || !spec.isEmpty(ctx)) return undefined;
  return renderTableText(template, ctx, { tableTitle: tableTocTitle(ctx.entry, ctx) });
}

/** The note as the grid's last row: one left-aligned cell across every column. */
function noteRow(text: string, width: number): GridCell[] {
  const cell: GridCell = { kind: 'content', text, role: 'text', rowSpan: 1, colSpan: width, align: 'left' };
  const row: GridCell[] = [cell];
  for (let c = 1; c < width; c++) row.push({ kind: 'covered' });
  return row;
}

/** Grid row ranges of consecutive body rows sharing a group, offset by the header. */
function groupsOf(body: readonly BodyRow[], offset: number): [number, number][] {
  const ranges: [number, number][] = [];
  let last: [number, number] | undefined;
  for (let i = 0; i < body.length; i++) {
    const group = body[i]!.group;
    if (group === undefined) continue;
    if (last && body[i - 1]!.group === group) last[1] = i + offset;
    else {
      last = [i + offset, i + offset];
      ranges.push(last);
    }
  }
  return ranges.filter(([a, b]) => b > a);
}

/**
 * The grid's row keys: null for each header row, then the body's keys in order (a key met again, two units or
 * projects with one code: an input error the I rules report, gets `#2`, `#3`), then the note row's.
 */
function rowKeysOf(body: readonly BodyRow[], headerRows: number, noteInTable: boolean): (string | null)[] {
  const keys: (string | null)[] = [];
  for (let r = 0; r < headerRows; r++) keys.push(null);
  const seen = new Map<string, number>();
  for (const { key } of body) {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    keys.push(n === 1 ? key : `${key}#${n}`);
  }
  if (noteInTable) keys.push(EMPTY_NOTE_ROW);
  return keys;
}
