import type { ReadLine, Run } from '../read-model.js';

const FIGURE = /(^|\s)\d+\.\d{1,2}(\s|$)/;

/** True for a PDF line that anchors a table row: it prints a figure or starts with a code (`015`, `30201`, `201 03 01`). */
export function anchorsRow(line: ReadLine): boolean {
  return FIGURE.test(line.text) || /^\s*\d{3,}(?!\s*年)(\s|$)/.test(line.text);
}

/**
 * A table's PDF lines rebuilt as rows (issue 17 step 3): Word centres a short cell against a tall one, so a name
 * wrapped over three lines prints its first line above the row's figures and its last below (`洛阳市城乡一体化示范区`
 * / `015 148.53 …` / `政务服务中心`). Each line without figures joins the nearest line with figures on its page
 * (within one and a half line heights; the lines before the first figure are the header), and a row's runs are
 * read column by column — runs that overlap horizontally are one cell, read top to bottom — into one line.
 * Lines without positions (a text file) are returned as they are, and so are lines whose runs already hold a figure
 * with other words or that all start at one left edge (text laid out line by line, not cell by cell: its order is
 * already the reading order).
 */
export function rowsByPosition(lines: readonly ReadLine[]): ReadLine[] {
  if (lines.length === 0 || lines.some((l) => l.runs === undefined || l.y === undefined)) return [...lines];
  if (lines.some((l) => l.runs!.some((r) => FIGURE.test(r.text) && r.text.trim().split(/\s+/).length > 1))) return [...lines];
  // Every line starting at the same left edge is text set line by line (a text extraction redrawn), not cells.
  const starts = lines.map((l) => Math.min(...l.runs!.map((r) => r.x)));
  if (Math.max(...starts) - Math.min(...starts) < 1) return [...lines];
  const anchors = lines.map((l, i) => (anchorsRow(l) ? i : -1)).filter((i) => i >= 0);
  if (anchors.length === 0) return [...lines];
  const members = new Map<number, number[]>(anchors.map((a) => [a, [a]]));
  const out: ReadLine[] = [];
  lines.forEach((line, i) => {
    if (members.has(i)) return;
    const near = nearestAnchor(lines, anchors, i);
    if (near === undefined || i < (anchors[0] ?? 0)) out.push(line);
    else members.get(near)!.push(i);
  });
  const rows = anchors.map((a) => ({ at: a, line: merged(members.get(a)!.map((i) => lines[i]!)) }));
  // Keep print order: header lines, then rows in the order of their anchors, stray lines where they were.
  const strays = out.map((line) => ({ at: lines.indexOf(line), line }));
  return [...strays, ...rows].sort((a, b) => a.at - b.at).map((r) => r.line);
}

function samePage(a: ReadLine, b: ReadLine): boolean {
  return a.place.kind === 'line' && b.place.kind === 'line' && a.place.page === b.place.page;
}

function nearestAnchor(lines: readonly ReadLine[], anchors: readonly number[], i: number): number | undefined {
  const line = lines[i]!;
  let best: number | undefined;
  let distance = Infinity;
  for (const a of anchors) {
    const anchor = lines[a]!;
    if (!samePage(line, anchor)) continue;
    const d = Math.abs((anchor.y ?? 0) - (line.y ?? 0));
    if (d < distance || (d === distance && a > i)) [best, distance] = [a, d];
  }
  const height = Math.max(line.height ?? 10, best === undefined ? 0 : (lines[best]!.height ?? 10));
  return best !== undefined && distance <= height * 1.5 ? best : undefined;
}

/** The lines of one row as one line: its runs grouped into columns by horizontal overlap, left to right, each top to bottom. */
function merged(lines: readonly ReadLine[]): ReadLine {
  const anchor = lines[0]!;
  const runs = lines.flatMap((l) => (l.runs ?? []).map((r) => ({ ...r, y: l.y ?? 0 })));
  const columns: { left: number; right: number; runs: (Run & { y: number })[] }[] = [];
  // Runs of one cell overlap, or follow each other closer than a quarter of the text height (PDF.js splits a cell's
  // text into several runs); cells are further apart (their padding).
  const gap = Math.max(...lines.map((l) => l.height ?? 10)) / 4;
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    const column = columns.find((c) => run.x < c.right + gap && run.x + run.width > c.left - gap);
    if (column) {
      column.runs.push(run);
      column.right = Math.max(column.right, run.x + run.width);
      column.left = Math.min(column.left, run.x);
    } else columns.push({ left: run.x, right: run.x + run.width, runs: [run] });
  }
  columns.sort((a, b) => a.left - b.left);
  const text = columns.map((c) => c.runs.sort((a, b) => b.y - a.y || a.x - b.x).map((r) => r.text).join('')).join(' ');
  return { ...anchor, text };
}
