import type { GridTable } from '../model.js';
import { layoutBody } from './body.js';
import { headerDepth, layoutHeader } from './header.js';
import { flagOption, type BodyRow, type TableContext, type TableSpec } from './spec.js';
import { renderTableText } from './titles.js';
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
  const rows = [...layoutHeader(columns), ...layoutBody(columns, body, trace)];
  const widths = columnWidths(columns, rows, headerRows);
  const { entry } = ctx;
  const notes = [...(spec.notes?.(ctx) ?? [])];
  if (entry.emptyNote !== undefined && spec.isEmpty(ctx)) notes.push(renderTableText(entry.emptyNote, ctx));
  const keepTogether = groupsOf(body, headerRows);
  return {
    key: entry.key,
    id: entry.id,
    label: `${entry.id}表`,
    title: renderTableText(entry.title, ctx),
    ...(entry.subtitle !== undefined ? { subtitle: renderTableText(entry.subtitle, ctx) } : {}),
    ...(flagOption(ctx, 'nameLine', spec.nameLine ?? true) ? { nameLine: `${ctx.nameLabel}${ctx.tableName}` } : {}),
    ...(flagOption(ctx, 'unitLine', spec.unitLine ?? true) ? { unitLine: '单位：万元' } : {}),
    columns: widths,
    headerRows,
    rows,
    columnKeys: columns.map((c) => c.key),
    rowKeys: [...Array.from({ length: headerRows }, () => null), ...uniqueKeys(body, entry.key)],
    notes,
    ...(keepTogether.length > 0 ? { keepTogether } : {}),
    density: densityOf(widths),
  };
}

/** Grid row ranges of consecutive body rows sharing a group, offset by the header. */
function groupsOf(body: readonly BodyRow[], offset: number): [number, number][] {
  const ranges: [number, number][] = [];
  body.forEach((row, i) => {
    if (row.group === undefined) return;
    const last = ranges.at(-1);
    if (last && body[i - 1]?.group === row.group) last[1] = i + offset;
    else ranges.push([i + offset, i + offset]);
  });
  return ranges.filter(([a, b]) => b > a);
}

/** The row keys in order; a key twice in one table is a bug in its spec. */
function uniqueKeys(body: readonly BodyRow[], table: string): string[] {
  const seen = new Set<string>();
  return body.map((row) => {
    if (seen.has(row.key)) throw new Error(`表 ${table} 的行键 ${row.key} 重复`);
    seen.add(row.key);
    return row.key;
  });
}
