/**
 * Text lint patterns (spec §2.11, §5.3): each returns the offending snippets of one text, with a few
 * characters of context, so one finding per text can name them all.
 */

const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60“”‘’…—]/u;
/** `; , : ( )` by character code. */
function isHalfWidth(c: number): boolean {
  return c === 59 || c === 44 || c === 58 || c === 40 || c === 41;
}

/** A snippet of `text` around index `i`. */
function around(text: string, i: number, width = 4): string {
  return text.slice(Math.max(0, i - width), i + width + 1);
}

/** L01: half-width `; , : ( )` next to Chinese text (`增加;支出`, `752.11万元,共`, `单位名称:`, `(汇总)`). */
export function halfWidthPunctuation(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isHalfWidth(text.charCodeAt(i))) continue;
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

/** L02: a bracket pair that mixes widths: `部门(单位）`, `（市、区)`. */
export function mixedBrackets(text: string): string[] {
  const found: string[] = [];
  const open: { ch: string; i: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
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
  if (text.length < 4 || (text.length <= SHORT && !repeatsWideCharacter(text))) return [];
  const squeezed = text.replace(/\s+/g, '');
  const re = /(\p{Script=Han}{2,}[：，、]?)\1/gu;
  return [...squeezed.matchAll(re)].map((m) => m[0]);
}

/** Texts up to this length are first checked for a repeated character (most table texts: names and labels). */
const SHORT = 64;

/**
 * True when a character from U+2E80 on (every Han character, surrogates included) occurs twice: a doubled word
 * starts both copies with the same one, so a text without is skipped before the backtracking regex.
 */
function repeatsWideCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) continue;
    for (let j = i + 1; j < text.length; j++) if (text.charCodeAt(j) === c) return true;
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
