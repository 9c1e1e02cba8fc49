/*
 * Undoing what extraction does to printed text (spec §0: the spaces between CJK and digits, letter-spaced labels,
 * full-width digits, the bold markers of a conversion), so a read sentence compares with the one the template prints.
 */

const FULL_WIDTH_DIGIT = /[０-９．]/g;

/** Full-width digits and the full-width point as ASCII (`１２．５` → `12.5`); other full-width punctuation is kept. */
export function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const ASCII_WORD = /[0-9A-Za-z.%]/;

/**
 * Removes the spaces extraction or Word's auto-spacing put into Chinese text (`2022 年` → `2022年`, `本 年 收 入`
 * → `本年收入`), keeping one space between two ASCII words (`Y1060007 网络` keeps none: one side is CJK).
 */
export function squeezeSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/g, (run, at: number, whole: string) => {
    const before = whole[at - 1] ?? '';
    const after = whole[at + run.length] ?? '';
    return ASCII_WORD.test(before) && ASCII_WORD.test(after) && /[A-Za-z]/.test(before + after) ? ' ' : '';
  });
}

/** A printed line as text: ASCII digits, no bold markers (`**0**`), no extraction spaces. */
export function cleanText(text: string): string {
  return squeezeSpaces(asciiDigits(text.replace(/\*\*/g, ''))).trim();
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef“”‘’';
const CJK_GAP = new RegExp(`(?<=[${CJK}])[ \\t\\u3000]+(?=[${CJK}0-9])|(?<=[0-9])[ \\t\\u3000]+(?=[${CJK}])`, 'g');

/**
 * A paragraph or cell of a .docx as text: its characters are the document's own, so only the gaps that typesetting
 * puts between Chinese and digits (`收入总计 3374.03 万元`, `本 年 收 入`) go, and full-width digits become ASCII;
 * `1. 年度` keeps its space.
 */
export function docxText(text: string): string {
  return asciiDigits(text.replace(/\n/g, '')).replace(CJK_GAP, '').trim();
}

/** How the texts of one source are cleaned: extracted text (cleanText) or a .docx's own characters (docxText). */
export type Cleaner = (text: string) => string;

/** A label for comparing: clean, with half-width brackets and colon as full-width (`(汇总)` = `（汇总）`). */
export function labelKey(text: string): string {
  return cleanText(text).replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：');
}

/** Normalised edit similarity of two labels in [0, 1] (1 = equal), for recognising titles and headers. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
