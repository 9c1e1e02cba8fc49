/*
 * Which column each printed amount of a row is in, when the extraction dropped the blank cells (seeds 000, 004:
 * `201 03 01 行政运行 935.77 838.07 97.70`). The amounts print left to right, so a row's k amounts sit in k of the n
 * amount columns in order; the table's own arithmetic decides which: each row's equations (合计 = 基本 + 项目), the
 * totals row against the sum of the detail rows, and the columns the document shows to be empty (a fund with no
 * money in 01表). A figure whose column these leave open is not placed: it is listed as unread.
 */

/** `total` = Σ `parts` on every row (`le`: `parts[0]` ≤ `total`, as 其中：财政拨款 ≤ 小计). */
export interface Equation {
  total: string;
  parts: readonly string[];
  le?: boolean;
}

/** One printed row's amounts, in print order, and its part in the column sums. */
export interface AmountRow {
  values: readonly string[];
  role: 'total' | 'group' | 'detail' | 'other';
  /** Of two columns only one may hold the row's part, this one (06表 by economic class): a tie-breaker. */
  prefer?: { column: string; over: string };
}

/** For each row, the column of each amount; undefined where the arithmetic leaves it open. */
export interface Placement {
  columns: (string | undefined)[][];
  /** Rows whose amounts could not all be placed. */
  open: number[];
}

const ROW_WEIGHT = 10;
/** A row that prints amounts prints its 合计 (the first equation's total): reading that cell blank costs more than a broken row equation. */
const TOTAL_WEIGHT = 15;
const SUM_WEIGHT = 100;
const MAX_CANDIDATES = 6000;
const KEEP = 120;
const NODE_BUDGET = 400_000;
const MAX_OPTIMA = 64;

function cents(text: string): number {
  if (/^[-—－–]+$/.test(text)) return 0;
  return Math.round(Number(text) * 100);
}

/** Every order-preserving choice of k of n column indexes (C(n, k)); empty when there are too many. */
function choices(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const walk = (start: number) => {
    if (out.length > MAX_CANDIDATES) return;
    if (pick.length === k) {
      out.push([...pick]);
      return;
    }
    for (let i = start; i <= n - (k - pick.length); i++) {
      pick.push(i);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return out.length > MAX_CANDIDATES ? [] : out;
}

interface Candidate {
  cols: number[];
  /** Row value by column index (0 where blank). */
  row: number[];
  score: number;
}

function rowScore(row: readonly number[], filled: ReadonlySet<number>, equations: readonly { total: number; parts: number[]; le?: boolean }[], zero: ReadonlySet<number>): number {
  let score = 0;
  for (const e of equations) {
    const involved = filled.has(e.total) || e.parts.some((p) => filled.has(p));
    if (!involved) continue;
    const sum = e.parts.reduce((s, p) => s + (row[p] ?? 0), 0);
    const ok = e.le ? (row[e.parts[0]!] ?? 0) <= (row[e.total] ?? 0) : sum === (row[e.total] ?? 0);
    if (!ok) score += ROW_WEIGHT;
  }
  for (const c of filled) if (zero.has(c)) score += 1;
  const rowTotal = equations[0]?.total;
  if (rowTotal !== undefined && filled.size > 0 && !filled.has(rowTotal)) score += TOTAL_WEIGHT;
  return score;
}

function candidatesOf(values: readonly number[], n: number, equations: readonly { total: number; parts: number[]; le?: boolean }[], zero: ReadonlySet<number>, avoid?: number): Candidate[] {
  const all = choices(n, values.length).map((cols) => {
    const row = new Array<number>(n).fill(0);
    cols.forEach((c, i) => (row[c] = values[i] ?? 0));
    return { cols, row, score: rowScore(row, new Set(cols), equations, zero) + (avoid !== undefined && cols.includes(avoid) ? 1 : 0) };
  });
  if (all.length === 0) return [];
  const best = Math.min(...all.map((c) => c.score));
  return all.filter((c) => c.score <= best + ROW_WEIGHT + TOTAL_WEIGHT).sort((a, b) => a.score - b.score).slice(0, KEEP);
}

/**
 * Places every row's amounts (see the module comment): the cheapest assignment over all rows, where a violated
 * column sum costs most, a violated row equation less, an amount in a column known to be empty least. Where the
 * cheapest assignments disagree on a row, the amounts they put in different columns stay unplaced.
 */
export function placeAmounts(rows: readonly AmountRow[], columns: readonly string[], equations: readonly Equation[], knownZero: ReadonlySet<string>): Placement {
  const n = columns.length;
  const index = new Map(columns.map((c, i) => [c, i]));
  const eqs = equations.flatMap((e) => {
    const total = index.get(e.total);
    const parts = e.parts.map((p) => index.get(p));
    return total === undefined || parts.some((p) => p === undefined) ? [] : [{ total, parts: parts as number[], ...(e.le ? { le: true } : {}) }];
  });
  const zero = new Set([...knownZero].flatMap((k) => index.get(k) ?? []));
  const values = rows.map((r) => r.values.map(cents));
  const cands = values.map((v, i) => {
    if (v.length === 0) return [{ cols: [], row: new Array<number>(n).fill(0), score: 0 }];
    const over = rows[i]?.prefer?.over;
    return candidatesOf(v, n, eqs, zero, over === undefined ? undefined : index.get(over));
  });
  const totalRow = rows.findIndex((r) => r.role === 'total');
  const details = rows.map((r, i) => (r.role === 'detail' ? i : -1)).filter((i) => i >= 0);
  const linked = totalRow >= 0 && details.length > 0;
  const order = linked ? [totalRow, ...details] : [];
  // First the reading where every column adds up, from each row's best candidates only (fast); a table with a
  // printing error has none, and is read with the wider search.
  const strict = cands.map((list) => list.filter((c) => c.score === list[0]?.score));
  const exact = linked ? searchLinked(order, strict, totalRow, n, true) : [];
  const optima = exact.length > 0 || !linked ? exact : searchLinked(order, cands, totalRow, n, false);
  const chosen: (number[] | undefined)[][] = rows.map(() => []);
  for (let i = 0; i < rows.length; i++) {
    const pool = order.includes(i) && optima.length > 0 ? optima.map((o) => o.get(i)!) : bestOf(cands[i] ?? []);
    chosen[i] = pool;
  }
  // A group row prints the totals row's figures: where its amounts are the same, it takes the totals row's columns.
  rows.forEach((r, i) => {
    if (r.role === 'group' && totalRow >= 0 && sameValues(values[i]!, values[totalRow]!)) chosen[i] = chosen[totalRow]!;
  });
  const out = chosen.map((pool, i) => agreed(pool, values[i]!.length));
  const open = out.flatMap((cols, i) => (cols.some((c) => c === undefined) ? [i] : []));
  return { columns: out.map((cols) => cols.map((c) => (c === undefined ? undefined : columns[c]))), open };
}

function sameValues(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function bestOf(cands: readonly Candidate[]): number[][] {
  if (cands.length === 0) return [];
  const best = cands[0]!.score;
  return cands.filter((c) => c.score === best).map((c) => c.cols);
}

/** The column of each amount where every given placement agrees; undefined where they differ or there is none. */
function agreed(pool: readonly (number[] | undefined)[], k: number): (number | undefined)[] {
  const list = pool.filter((p): p is number[] => p !== undefined);
  return Array.from({ length: k }, (_, i) => {
    const first = list[0]?.[i];
    return first !== undefined && list.every((p) => p[i] === first) ? first : undefined;
  });
}

/**
 * Branch and bound over the totals row and the detail rows, keeping every cheapest assignment (up to MAX_OPTIMA).
 * A column is bound to fail once its detail sum passes the total, or once the rows left cannot bring it up to it.
 */
function searchLinked(order: readonly number[], cands: readonly Candidate[][], totalRow: number, n: number, strict: boolean): Map<number, number[]>[] {
  const details = order.filter((r) => r !== totalRow).sort((a, b) => (cands[a]?.length ?? 0) - (cands[b]?.length ?? 0));
  const rows = [totalRow, ...details];
  const mins = rows.map((r) => Math.min(...(cands[r] ?? []).map((c) => c.score), Infinity));
  const rest = mins.map((_, i) => mins.slice(i + 1).reduce((s, m) => s + (Number.isFinite(m) ? m : 0), 0));
  // The most each column can still gain from the rows after position i.
  const reach = rows.map((_, i) =>
    Array.from({ length: n }, (_, c) => rows.slice(i + 1).reduce((s, r) => s + Math.max(0, ...(cands[r] ?? []).map((k) => k.row[c] ?? 0)), 0)),
  );
  let best = Infinity;
  let optima: Map<number, number[]>[] = [];
  let nodes = 0;
  const picked = new Map<number, number[]>();
  const sums = new Array<number>(n).fill(0);
  let totals: number[] = [];
  const failing = (depth: number) => {
    let v = 0;
    for (let c = 0; c < n; c++) {
      const t = totals[c] ?? 0;
      const s = sums[c] ?? 0;
      if (s > t || s + (reach[depth]?.[c] ?? 0) < t) v++;
    }
    return v;
  };
  const walk = (depth: number, cost: number) => {
    if (++nodes > NODE_BUDGET) return;
    if (depth === rows.length) {
      const fails = failing(depth - 1);
      if (strict && fails > 0) return;
      const final = cost + SUM_WEIGHT * fails;
      if (final < best) [best, optima] = [final, []];
      if (final === best && optima.length < MAX_OPTIMA) optima.push(new Map(picked));
      return;
    }
    const r = rows[depth]!;
    for (const cand of cands[r] ?? []) {
      if (r === totalRow) totals = cand.row;
      else for (const c of cand.cols) sums[c] = (sums[c] ?? 0) + (cand.row[c] ?? 0);
      const fails = failing(depth);
      const bound = cost + cand.score + (rest[depth] ?? 0) + SUM_WEIGHT * fails;
      picked.set(r, cand.cols);
      if (bound <= best && !(strict && fails > 0)) walk(depth + 1, cost + cand.score);
      picked.delete(r);
      if (r !== totalRow) for (const c of cand.cols) sums[c] = (sums[c] ?? 0) - (cand.row[c] ?? 0);
    }
  };
  walk(0, 0);
  return optima;
}
