import { isAbsolute, relative, sep } from 'node:path';
import { PACKAGE_ROOT } from '../../model/paths.js';

/** One problem of a profile: the file it is in (absent for a reference that names no file), the JSON path, the words. */
export interface ProfileProblem {
  /** The file as the user reads it: relative inside the package (`templates/luoyang-2024/profile.json`), else absolute. */
  file?: string;
  /** JSON path inside the file (`options.percentDecimal`, `tables[3].options`); empty for the file as a whole. */
  path: string;
  message: string;
}

/**
 * A profile that cannot be used (STYLE.md: bad input, never a bug): every problem found, located. The pipeline turns
 * each into an S07 diagnostic (exit 1); `message` reads `模板 <file>：<path>：<words>`, one problem a line.
 */
export class ProfileError extends Error {
  override name = 'ProfileError';
  constructor(readonly problems: readonly ProfileProblem[]) {
    super(problems.map(problemText).join('\n'));
  }
}

/** `模板 templates/x/profile.json：options.percentDecimal：未知的选项…`. */
export function problemText(p: ProfileProblem): string {
  const head = [p.file ? `模板 ${p.file}` : '', p.path].filter(Boolean).join('：');
  return head ? `${head}：${p.message}` : p.message;
}

/** Throws one located problem. */
export function fail(file: string | undefined, path: readonly PropertyKey[] | string, message: string): never {
  throw new ProfileError([{ ...(file ? { file } : {}), path: typeof path === 'string' ? path : jsonPath(path), message }]);
}

/** How a file is named in messages: relative to the package when inside it, else the absolute path. */
export function displayFile(absolute: string): string {
  const rel = relative(PACKAGE_ROOT, absolute);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : absolute;
}

/** A JSON path as `tables[3].options.family`; keys that are not plain names as `texts["heading.explanation.9"]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** `，您是不是要写“percentDecimals”？` when a candidate is close enough to the misspelt word, else ''. */
export function suggestion(word: string, candidates: Iterable<string>): string {
  const best = nearest(word, candidates);
  return best === undefined ? '' : `，您是不是要写“${best}”？`;
}

/** The candidate nearest to `word` by edit distance (case-insensitive), if it is near enough to be a typo. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const limit = Math.max(2, Math.floor(word.length * 0.4));
  return best !== undefined && bestDistance > 0 && bestDistance <= limit ? best : undefined;
}

/** Levenshtein distance, with a transposition counted as one edit (Damerau, optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = d;
    }
  }
  return at(a.length, b.length);
}

/** `“a”、“b”、“c”` for the list of valid choices in a message. */
export function quoted(list: Iterable<string>): string {
  return [...list].map((s) => `“${s}”`).join('、');
}
