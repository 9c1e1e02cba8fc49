import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from './source.js';

/** S10: a text was normalised at the input boundary (the one policy every writer then relies on). */
export const TEXT_RULE = 'S10';

/**
 * Texts that may hold line breaks: paragraph-length fields printed as paragraphs (职责, 原因说明, 年度目标, 任务内容,
 * 指标说明). Every other text (names, codes, titles, table cells) is one line.
 */
const MULTILINE: readonly RegExp[] = [
  /^overview\.duties\[\d+\]$/,
  /^reasons\./,
  /^overallPerformance\.annualGoals$/,
  /^overallPerformance\.tasks\[\d+\]\.content$/,
  /^overallPerformance\.(output|effect)\[\d+\]\.note$/,
];

/**
 * Characters no document can show: C0 and C1 controls but tab and line feed, DEL, the noncharacters U+FFFE and
 * U+FFFF, and lone surrogates (XML 1.0 forbids most of them, so Word or Excel would refuse the file).
 */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Line breaks in any spelling: CR LF, CR, vertical tab and form feed (Word's manual line and page breaks), U+2028/2029. */
const BREAK = /\r\n|[\r\u000b\u000c\u2028\u2029]/g;

/** Any character the policy may act on (a break, an invisible character, a tab): most texts hold none. */
const ATTENTION = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff\ud800-\udfff]/;

/** One text after the policy, and what was changed (for the located warning). */
export interface NormalizedText {
  text: string;
  removed: string[];
  joined: boolean;
}

/**
 * The text policy: line breaks become `\n`; invisible characters are removed; in a one-line field, line breaks and
 * tabs become nothing between CJK text and a space between Latin letters or digits. Every writer (docx, xlsx, md,
 * json) then sees the same text.
 */
export function normalizeText(text: string, multiline: boolean): NormalizedText {
  if (!ATTENTION.test(text)) return { text, removed: [], joined: false };
  const removed: string[] = [];
  let out = text.replace(BREAK, '\n').replace(INVISIBLE, (c) => {
    removed.push(`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    return '';
  });
  let joined = false;
  if (!multiline && /[\n\t]/.test(out)) {
    joined = true;
    out = out.replace(/\s*[\n\t]+\s*/g, (_, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + _.length] ?? '';
      return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
    });
  }
  return { text: out, removed, joined };
}

/** How deep the policy looks for texts: far below any real field, far above the input's own depth (about 6). */
const MAX_DEPTH = 32;

/**
 * Applies the text policy to every string of a source's data; each changed text gets one warning at its place. An
 * array or object none of whose texts change is kept as it is, not copied (a 2,000-project input is megabytes of
 * JSON, nearly all of it unchanged); one that changes is rebuilt with the same keys in the same order.
 */
export function applyTextPolicy(source: SourceDocument): { source: SourceDocument; diagnostics: Diagnostic[] } {
  if (source.printable) return { source, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  // One path, pushed and popped as the walk goes; copied (and its place spelled out) only for a text needing attention.
  const path: (string | number)[] = [];
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (!ATTENTION.test(value)) return value;
      const result = normalizeText(value, isMultiline(placeOf(path)));
      const message = describe(result);
      if (message) diagnostics.push({ rule: TEXT_RULE, severity: 'warning', at: source.locate([...path]), message });
      return result.text;
    }
    // No field of the input lies deeper than a few levels: deeper data is left as is for the schema to reject at
    // its path (a 100,000-level array would otherwise overflow the stack here).
    if (path.length >= MAX_DEPTH) return value;
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      value.forEach((item, i) => {
        const changed = child(item, i);
        if (changed !== item) (out ??= [...value])[i] = changed;
      });
      return out ?? value;
    }
    if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      let changed: unknown[] | undefined;
      entries.forEach(([key, item], i) => {
        const after = child(item, key);
        if (after !== item) (changed ??= entries.map(([, v]) => v))[i] = after;
      });
      if (!changed) return value;
      const values = changed;
      // As own properties, a key named __proto__ too (assigning it would set the copy's prototype instead).
      return Object.fromEntries(entries.map(([key], i) => [key, values[i]]));
    }
    return value;
  };
  const child = (value: unknown, key: string | number): unknown => {
    path.push(key);
    const out = walk(value);
    path.pop();
    return out;
  };
  return { source: { ...source, data: walk(source.data) }, diagnostics };
}

/** A path as the MULTILINE patterns read it: `overview.duties[0]`. */
function placeOf(path: readonly (string | number)[]): string {
  let place = '';
  for (const key of path) place = typeof key === 'number' ? `${place}[${key}]` : place ? `${place}.${key}` : key;
  return place;
}

/** True for a field that may hold line breaks (MULTILINE), by its formatPath; every pattern starts `o` or `r`. */
function isMultiline(place: string): boolean {
  const first = place.charCodeAt(0);
  return (first === 111 || first === 114) && MULTILINE.some((re) => re.test(place));
}

function describe(result: NormalizedText): string | undefined {
  const parts: string[] = [];
  if (result.removed.length) {
    const kinds = [...new Set(result.removed)].slice(0, 3).join('、');
    parts.push(`删去了 ${result.removed.length} 个不可见的控制字符（${kinds}${new Set(result.removed).size > 3 ? ' 等' : ''}），它们无法写入 Word 和 Excel 文件`);
  }
  if (result.joined) parts.push('这一项只能有一行，其中的换行和制表符已去掉');
  return parts.length ? `${parts.join('；')}：已按“${clip(result.text)}”读取，请在填报文件中改正` : undefined;
}

function clip(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}
