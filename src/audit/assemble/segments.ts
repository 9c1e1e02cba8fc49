import type { GridTable } from '../../document/model.js';
import type { ReadBlock, ReadLine } from '../read-model.js';
import { nameLineParts } from '../recognise/facts.js';
import { matchTitles, tableLabelId } from '../recognise/titles.js';
import { labelKey } from '../text-clean.js';

/** The blocks of one printed table: its title block lines and everything up to the next table. */
export interface TableSegment {
  /** Index of the reference table it was recognised as. */
  table: number;
  label?: ReadLine;
  title: ReadLine;
  subtitle?: ReadLine;
  nameLine?: ReadLine;
  /** What follows the title block: the grid (docx) or the table's lines (text), then notes. */
  body: ReadBlock[];
}

const SUBTITLE = /^（\d{4}年度）$/;

/**
 * Cuts the annex into tables: each title line recognised as one of the edition's tables (titles.ts) starts a
 * segment, together with the `预算NN表` label line just before it; the (年度) subtitle and the name line follow.
 */
export function segmentTables(blocks: readonly ReadBlock[], tables: readonly Pick<GridTable, 'id' | 'title' | 'subtitle'>[]): TableSegment[] {
  const lineTexts = blocks.map((b) => (b.kind === 'line' ? b.line.text : ''));
  const byLine = matchTitles(lineTexts, tables);
  for (const [i, j] of [...byLine]) {
    const prior = blocks[i - 1];
    const id = prior?.kind === 'line' ? tableLabelId(prior.line.text) : undefined;
    if (id && tables[j]?.id !== id) {
      const k = tables.findIndex((t) => t.id === id);
      if (k >= 0 && ![...byLine.values()].includes(k)) byLine.set(i, k);
    }
  }
  const starts = [...byLine.keys()].sort((a, b) => a - b);
  return starts.map((start, n) => {
    const next = starts[n + 1] ?? blocks.length;
    const end = next > start + 1 && blocks[next - 1]?.kind === 'line' && tableLabelId(lineTexts[next - 1] ?? '') ? next - 1 : next;
    const prior = blocks[start - 1];
    const label = prior?.kind === 'line' && tableLabelId(prior.line.text) ? prior.line : undefined;
    const title = (blocks[start] as Extract<ReadBlock, { kind: 'line' }>).line;
    let at = start + 1;
    let subtitle: ReadLine | undefined;
    let nameLine: ReadLine | undefined;
    for (; at < end; at++) {
      const b = blocks[at];
      if (b?.kind !== 'line') break;
      if (!subtitle && !nameLine && SUBTITLE.test(labelKey(b.line.text))) subtitle = b.line;
      else if (!nameLine && (nameLineParts(b.line.text) || /^单位\s*[：:]\s*万元$/.test(b.line.text.trim()))) nameLine = nameLine ?? b.line;
      else if (nameLine && /^单位\s*[：:]\s*万元$/.test(b.line.text.trim())) nameLine = { ...nameLine, text: `${nameLine.text}\t${b.line.text.trim()}` };
      else break;
    }
    return {
      table: byLine.get(start)!,
      ...(label ? { label } : {}),
      title,
      ...(subtitle ? { subtitle } : {}),
      ...(nameLine ? { nameLine } : {}),
      body: blocks.slice(at, end),
    };
  });
}
