/** Median, min and max of a case's samples, with the samples themselves (results.json keeps them all). */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  samples: number[];
}

/** Summarises samples; the median of an even count is the mean of the middle two. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? (sorted[Math.floor(mid)] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return { n: sorted.length, median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, samples: [...samples] };
}

/** `median [min–max]` with the given unit and digits. */
export function spread(s: Summary, unit = 'ms', digits = 0): string {
  if (s.n === 0) return 'no successful run';
  const f = (v: number) => v.toFixed(digits);
  return `${f(s.median)} [${f(s.min)}–${f(s.max)}] ${unit}`;
}
