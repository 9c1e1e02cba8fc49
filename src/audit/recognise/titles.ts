import type { GridTable } from '../../document/model.js';
import { labelKey, similarity } from '../text-clean.js';

/** Lowest similarity at which a printed line is taken for a table's title. */
export const TITLE_THRESHOLD = 0.6;

const LABEL = /^预算(\d{1,2})表$/;

/** `预算 01表` → `预算01`; undefined for any other line. */
export function tableLabelId(text: string): string | undefined {
  const m = LABEL.exec(labelKey(text));
  return m ? `预算${m[1]!.padStart(2, '0')}` : undefined;
}

/** True for a line that could be a table title: short, ending in 表 or in a (YYYY年度) subtitle. */
export function looksLikeTitle(text: string): boolean {
  const t = labelKey(text);
  return t.length >= 4 && t.length <= 60 && !/\t/.test(text) && /(表|表（\d{4}年度）|^（\d{4}年度）)$/.test(t) && !/^附件/.test(t);
}

const withoutYear = (t: string) => t.replace(/^\d{4}年度?/, '').replace(/（\d{4}年度）$/, '');

/** How well a printed title line names a reference table: its title, the title without the year, title + subtitle. */
export function titleScore(text: string, table: Pick<GridTable, 'title' | 'subtitle'>): number {
  const t = labelKey(text);
  const title = labelKey(table.title);
  const full = labelKey(`${table.title}${table.subtitle ?? ''}`);
  return Math.max(similarity(t, title), similarity(t, full), similarity(withoutYear(t), withoutYear(title)));
}

/**
 * Which line is which table: every (line, table) pair scored, the best pairs taken first so each table and each
 * line is used once; a `预算NN表` label line names its table exactly. Returns table index by line index.
 */
export function matchTitles(lines: readonly string[], tables: readonly Pick<GridTable, 'id' | 'title' | 'subtitle'>[]): Map<number, number> {
  const pairs: [number, number, number][] = [];
  lines.forEach((text, i) => {
    if (!looksLikeTitle(text)) return;
    tables.forEach((table, j) => {
      const s = titleScore(text, table);
      if (s >= TITLE_THRESHOLD) pairs.push([i, j, s]);
    });
  });
  pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0]);
  const byLine = new Map<number, number>();
  const usedTables = new Set<number>();
  for (const [i, j] of pairs) {
    if (byLine.has(i) || usedTables.has(j)) continue;
    byLine.set(i, j);
    usedTables.add(j);
  }
  return byLine;
}
