import type { Place, ReadCell, ReadGrid } from '../read-model.js';

/** An axis-parallel stroke on a page: a table border (PDF units, y up). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A text run with its position, as the grid reader places it. */
export interface PlacedRun {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const EPS = 1.5;

/** Distinct values, merged within EPS, ascending. */
function levels(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - out[out.length - 1]! > EPS) out.push(v);
  return out;
}

/** The ruled tables of a page: groups of horizontal and vertical borders that touch each other. */
export function ruledTables(segments: readonly Segment[]): Segment[][] {
  const lines = segments.filter((s) => Math.abs(s.y1 - s.y2) < 0.5 || Math.abs(s.x1 - s.x2) < 0.5);
  const box = (s: Segment) => ({ l: Math.min(s.x1, s.x2) - EPS, r: Math.max(s.x1, s.x2) + EPS, b: Math.min(s.y1, s.y2) - EPS, t: Math.max(s.y1, s.y2) + EPS });
  const groups: Segment[][] = [];
  for (const s of lines) {
    const a = box(s);
    const touching = groups.filter((g) => g.some((o) => { const b = box(o); return a.l <= b.r && b.l <= a.r && a.b <= b.t && b.b <= a.t; }));
    const merged = [s, ...touching.flat()];
    for (const g of touching) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups.filter((g) => g.some((s) => Math.abs(s.x1 - s.x2) < 0.5) && g.some((s) => Math.abs(s.y1 - s.y2) < 0.5) && g.length >= 4);
}

/** True when a border runs along x = `x` across the whole band [y0, y1]. */
function vertical(segments: readonly Segment[], x: number, y0: number, y1: number): boolean {
  return segments.some((s) => Math.abs(s.x1 - s.x2) < 0.5 && Math.abs(s.x1 - x) <= EPS && Math.min(s.y1, s.y2) <= y0 + EPS && Math.max(s.y1, s.y2) >= y1 - EPS);
}

function horizontal(segments: readonly Segment[], y: number, x0: number, x1: number): boolean {
  return segments.some((s) => Math.abs(s.y1 - s.y2) < 0.5 && Math.abs(s.y1 - y) <= EPS && Math.min(s.x1, s.x2) <= x0 + EPS && Math.max(s.x1, s.x2) >= x1 - EPS);
}

/** A cell's text: its runs line by line (top to bottom), a space only where runs on a line are apart. */
function cellText(runs: readonly PlacedRun[]): string {
  const lines: PlacedRun[][] = [];
  for (const run of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs((l[0]?.y ?? 0) - run.y) <= run.height / 2);
    if (line) line.push(run);
    else lines.push([run]);
  }
  return lines
    .map((l) => {
      let out = '';
      let end: number | undefined;
      for (const r of l.sort((a, b) => a.x - b.x)) {
        if (end !== undefined && r.x - end > r.height / 4) out += ' ';
        out += r.text;
        end = r.x + r.width;
      }
      return out;
    })
    .join('');
}

/**
 * A ruled table as a grid (issue 17 step 3, for PDFs such as the ones LibreOffice prints from our documents): its
 * column and row lines from the borders, a cell merged across a boundary where no border runs along it, and each
 * text run in the cell that holds its middle. The runs it took are returned too, so they are not read twice.
 */
export function gridOf(segments: readonly Segment[], runs: readonly PlacedRun[], place: (run: PlacedRun) => Place): { grid: ReadGrid; used: Set<PlacedRun> } | undefined {
  const xs = levels(segments.filter((s) => Math.abs(s.x1 - s.x2) < 0.5).map((s) => s.x1));
  const ys = levels(segments.filter((s) => Math.abs(s.y1 - s.y2) < 0.5).map((s) => s.y1)).reverse();
  if (xs.length < 2 || ys.length < 2) return undefined;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const owner: (number | undefined)[][] = Array.from({ length: rows }, () => new Array<number | undefined>(cols));
  const cells: { r: number; c: number; rowSpan: number; colSpan: number }[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      if (owner[r]![c] !== undefined) continue;
      let colSpan = 1;
      while (c + colSpan < cols && !vertical(segments, xs[c + colSpan]!, ys[r + 1]!, ys[r]!)) colSpan++;
      let rowSpan = 1;
      while (r + rowSpan < rows && !horizontal(segments, ys[r + rowSpan]!, xs[c]!, xs[c + colSpan]!)) rowSpan++;
      const id = cells.push({ r, c, rowSpan, colSpan }) - 1;
      for (let i = r; i < r + rowSpan; i++) for (let k = c; k < c + colSpan; k++) owner[i]![k] = id;
    }
  const byCell = cells.map((): PlacedRun[] => []);
  const used = new Set<PlacedRun>();
  for (const run of runs) {
    const mx = run.x + run.width / 2;
    const my = run.y + run.height / 3;
    const c = xs.findIndex((x, i) => i < cols && mx >= x && mx <= xs[i + 1]!);
    const r = ys.findIndex((y, i) => i < rows && my <= y && my >= ys[i + 1]!);
    if (c < 0 || r < 0) continue;
    byCell[owner[r]![c]!]!.push(run);
    used.add(run);
  }
  if (used.size === 0) return undefined;
  const first = [...used][0]!;
  const grid: (ReadCell | null)[][] = Array.from({ length: rows }, () => new Array<ReadCell | null>(cols).fill(null));
  cells.forEach((cell, i) => {
    const own = byCell[i]!;
    grid[cell.r]![cell.c] = { text: cellText(own), rowSpan: cell.rowSpan, colSpan: cell.colSpan, place: place(own[0] ?? first) };
  });
  return { grid: { rows: grid, place: place(first) }, used };
}
