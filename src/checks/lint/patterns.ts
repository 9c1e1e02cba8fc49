import { codeAt } from '../char-code.js';

/**
 * Text lint patterns (spec §2.11, §5.3): each returns the offending snippets of one text, with a few
 * characters of context, so one finding per text can name them all.
 */

const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60“”‘’…—]/u;
/** `; , : ( )` by character code. */
function isHalfWidth(c: number): boolean {
  return c === 59 || c === 44 || c === 58 || c === 40 || c === 41;
}

const HALF_WIDTH = /[;,:()]/;

/** A snippet of `text` around index `i`. */
function around(text: string, i: number, width = 4): string {
  return text.slice(Math.max(0, i - width), i + width + 1);
}

/** L01: half-width `; , : ( )` next to Chinese text (`增加;支出`, `752.11万元,共`, `单位名称:`, `(汇总)`). */
export function halfWidthPunctuation(text: string): string[] {
  // One native search first: most texts hold none of the five.
  if (!HALF_WIDTH.test(text)) return [];
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isHalfWidth(codeAt(text, i))) continue;
    const prev = neighbour(text, i, -1);
    const next = neighbour(text, i, 1);
    if ((prev && CJK.test(prev)) || (next && CJK.test(next)) || insideChineseParens(text, i)) found.push(around(text, i));
  }
  return found;
}

function neighbour(text: string, i: number, step: 1 | -1): string | undefined {
  let k = i + step;
  while (k >= 0 && k < text.length && /\s/.test(text[k] as string)) k += step;
  return text[k];
}

/** `(三十一)` and `(2024年度)`: a half-width pair whose content is Chinese. */
function insideChineseParens(text: string, i: number): boolean {
  if (text[i] !== '(') return false;
  const close = text.indexOf(')', i);
  return close > i && CJK.test(text.slice(i + 1, close));
}

const HALF_BRACKET = /[()]/;
const FULL_BRACKET = /[（）]/;

/** L02: a bracket pair that mixes widths: `部门(单位）`, `（市、区)`. */
export function mixedBrackets(text: string): string[] {
  // A mixed pair holds a half-width and a full-width bracket: a text without both has none.
  if (!HALF_BRACKET.test(text) || !FULL_BRACKET.test(text)) return [];
  const found: string[] = [];
  const open: { ch: string; i: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = codeAt(text, i);
    if (code !== 40 && code !== 41 && code !== 0xff08 && code !== 0xff09) continue; // ( ) （ ）
    const ch = text[i] as string;
    if (ch === '(' || ch === '（') open.push({ ch, i });
    else if (ch === ')' || ch === '）') {
      const o = open.pop();
      if (o && (o.ch === '(') !== (ch === ')')) found.push(text.slice(Math.max(0, o.i - 2), i + 1));
    }
  }
  return found;
}

/** L03: a word of two or more Chinese characters written twice in a row: `其中：其中：`, `中心中心`. */
export function doubledWords(text: string): string[] {
  if (text.length < 4) return [];
  const squeezed = SPACE.test(text) ? text.replace(SPACES, '') : text;
  if (!repeatsWideRun(squeezed)) return [];
  return [...squeezed.matchAll(DOUBLED)].map((m) => m[0]);
}

const SPACE = /\s/;
const SPACES = /\s+/g;
/** Given to matchAll only, which copies it: no `lastIndex` is shared. */
const DOUBLED = /(\p{Script=Han}{2,}[：，、]?)\1/gu;

/** Where each code unit was last seen, as `base + index` of the current text (older values are below `base`). */
const lastSeen = new Int32Array(0x10000);
let base = 1;
/** For each index of the current text, the index of the previous same code unit (-1: none). */
let previous = new Int32Array(256);

/**
 * True when some run of two or more code units from U+2E80 on (every Han character, surrogates and `：，、`
 * included) is followed at once by the same run: what a doubled word is in code units, so a text without one is
 * skipped before the backtracking regex. Each position is compared only with the earlier positions of its own code
 * unit in the same run of wide characters (few: a run rarely repeats a character), not with every earlier one.
 */
function repeatsWideRun(text: string): boolean {
  const n = text.length;
  if (base + n + 1 >= 0x7fffffff) {
    lastSeen.fill(0);
    base = 1;
  }
  if (previous.length < n) previous = new Int32Array(Math.max(n, 2 * previous.length));
  const from = base;
  base += n + 1;
  let runStart = 0;
  for (let j = 0; j < n; j++) {
    const c = codeAt(text, j);
    if (c < 0x2e80) {
      runStart = j + 1;
      continue;
    }
    const seen = lastSeen[c]!;
    const prev = seen >= from ? seen - from : -1;
    previous[j] = prev;
    lastSeen[c] = from + j;
    // The first copy is text[i, j), all wide; the second starts at j.
    for (let i = prev; i >= runStart; i = previous[i]!) {
      const d = j - i;
      if (j + d > n) break;
      if (d < 2) continue;
      let k = 1;
      while (k < d && codeAt(text, i + k) === codeAt(text, j + k)) k++;
      if (k === d) return true;
    }
  }
  return false;
}

const LEFTOVERS = /增加（减少）|增长（下降）|（减少）|（下降）|增加\(减少\)|增长\(下降\)|\(减少\)|\(下降\)|\{\{[^}]*\}\}|\{[A-Z\u4e00-\u9fa5]{1,4}\}/g;

/** L04: template leftovers: unresolved `增加（减少）`, `（下降）`, handlebars `{{…}}`, spec slots `{Y}`. */
export function templateLeftovers(text: string): string[] {
  // Every leftover holds `减少`, `下降` or `{`: most texts hold none and are not searched.
  if (!text.includes('{') && !text.includes('减少') && !text.includes('下降')) return [];
  return [...text.matchAll(LEFTOVERS)].map((m) => m[0]);
}

/** L05: a list item (主要职责) that does not end with `。`. */
export function missingFinalStop(text: string): string[] {
  const t = text.trim();
  return t.endsWith('。') ? [] : [t.slice(-8)];
}
