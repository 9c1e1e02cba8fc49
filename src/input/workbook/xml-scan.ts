/** Small pieces of a forward XML scanner over text that arrives in pieces (worksheets and shared strings, streamed). */

export { decodeXml, tagEnd } from '../../xml/text.js';

/** A tag as found at `lt`: its local name (prefix dropped), whether it closes or is self-closing, and its text. */
export interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** From `<` to `>` inclusive. */
  text: string;
  end: number;
}

/** The tag starting at `lt` (ending at `gt`). Comments, processing instructions and declarations get the name `!` or `?`. */
export function readTag(xml: string, lt: number, gt: number): Tag {
  const text = xml.slice(lt, gt + 1);
  const first = xml.charCodeAt(lt + 1);
  if (first === 33 || first === 63) return { name: first === 33 ? '!' : '?', closing: false, selfClosing: true, text, end: gt };
  const closing = first === 47;
  let start = closing ? lt + 2 : lt + 1;
  let end = start;
  while (end < gt && !NAME_END.has(xml.charCodeAt(end))) {
    if (xml.charCodeAt(end) === 58) start = end + 1; // a `x:` prefix
    end++;
  }
  return { name: xml.slice(start, end), closing, selfClosing: xml.charCodeAt(gt - 1) === 47, text, end: gt };
}

const NAME_END = new Set([32, 9, 10, 13, 47, 62]);

/** An attribute's raw value in a tag's text (after a space, tab or newline); undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  for (const space of SPACES) {
    const at = tag.indexOf(`${space}${name}="`);
    if (at < 0) continue;
    const start = at + name.length + 3;
    const end = tag.indexOf('"', start);
    return end < 0 ? undefined : tag.slice(start, end);
  }
  return undefined;
}

const SPACES = [' ', '\n', '\t', '\r'];

/** A cell reference `BH100000` as a 1-based column and row; undefined for anything else. */
export function parseCellRef(ref: string): { column: number; row: number } | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  const row = Number(ref.slice(i));
  return i === 0 || !Number.isInteger(row) || row < 1 ? undefined : { column, row };
}

export { columnLetters } from '../../model/cell-address.js';

