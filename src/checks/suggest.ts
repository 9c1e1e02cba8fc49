/**
 * The known code nearest to a typed one (issue 15 "did you mean"): fewest edits (a swap of two neighbours counts
 * as one: 2010310 → 2010301), then the longest shared beginning, then the closest number. Only codes of the
 * typed length when there are any (a 7-digit 功能 code is compared with 7-digit 项 codes); none when every
 * candidate needs more than `maxEdits` edits (default: 2, or a quarter of the code's length if longer).
 */
export function nearestCode(typed: string, candidates: Iterable<string>, maxEdits?: number): string | undefined {
  const all = [...candidates];
  const sameLength = all.filter((c) => c.length === typed.length);
  const pool = sameLength.length > 0 ? sameLength : all;
  const limit = maxEdits ?? Math.max(2, Math.floor(typed.length / 4));
  let best: { code: string; edits: number; prefix: number; gap: number } | undefined;
  for (const code of pool) {
    if (code === typed) continue;
    const edits = editDistance(typed, code);
    if (edits > limit) continue;
    const candidate = { code, edits, prefix: sharedPrefix(typed, code), gap: numericGap(typed, code) };
    if (!best || better(candidate, best)) best = candidate;
  }
  return best?.code;
}

function better(a: { edits: number; prefix: number; gap: number; code: string }, b: typeof a): boolean {
  if (a.edits !== b.edits) return a.edits < b.edits;
  if (a.prefix !== b.prefix) return a.prefix > b.prefix;
  if (a.gap !== b.gap) return a.gap < b.gap;
  return a.code < b.code;
}

/** Edits (insert, delete, replace, swap of neighbours) turning `a` into `b`: optimal string alignment distance. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function numericGap(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) ? Math.abs(x - y) : Number.MAX_SAFE_INTEGER;
}
