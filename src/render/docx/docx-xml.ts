import { decodeXml, tagEnd } from '../../xml/text.js';

/** What a reader sees in word/document.xml: body paragraphs and tables, in order. */
export type DocxItem = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

interface TableState {
  rows: string[][];
  row?: string[];
  cell?: { paragraphs: string[]; covered: boolean };
}

/**
 * Reads the text of word/document.xml as a reader sees it: `w:t` text, `w:tab` → tab, `w:br` → newline;
 * field codes (`w:instrText`) are not text, field results are. Empty body paragraphs are dropped. A table
 * is its rows of cell texts (a cell's paragraphs joined by newlines), without the `w:vMerge continue` cells
 * that only continue a vertical merge.
 */
export function documentItems(xml: string): DocxItem[] {
  const reader = new DocumentItemsReader();
  reader.push(xml);
  return reader.finish();
}

/**
 * `documentItems` of the part's UTF-8 bytes, held whole: read as a one-byte (latin1) text, whose indexes are byte
 * offsets and where a tag is found faster than in a decoded text, with only the text inside `w:t` decoded from the
 * bytes (decoding the whole part cost as much as reading it). Tags, names and entities are ASCII, so they read the
 * same; a text runs between two ASCII bytes, so each decodes as it would within the whole.
 */
export function documentItemsOfBytes(bytes: Uint8Array): DocxItem[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new DocumentItemsReader().whole(buffer.toString('latin1'), buffer);
}

/**
 * `documentItems` fed in pieces (the XML of a large document inflated as a stream, never held whole). A piece
 * is read up to its last `<`; the rest waits for the next piece, so no tag, text or entity is cut in two.
 */
export class DocumentItemsReader {
  private readonly body = new BodyReader();
  private rest = '';
  private restBytes: Buffer | undefined;

  push(piece: string): void {
    const text = this.rest + piece;
    this.rest = text.slice(this.read(text, false));
  }

  finish(): DocxItem[] {
    this.read(this.rest, true);
    this.rest = '';
    return this.body.items;
  }

  /**
   * `push` for the part's UTF-8 bytes in pieces (documentItemsOfBytes, streamed): each piece, after what the last
   * one left, is read as latin1; what is left (a cut tag, or text that may go on, a character cut in two included)
   * waits for the next. Not to be mixed with `push`.
   */
  pushBytes(piece: Uint8Array): void {
    const left = this.restBytes;
    const bytes = left && left.length > 0 ? Buffer.concat([left, piece]) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    this.restBytes = bytes.subarray(this.read(bytes.toString('latin1'), false, bytes));
  }

  /** `finish` after `pushBytes`. */
  finishBytes(): DocxItem[] {
    const bytes = this.restBytes ?? Buffer.alloc(0);
    this.restBytes = undefined;
    return this.whole(bytes.toString('latin1'), bytes);
  }

  /** Reads a whole part at once, nothing pushed before; `utf8`: the bytes `xml` was read from as latin1. */
  whole(xml: string, utf8?: Buffer): DocxItem[] {
    this.read(xml, true, utf8);
    return this.body.items;
  }

  /**
   * A scanner, not one regex over the whole text: property elements (`w:rPr`, `w:pPr`, `w:tcPr`, most of the
   * bytes) are skipped to their end tag with indexOf, other tags are told apart by comparing their name in place
   * (no name string is cut out), and text is cut out only inside `w:t`: verify runs on every output
   * (bench/RESULTS.md). Tags without a `prefix:` (the XML declaration) are ignored, as before. Returns where
   * reading stopped: the start of a tag or property element cut off by the end of the text, unless `final`.
   */
  private read(xml: string, final: boolean, utf8?: Buffer): number {
    const n = xml.length;
    const body = this.body;
    let i = 0;
    while (i < n) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) {
        if (!final) return i; // text may go on in the next piece
        if (body.wantsText()) body.text(utf8 ? utf8.toString('utf8', i, n) : xml.slice(i));
        return n;
      }
      if (lt !== i && body.wantsText()) body.text(utf8 ? utf8.toString('utf8', i, lt) : xml.slice(i, lt));
      const closing = xml.charCodeAt(lt + 1) === 47; // '/'
      const start = closing ? lt + 2 : lt + 1;
      let end = start;
      let quoted = false;
      for (let c = xml.charCodeAt(end); end < n && !isNameEnd(c); c = xml.charCodeAt(++end)) quoted ||= c === 34 || c === 39;
      // A plain name ending at `>` ends the tag there; otherwise the attributes are read, quotes and all.
      const gt = xml.charCodeAt(end) === 62 && !quoted ? end : tagEnd(xml, lt);
      if (gt < 0 || end > gt) return final ? n : lt;
      const tag = tagOf(xml, start, end);
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      if (tag >= SKIP_FIRST && !closing && !selfClosing) {
        const endTag = SKIP_END[tag - SKIP_FIRST] ?? '';
        const close = xml.indexOf(endTag, gt);
        if (close < 0) return final ? n : lt;
        if (tag === TC_PR) this.vMerge(xml.slice(gt + 1, close));
        i = close + endTag.length;
        continue;
      }
      if (tag !== OTHER) body.tag(tag, !closing, closing || selfClosing, tag === V_MERGE ? xml.slice(end, selfClosing ? gt - 1 : gt) : '');
      i = gt + 1;
    }
    return n;
  }

  /** A skipped `w:tcPr` still tells whether its cell only continues a vertical merge. */
  private vMerge(props: string): void {
    if (!props.includes('<w:vMerge')) return;
    const m = /<w:vMerge\b((?:"[^"]*"|'[^']*'|[^'">])*?)\/?>/.exec(props);
    if (m) this.body.tag(V_MERGE, true, true, m[1] ?? '');
  }
}

/**
 * The tags BodyReader acts on, then the property elements skipped whole (their text never shows; `w:pPr` holds the
 * tab stops BodyReader ignores, and a self-closing `<w:pPr/>` still reaches it); any other tag only matters as
 * "not text".
 */
type Tag = number;
const OTHER = 0, T = 1, TAB = 2, BR = 3, P = 4, TBL = 5, TR = 6, TC = 7, V_MERGE = 8;
const P_PR = 9, TC_PR = 11;

const SKIP_FIRST = P_PR;
const NAMES: readonly (readonly [string, Tag])[] = [
  ['w:t', T], ['w:tab', TAB], ['w:br', BR], ['w:p', P], ['w:tbl', TBL], ['w:tr', TR], ['w:tc', TC], ['w:vMerge', V_MERGE],
  // skipped, from SKIP_FIRST on
  ['w:pPr', P_PR], ['w:rPr', 10], ['w:tcPr', TC_PR], ['w:trPr', 12], ['w:tblPr', 13], ['w:tblGrid', 14], ['w:sectPr', 15],
];
/** The end tag of each skipped element, by `tag - SKIP_FIRST`. */
const SKIP_END = NAMES.filter(([, tag]) => tag >= SKIP_FIRST).map(([name]) => `</${name}>`);
/** NAMES by name length, so a tag is compared only with names as long as its own. */
const BY_LENGTH: (readonly [string, Tag])[][] = [];
for (const entry of NAMES) (BY_LENGTH[entry[0].length] ??= []).push(entry);

/** The tag whose name is `xml[start, end)`, compared in place. */
function tagOf(xml: string, start: number, end: number): Tag {
  if (xml.charCodeAt(start) !== 119 || xml.charCodeAt(start + 1) !== 58) return OTHER; // 'w:'
  const names = BY_LENGTH[end - start];
  if (names === undefined) return OTHER;
  for (let k = 0; k < names.length; k++) {
    const entry = names[k] as readonly [string, Tag];
    if (sameName(xml, start, entry[0])) return entry[1];
  }
  return OTHER;
}

/** `xml.startsWith(name, start)` for a name known to start `w:`, by character codes (startsWith on a two-byte text was most of the scan). */
function sameName(xml: string, start: number, name: string): boolean {
  for (let k = 2; k < name.length; k++) if (xml.charCodeAt(start + k) !== name.charCodeAt(k)) return false;
  return true;
}

/** Characters that end a tag name: space, tab, newline, CR, `/`, `>`. */
function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;
}

class BodyReader {
  readonly items: DocxItem[] = [];
  private readonly tables: TableState[] = [];
  private paragraph: string | undefined;
  private inText = false;
  private inParagraphProps = false;

  /** True when text read now shows (inside `w:t` of a paragraph): the scanner cuts text out only then. */
  wantsText(): boolean {
    return this.inText && this.paragraph !== undefined;
  }

  text(raw: string): void {
    if (this.wantsText()) this.paragraph += decodeEntities(raw);
  }

  tag(tag: Tag, opens: boolean, closes: boolean, attrs: string): void {
    if (tag === T) this.inText = opens && !closes;
    else if (tag === P_PR) this.inParagraphProps = opens && !closes;
    else if (tag === TAB) {
      if (!this.inParagraphProps) this.append('\t');
    } else if (tag === BR) this.append('\n');
    else if (tag === P) this.onParagraph(opens, closes);
    else if (tag < SKIP_FIRST) this.onTable(tag, opens, closes, attrs);
  }

  private append(text: string): void {
    if (this.paragraph !== undefined) this.paragraph += text;
  }

  private onParagraph(opens: boolean, closes: boolean): void {
    if (opens) this.paragraph = '';
    if (!closes) return;
    const text = detach(this.paragraph ?? '');
    const cell = this.tables[this.tables.length - 1]?.cell;
    if (cell) cell.paragraphs.push(text);
    else if (text !== '') this.items.push({ kind: 'paragraph', text });
    this.paragraph = undefined;
  }

  private onTable(tag: Tag, opens: boolean, closes: boolean, attrs: string): void {
    const table = this.tables[this.tables.length - 1];
    if (tag === TBL) {
      if (opens) this.tables.push({ rows: [] });
      else this.items.push({ kind: 'table', rows: this.tables.pop()?.rows ?? [] });
    } else if (tag === TR && table) {
      if (opens) table.row = [];
      if (closes && table.row) table.rows.push(table.row);
    } else if (tag === TC && table) {
      if (opens) table.cell = { paragraphs: [], covered: false };
      if (closes && table.cell && !table.cell.covered) table.row?.push(table.cell.paragraphs.join('\n'));
      if (closes) table.cell = undefined;
    } else if (tag === V_MERGE && table?.cell && !/w:val="restart"/.test(attrs)) {
      table.cell.covered = true;
    }
  }
}

/**
 * A copy of `text` that does not keep the piece it was cut from alive: V8 slices share their parent, so
 * 150,000 cell texts read from 1 MB pieces held every piece (~150 MB for a 2,000-project document).
 * Flattening a one-character concatenation copies.
 */
function detach(text: string): string {
  return (` ${text}`).slice(1);
}

/** Decodes the five XML entities and numeric character references (a reference past U+10FFFF, hostile, reads as nothing). */
export function decodeEntities(text: string): string {
  return decodeXml(text);
}
