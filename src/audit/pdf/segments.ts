import type { Segment } from './grid.js';

/** pdf.js operator numbers this reader needs (pdfjs-dist OPS, DrawOPS). */
const OP = { save: 10, restore: 11, transform: 12, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, constructPath: 91 } as const;
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

type Matrix = [number, number, number, number, number, number];

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function multiply(a: Matrix, b: Matrix): Matrix {
  return [a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1], a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3], a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5]];
}

/**
 * The straight strokes a page draws (its operator list): each drawn line, and each side of a drawn rectangle, in
 * page space (the current transformation applied). Filled shapes count when they are thin (a border drawn as a
 * filled bar). Curves are not borders and are skipped.
 */
export function pageSegments(fnArray: readonly number[], argsArray: readonly unknown[]): Segment[] {
  const out: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[] | null;
    if (fn === OP.save) stack.push(ctm);
    else if (fn === OP.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OP.transform && args) ctm = multiply(ctm, args.map(Number) as Matrix);
    else if (fn === OP.constructPath && args) {
      const paint = Number(args[0]);
      const data = Array.from((args[1] as ArrayLike<number>[] | undefined)?.[0] ?? []);
      const strokes = [OP.stroke, OP.closeStroke, OP.fillStroke, OP.eoFillStroke].includes(paint as 20);
      const fills = paint === OP.fill || paint === OP.eoFill;
      if (strokes || fills) out.push(...pathSegments(data, ctm, fills));
    }
  });
  return out;
}

function pathSegments(data: readonly number[], ctm: Matrix, filled: boolean): Segment[] {
  const points: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === DRAW.moveTo) {
      if (current.length) points.push(current);
      current = [apply(ctm, data[i++]!, data[i++]!)];
    } else if (op === DRAW.lineTo) current.push(apply(ctm, data[i++]!, data[i++]!));
    else if (op === DRAW.curveTo) {
      i += 6;
      if (current.length) points.push(current);
      current = [];
    } else if (op === DRAW.quadraticCurveTo) {
      i += 4;
      if (current.length) points.push(current);
      current = [];
    } else if (op === DRAW.closePath) {
      if (current[0]) current.push(current[0]);
    } else break;
  }
  if (current.length) points.push(current);
  const segments: Segment[] = [];
  for (const path of points) {
    if (filled) {
      const xs = path.map((p) => p[0]);
      const ys = path.map((p) => p[1]);
      const [l, r, b, t] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      if (t - b < 2 && r - l > 2) segments.push({ x1: l, y1: (t + b) / 2, x2: r, y2: (t + b) / 2 });
      else if (r - l < 2 && t - b > 2) segments.push({ x1: (l + r) / 2, y1: b, x2: (l + r) / 2, y2: t });
      continue;
    }
    for (let k = 1; k < path.length; k++) {
      const [a, b] = [path[k - 1]!, path[k]!];
      if (Math.abs(a[0] - b[0]) < 0.5 || Math.abs(a[1] - b[1]) < 0.5) segments.push({ x1: a[0], y1: a[1], x2: b[0], y2: b[1] });
    }
  }
  return segments.filter((s) => Math.hypot(s.x2 - s.x1, s.y2 - s.y1) > 2);
}
