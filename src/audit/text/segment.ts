import type { SegmentReader } from '../assemble/annex.js';
import type { ReadBlock, ReadLine } from '../read-model.js';
import { cleanText } from '../text-clean.js';
import type { ReadProblem, TableRead } from '../tables/table-read.js';
import { readFormTable } from './form-table.js';
import { readSpaceTable } from './space-table.js';
import { isTabTable, readTabTable } from './tab-table.js';

const NOTE = /^(注|备注)[：:]/;

/** Splits a table's lines into its own lines and its notes (注：/备注：, with their wrapped continuation lines). */
export function splitNotes(lines: readonly ReadLine[]): { table: ReadLine[]; notes: ReadLine[] } {
  const at = lines.findIndex((l) => NOTE.test(cleanText(l.text)));
  if (at < 0) return { table: [...lines], notes: [] };
  const notes: ReadLine[] = [];
  for (const line of lines.slice(at)) {
    const text = cleanText(line.text);
    if (text === '') continue;
    const last = notes.at(-1);
    if (NOTE.test(text) || !last) notes.push({ text, place: line.place });
    else notes[notes.length - 1] = { ...last, text: last.text + text };
  }
  return { table: lines.slice(0, at), notes };
}

const FIGURE = /\d+\.\d{1,2}(?!\d)/;

/**
 * The lines without the header printed again at the top of each page a table runs over (Word repeats header
 * rows, spec §3.0): a line without figures that reads exactly as a line of the header at the table's start.
 */
export function withoutRepeatedHeader(lines: readonly ReadLine[]): ReadLine[] {
  const first = lines.findIndex((l) => FIGURE.test(l.text));
  if (first <= 0) return [...lines];
  const header = new Set(lines.slice(0, first).map((l) => cleanText(l.text)));
  return [...lines.slice(0, first), ...lines.slice(first).filter((l) => FIGURE.test(l.text) || !header.has(cleanText(l.text)))];
}

/**
 * The text reader of a table segment (issue 17 step 2): the 整体绩效目标表 by its labels (a form), a table whose
 * cells the extraction separated by tabs by position, any other by its tokens (space-table.ts).
 */
export const textSegment: SegmentReader = (segment, base, ctx) => {
  const lines = withoutRepeatedHeader(segment.body.flatMap((b: ReadBlock): ReadLine[] => (b.kind === 'line' ? [b.line] : [])));
  const { table, notes } = splitNotes(lines);
  const problems: ReadProblem[] = [];
  const place = table[0]?.place ?? segment.title.place;
  let grid: { rows: TableRead['grid']['rows']; headerRows: number; columns: number[]; rowKeys?: string[]; problems: ReadProblem[] };
  if (base.entry.spec === 'overall-performance') grid = readFormTable(table, base.reference, base.entry.key);
  else if (isTabTable(table)) grid = readTabTable(table, base.reference, base.entry.key);
  else grid = readSpaceTable(table, base, ctx);
  problems.push(...grid.problems);
  const keys = grid.rowKeys ? { rowKeys: grid.rowKeys } : {};
  return { read: { ...base, grid: { rows: grid.rows, headerRows: grid.headerRows, place }, notes, columns: grid.columns, ...keys }, problems };
};
