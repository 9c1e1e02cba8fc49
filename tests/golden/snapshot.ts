import type { GridTable } from '../../src/document/model.js';

/** A grid cell in a golden file: its text, with spans when it has them; null where a merge covers it. */
export type SnapshotCell = string | null | { text: string; rowSpan?: number; colSpan?: number };

/** What a golden `expected/tables.json` holds per table: the printed content, not widths or fonts. */
export interface TableSnapshot {
  id: string;
  label: string;
  title: string;
  subtitle?: string;
  nameLine?: string;
  unitLine?: string;
  headerRows: number;
  notes: string[];
  keepTogether?: [number, number][];
  rows: SnapshotCell[][];
}

/** The content of a laid-out table, cell by cell (covered → null, spans kept). */
export function snapshotTable(t: GridTable): TableSnapshot {
  return {
    id: t.id,
    label: t.label,
    title: t.title,
    ...(t.subtitle !== undefined ? { subtitle: t.subtitle } : {}),
    ...(t.nameLine !== undefined ? { nameLine: t.nameLine } : {}),
    ...(t.unitLine !== undefined ? { unitLine: t.unitLine } : {}),
    headerRows: t.headerRows,
    notes: t.notes,
    ...(t.keepTogether ? { keepTogether: t.keepTogether } : {}),
    rows: t.rows.map((row) =>
      row.map((c): SnapshotCell => {
        if (c.kind === 'covered') return null;
        if (c.rowSpan === 1 && c.colSpan === 1) return c.text;
        return { text: c.text, ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}), ...(c.colSpan > 1 ? { colSpan: c.colSpan } : {}) };
      }),
    ),
  };
}

/** Golden JSON with one grid row per line, so a diff shows which row changed. */
export function snapshotsToJson(tables: readonly TableSnapshot[]): string {
  const blocks = tables.map((t) => {
    const { rows, ...head } = t;
    const headJson = JSON.stringify(head, null, 2)
      .replace(/\[\n\s+(\d+),\n\s+(\d+)\n\s+\]/g, '[$1, $2]')
      .replace(/\n}$/, '');
    const rowLines = rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
    return `${headJson},\n  "rows": [\n${rowLines}\n  ]\n}`.replace(/^/gm, '  ');
  });
  return `[\n${blocks.join(',\n')}\n]\n`;
}
