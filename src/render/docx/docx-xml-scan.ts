import { decodeXml, tagEnd } from '../../xml/text.js';

/** What a reader sees in word/document.xml: body paragraphs and tables, in order. */
export type DocxItem = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** An open table: its rows so far, the open row, and the open cell (its paragraphs joined by newlines so far). */
interface TableState {
  rows: string[][];
  row: string[] | undefined;
  inCell: boolean;
  /** The open cell's paragraphs joined by newlines so far; undefined before the first. */
  cellText: string | undefined;
  /** Whether the open cell only continues a vertical merge. */
  covered: boolean;
}

/**
 * The items of word/document.xml read from its text, a piece at a time (docx-xml.ts's DocumentItemsReader feeds
 * it and keeps what a piece leaves for the next); the state of the paragraph and tables open at the end of a piece
 * carries over to the next.
 */
export class DocumentScanner {
  readonly items: DocxItem[] = [];
  /** Where the next `<w:vMerge` is in the text being read, at or after the last cell properties read (vMerge). */
  private mergeAt = -1;
  /** The open paragraph's text so far; undefined outside a paragraph. */
  private paragraph: string | undefined;
  /** Inside `w:t`: text read now shows (in a paragraph). */
  private inText = false;
  /** The innermost open table; the tables around it (a table in a cell) wait in `outer`. */
  private table: TableState | undefined;
  private readonly outer: TableState[] = [];

  /**
   * A scanner, not one regex over the whole text: property elements (`w:rPr`, `w:pPr`, `w:tcPr`, most of the
   * bytes) are skipped to their end tag with indexOf, other tags are told apart by their first characters in place
   * (tagAt: no name string is cut out, no name read to its end first), and text is cut out only inside `w:t`: verify
   * runs on every output (bench/RESULTS.md). What a tag means for the items is acted on here, on the reader's own
   * fields (no call and no object per tag or cell). Tags without a `prefix:` (the XML declaration) are ignored, as
   * before. Returns where reading stopped: the start of a tag or property element cut off by the end of the text,
   * unless `final`.
   */
  read(xml: string, final: boolean, utf8?: Buffer): number {
    const n = xml.length;
    const view = utf8 ? new DataView(utf8.buffer, utf8.byteOffset, utf8.byteLength) : undefined;
    let i = 0;
    this.mergeAt = -1;
    while (i < n) {
      let lt = i; // most tags follow a tag: no search
      if (xml.charCodeAt(i) !== 60) {
        lt = xml.indexOf('<', i);
        if (lt < 0) {
          if (!final) return i; // text may go on in the next piece
          if (this.inText && this.paragraph !== undefined) this.paragraph += decodeXml(utf8 ? decodeUtf8(xml, utf8, i, n) : xml.slice(i));
          return n;
        }
        if (this.inText && this.paragraph !== undefined) this.paragraph += decodeXml(utf8 ? decodeUtf8(xml, utf8, i, lt) : xml.slice(i, lt));
      }
      // The usual tags are told from their bytes at once (usualTag); any other by its name read in place (tagAt).
      const usual = view && lt + 8 <= n ? usualTag(utf8 as Buffer, view, lt) : 0;
      let tag: Tag, closing: boolean, end: number, gt: number, selfClosing: boolean;
      if (usual !== 0) {
        tag = usual & 31;
        closing = (usual & 32) !== 0;
        selfClosing = (usual & 64) !== 0;
        gt = end = lt + (usual >> 7);
      } else {
        closing = xml.charCodeAt(lt + 1) === 47; // '/'
        tag = tagAt(xml, closing ? lt + 2 : lt + 1);
        end = tag === OTHER ? lt : nameEnd;
        // A name ending at `>` ends the tag there; otherwise the attributes are read, quotes and all.
        gt = xml.charCodeAt(end) === 62 ? end : tag === T && xml.startsWith(PRESERVE, end) ? end + PRESERVE.length - 1 : tagEnd(xml, end);
        if (gt < 0) return final ? n : lt;
        selfClosing = xml.charCodeAt(gt - 1) === 47;
      }
      i = gt + 1;
      if (tag === OTHER || tag === R) continue;
      if (tag >= SKIP_FIRST) {
        if (closing || selfClosing) continue;
        const endTag = SKIP_END[tag - SKIP_FIRST] ?? '';
        const close = xml.indexOf(endTag, gt);
        if (close < 0) return final ? n : lt;
        if (tag === TC_PR) this.vMerge(xml, gt, close);
        i = close + endTag.length;
        continue;
      }
      const opens = !closing;
      const closes = closing || selfClosing;
      switch (tag) {
        case T:
          this.inText = opens && !closes;
          break;
        case TAB:
          if (this.paragraph !== undefined) this.paragraph += '\t';
          break;
        case BR:
          if (this.paragraph !== undefined) this.paragraph += '\n';
          break;
        case P:
          if (opens) this.paragraph = '';
          if (closes) this.endParagraph();
          break;
        case TBL:
          if (opens) {
            if (this.table) this.outer.push(this.table);
            this.table = { rows: [], row: undefined, inCell: false, cellText: undefined, covered: false };
          } else {
            this.items.push({ kind: 'table', rows: this.table?.rows ?? [] });
            this.table = this.outer.pop();
          }
          break;
        case TR: {
          const table = this.table;
          if (!table) break;
          if (opens) table.row = [];
          if (closes && table.row) table.rows.push(table.row);
          break;
        }
        case TC: {
          const table = this.table;
          if (!table) break;
          if (opens) {
            table.inCell = true;
            table.cellText = undefined;
            table.covered = false;
          }
          if (closes) {
            if (table.inCell && !table.covered) table.row?.push(table.cellText ?? '');
            table.inCell = false;
          }
          break;
        }
        case V_MERGE:
          this.merge(xml.slice(end, selfClosing ? gt - 1 : gt));
          break;
      }
    }
    return n;
  }

  /**
   * A skipped `w:tcPr` (`xml[from, to)`) still tells whether its cell only continues a vertical merge. The next
   * `<w:vMerge` of the text is found once and kept while it lies ahead, so finding them all is one search through
   * the text, for its rare `M` (looking through each cell's property tags cost more than the rest of the cell).
   */
  private vMerge(xml: string, from: number, to: number): void {
    if (this.mergeAt < from) this.mergeAt = nextMerge(xml, from);
    const at = this.mergeAt;
    const gt = at < to ? tagEnd(xml, at) : -1;
    if (gt >= 0 && gt < to) this.merge(xml.slice(at + 9, xml.charCodeAt(gt - 1) === 47 ? gt - 1 : gt));
  }

  /** A `w:vMerge` with attributes `attrs`: the open cell only continues a merge unless it restarts one. */
  private merge(attrs: string): void {
    const table = this.table;
    if (table?.inCell && !/w:val="restart"/.test(attrs)) table.covered = true;
  }

  /** A paragraph ends: its text joins the open cell's, or is an item (an empty body paragraph is dropped). */
  private endParagraph(): void {
    const text = detach(this.paragraph ?? '');
    this.paragraph = undefined;
    const table = this.table;
    if (table?.inCell) table.cellText = table.cellText === undefined ? text : `${table.cellText}\n${text}`;
    else if (text !== '') this.items.push({ kind: 'paragraph', text });
  }
}

/** Where the first `<w:vMerge` tag at or after `from` starts; the text's length if there is none. */
function nextMerge(xml: string, from: number): number {
  for (let k = xml.indexOf('Merge', from + 4); k >= 0; k = xml.indexOf('Merge', k + 1)) {
    if (rest(xml, k - 4, '<w:vMerge', V_MERGE) !== OTHER) return k - 4;
  }
  return xml.length;
}

/**
 * The tags BodyReader acts on, then the property elements skipped whole (their text never shows; `w:pPr` holds the
 * tab stops BodyReader ignores, and a self-closing `<w:pPr/>` still reaches it); any other tag only matters as
 * "not text".
 */
type Tag = number;
const OTHER = 0, T = 1, TAB = 2, BR = 3, P = 4, TBL = 5, TR = 6, TC = 7, V_MERGE = 8;
const P_PR = 9, R_PR = 10, TC_PR = 11, TR_PR = 12, TBL_PR = 13, TBL_GRID = 14, SECT_PR = 15;
const SKIP_FIRST = P_PR;
/** `w:r`: not acted on, but its known name ends where its tag does (`<w:r>`), with no search for the `>`. */
const R = 16;
/** The attribute of nearly every `w:t`, taken whole rather than read character by character. */
const PRESERVE = ' xml:space="preserve">';
/** The end tag of each skipped element, by `tag - SKIP_FIRST`. */
const SKIP_END = ['w:pPr', 'w:rPr', 'w:tcPr', 'w:trPr', 'w:tblPr', 'w:tblGrid', 'w:sectPr'].map((name) => `</${name}>`);

/** Where the name tagAt recognized ends (a module variable: no pair is made per tag). */
let nameEnd = 0;

/**
 * The tag at `lt` if it is written as this writer and docx write nearly every tag, with no attribute but
 * `xml:space="preserve"` on `w:t`: `<w:tc>`, `<w:tcPr>`, `<w:tr>`, `<w:trPr>`, `<w:t>`, `<w:p>`, `<w:p/>`, `<w:pPr>`,
 * `<w:r>`, `<w:rPr>`, and `</w:t>`, `</w:tc>`, `</w:tr>`, `</w:tbl>`, `</w:p>`, `</w:r>`; told from its first four
 * bytes read as one number, then a byte or two (`b`, with `view` over the same bytes).
 * Packed: the Tag, 32 if closing, 64 if self-closing, and the offset of its `>` from `lt` times 128; 0 for any
 * other tag, which tagAt reads. The caller sees to it that `lt + 8` is within the bytes.
 */
function usualTag(b: Buffer, view: DataView, lt: number): number {
  const word = view.getUint32(lt, true);
  const c4 = b[lt + 4];
  const c5 = b[lt + 5];
  if (word === OPEN_T) {
    if (c4 === 99) return c5 === 62 ? TC + (5 << 7) : c5 === 80 && b[lt + 6] === 114 && b[lt + 7] === 62 ? TC_PR + (7 << 7) : 0; // <w:tc> <w:tcPr>
    if (c4 === 114) return c5 === 62 ? TR + (5 << 7) : c5 === 80 && b[lt + 6] === 114 && b[lt + 7] === 62 ? TR_PR + (7 << 7) : 0; // <w:tr> <w:trPr>
    if (c4 === 62) return T + (4 << 7); // <w:t>
    // <w:t xml:space="preserve">: ' xml', ':spa', 'ce="', 'pres', 'erve' and '">', its bytes read four at a time.
    if (c4 !== 32 || lt + 26 > b.length) return 0;
    const same = view.getUint32(lt + 4, true) === PRESERVE_WORDS[0] && view.getUint32(lt + 8, true) === PRESERVE_WORDS[1] && view.getUint32(lt + 12, true) === PRESERVE_WORDS[2] && view.getUint32(lt + 16, true) === PRESERVE_WORDS[3] && view.getUint32(lt + 20, true) === PRESERVE_WORDS[4] && b[lt + 24] === 34 && b[lt + 25] === 62;
    return same ? T + ((3 + PRESERVE.length) << 7) : 0;
  }
  if (word === OPEN_P || word === OPEN_R) {
    const plain = word === OPEN_P ? P : R;
    const props = word === OPEN_P ? P_PR : R_PR;
    if (c4 === 62) return plain + (4 << 7); // <w:p> <w:r>
    if (c4 === 80) return c5 === 114 && b[lt + 6] === 62 ? props + (6 << 7) : 0; // <w:pPr> <w:rPr>
    return c4 === 47 && c5 === 62 ? plain + 64 + (5 << 7) : 0; // <w:p/> <w:r/>
  }
  if (word === CLOSE) {
    const c6 = b[lt + 6];
    if (c4 === 116) {
      if (c5 === 62) return T + 32 + (5 << 7); // </w:t>
      if (c6 !== 62) return c5 === 98 && c6 === 108 && b[lt + 7] === 62 ? TBL + 32 + (7 << 7) : 0; // </w:tbl>
      return c5 === 99 ? TC + 32 + (6 << 7) : c5 === 114 ? TR + 32 + (6 << 7) : 0; // </w:tc> </w:tr>
    }
    if (c5 === 62) return c4 === 112 ? P + 32 + (5 << 7) : c4 === 114 ? R + 32 + (5 << 7) : 0; // </w:p> </w:r>
  }
  return 0;
}

/** `<w:t`, `<w:p`, `<w:r` and `</w:` as the number their four bytes read as (little-endian). */
const OPEN_T = word4('<w:t');
const OPEN_P = word4('<w:p');
const OPEN_R = word4('<w:r');
const CLOSE = word4('</w:');
const PRESERVE_WORDS = [0, 4, 8, 12, 16].map((k) => word4(PRESERVE.slice(k, k + 4)));

function word4(text: string): number {
  return (text.charCodeAt(0) | (text.charCodeAt(1) << 8) | (text.charCodeAt(2) << 16) | (text.charCodeAt(3) << 24)) >>> 0;
}

/** The tag whose name starts at `s`, told by its characters in place; OTHER for any name not listed (nameEnd unset). */
function tagAt(xml: string, s: number): Tag {
  if (xml.charCodeAt(s) !== 119 || xml.charCodeAt(s + 1) !== 58) return OTHER; // 'w:'
  const c = xml.charCodeAt(s + 2);
  if (c === 116) { // w:t…
    const d = xml.charCodeAt(s + 3);
    if (d === 99) return plainOrProps(xml, s + 4, TC, TC_PR); // c
    if (d === 114) return plainOrProps(xml, s + 4, TR, TR_PR); // r
    if (d === 97) return rest(xml, s + 4, 'b', TAB); // a
    if (d === 98 && xml.charCodeAt(s + 4) === 108) return plainOrProps(xml, s + 5, TBL, TBL_PR) || rest(xml, s + 5, 'Grid', TBL_GRID); // bl
    return rest(xml, s + 3, '', T);
  }
  if (c === 112) return plainOrProps(xml, s + 3, P, P_PR); // w:p…
  if (c === 114) return plainOrProps(xml, s + 3, R, R_PR); // w:r…
  if (c === 98) return rest(xml, s + 3, 'r', BR);
  if (c === 118) return rest(xml, s + 3, 'Merge', V_MERGE);
  if (c === 115) return rest(xml, s + 3, 'ectPr', SECT_PR);
  return OTHER;
}

/** `plain` if the name ends at `k`, `props` if it goes on with `Pr` and ends there. */
function plainOrProps(xml: string, k: number, plain: Tag, props: Tag): Tag {
  return rest(xml, k, '', plain) || rest(xml, k, 'Pr', props);
}

/** `tag` if the name goes on from `k` with `tail` and ends there. */
function rest(xml: string, k: number, tail: string, tag: Tag): Tag {
  for (let j = 0; j < tail.length; j++) if (xml.charCodeAt(k + j) !== tail.charCodeAt(j)) return OTHER;
  if (!isNameEnd(xml.charCodeAt(k + tail.length))) return OTHER;
  nameEnd = k + tail.length;
  return tag;
}

/** The text of `utf8[start, end)`, read as latin1 into `xml`: the latin1 cut itself when it is all ASCII (the figures). */
function decodeUtf8(xml: string, utf8: Buffer, start: number, end: number): string {
  for (let k = start; k < end; k++) if (xml.charCodeAt(k) > 127) return utf8.toString('utf8', start, end);
  return xml.slice(start, end);
}

/** Characters that end a tag name: space, tab, newline, CR, `/`, `>`. */
function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;
}

/**
 * A copy of `text` that does not keep the piece it was cut from alive: V8 slices share their parent, so
 * 150,000 cell texts read from 1 MB pieces held every piece (~150 MB for a 2,000-project document).
 * Flattening a one-character concatenation copies. A text under 13 characters is left as it is: V8 copies so short
 * a cut (SlicedString::kMinLength), and nearly every cell's text is one.
 */
function detach(text: string): string {
  return text.length < 13 ? text : (` ${text}`).slice(1);
}

