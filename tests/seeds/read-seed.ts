import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Copies of /work/shared/seeds, so the golden tests run from a clean clone. */
export const SEEDS_DIR = dirname(fileURLToPath(import.meta.url));

/** Removes all whitespace, as spec §0 prescribes for comparisons, and the extraction's `**` bold markers. */
export function squash(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\s+/g, '');
}

/** The seed's lines without page numbers (`- 7 -`), which the PDF extraction mixes into the text. */
function seedLines(file: string): string[] {
  return readFileSync(join(SEEDS_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*-\s*\d+\s*-\s*$/.test(line));
}

/**
 * The published 第一部分 … 第三部分 and the 附件 line, squashed into one string: from the line reading
 * `第一部分` (the body's, not the 目录's) to the end of `附件：…预算表`.
 */
export function seedNarrative(file: string): string {
  const lines = seedLines(file);
  const start = lines.findIndex((line) => line.trim() === '第一部分');
  if (start < 0) throw new Error(`${file}: 找不到“第一部分”`);
  const text = squash(lines.slice(start).join('\n'));
  const annex = text.indexOf('附件：');
  const end = text.indexOf('预算表', annex);
  if (annex < 0 || end < 0) throw new Error(`${file}: 找不到附件行`);
  return text.slice(0, end + '预算表'.length);
}

/** The published 目录 entries squashed into one string (only seed 002 has a 目录). */
export function seedToc(file: string): string {
  const lines = seedLines(file);
  const start = lines.findIndex((line) => squash(line) === '目录');
  const end = lines.findIndex((line, i) => i > start && line.trim() === '第一部分');
  if (start < 0 || end < 0) throw new Error(`${file}: 找不到目录`);
  return squash(lines.slice(start + 1, end).join('\n'));
}

/** The cover title: the first non-empty line before the 目录 (only seed 002 has one). */
export function seedCover(file: string): string {
  const line = seedLines(file).find((l) => l.trim() !== '');
  if (line === undefined) throw new Error(`${file}: 空文件`);
  return squash(line);
}
