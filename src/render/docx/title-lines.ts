/**
 * Breaks a centred title that does not fit one line into two balanced lines (GB/T 9704 §7.3.3: a title
 * wraps at a sense break, its lines about equal), instead of leaving one or two characters alone on the
 * second line. Preferred breaks: after 年 or an administrative name (市 区 县 局 中心), before 和/部门/预算/
 * 概况; any other break costs as much as 8 characters of imbalance. Never inside a run of digits or Latin
 * letters, before closing or after opening punctuation, or after 和/与/及.
 */
export function balanceTitle(text: string, points: number, width: number): string {
  const chars = [...text];
  const fullWidth = textEms(text) * points * 20;
  if (text.includes('\n') || fullWidth <= width) return text;
  let best: { at: number; score: number } | undefined;
  for (let at = 1; at < chars.length; at++) {
    if (!breakable(chars, at)) continue;
    const left = textEms(chars.slice(0, at).join('')) * points * 20;
    const right = fullWidth - left;
    if (left > width || right > width) continue;
    const score = Math.abs(left - right) / (points * 20) + (preferred(chars, at) ? 0 : 8);
    if (!best || score < best.score) best = { at, score };
  }
  return best ? `${chars.slice(0, best.at).join('')}\n${chars.slice(best.at).join('')}` : text;
}

/** Approximate advance in ems: CJK, full-width forms and symbols 1, other characters 0.6 (digits and `%` run wide in the CJK fonts). */
export function textEms(text: string): number {
  // By UTF-16 unit, not by `for…of` and a regex per character (this runs over every cell of every table): a
  // surrogate pair counts once, as one wide character, a lone surrogate as one too.
  let ems = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) continue;
    ems += (c >= 0x2000 && c <= 0x2bff) || c >= 0x2e80 ? 1 : 0.6;
  }
  return ems;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

const NO_START = /[，。、；：？！）》」』”’%,.;:)\]]/;
const NO_END = /[（《「『“‘(\[和与及]/;
const AFTER = ['年', '年度', '市', '区', '县', '局', '中心', '委员会', '办公室'];
const BEFORE = ['和', '与', '及', '部门', '预算', '概况', '名词'];

function breakable(chars: string[], at: number): boolean {
  const prev = chars[at - 1] ?? '';
  const next = chars[at] ?? '';
  if (NO_START.test(next) || NO_END.test(prev)) return false;
  return !(/[0-9A-Za-z]/.test(prev) && /[0-9A-Za-z]/.test(next));
}

function preferred(chars: string[], at: number): boolean {
  const head = chars.slice(0, at).join('');
  const tail = chars.slice(at).join('');
  return AFTER.some((w) => head.endsWith(w)) || BEFORE.some((w) => tail.startsWith(w));
}
