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
 * `documentItems` fed in pieces (the XML of a large document inflated as a stream, never held whole). A piece
 * is read up to its last `<`; the rest waits for the next piece, so no tag, text or entity is cut in two.
 */
export class DocumentItemsReader {
  private readonly body = new BodyReader();
  private rest = '';

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
   * A scanner, not one regex over the whole text: property elements (`w:rPr`, `w:pPr`, `w:tcPr`, most of the
   * bytes) are skipped to their end tag with indexOf, and other tags by name, which made reading a generated
   * file several times cheaper (verify runs on every output; bench/RESULTS.md). Tags without a `prefix:` (the
   * XML declaration) are ignored, as before. Returns where reading stopped: the start of a tag or property
   * element cut off by the end of the text, unless `final`.
   */
  private read(xml: string, final: boolean): number {
    const n = xml.length;
    let i = 0;
    while (i < n) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) {
        if (!final) return i; // text may go on in the next piece
        this.body.text(xml.slice(i));
        return n;
      }
      if (lt !== i) this.body.text(xml.slice(i, lt));
      const gt = tagEnd(xml, lt);
      if (gt < 0) return final ? n : lt;
      const closing = xml.charCodeAt(lt + 1) === 47; // '/'
      const start = closing ? lt + 2 : lt + 1;
      let end = start;
      while (end < gt && !NAME_END.has(xml.charCodeAt(end))) end++;
      const tag = xml.slice(start, end);
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      if (!closing && !selfClosing && SKIPPED.has(tag)) {
        const close = xml.indexOf(`</${tag}>`, gt);
        if (close < 0) return final ? n : lt;
        if (tag === 'w:tcPr') this.vMerge(xml.slice(gt + 1, close));
        i = close + tag.length + 3;
        continue;
      }
      if (READ_TAGS.has(tag)) this.body.tag(tag, !closing, closing || selfClosing, xml.slice(end, selfClosing ? gt - 1 : gt));
      i = gt + 1;
    }
    return n;
  }

  /** A skipped `w:tcPr` still tells whether its cell only continues a vertical merge. */
  private vMerge(props: string): void {
    const m = /<w:vMerge\b((?:"[^"]*"|'[^']*'|[^'">])*?)\/?>/.exec(props);
    if (m) this.body.tag('w:vMerge', true, true, m[1] ?? '');
  }
}

/** Property elements skipped whole (their text never shows); `w:pPr` holds the tab stops BodyReader ignores. */
const SKIPPED = new Set(['w:rPr', 'w:pPr', 'w:tcPr', 'w:trPr', 'w:tblPr', 'w:tblGrid', 'w:sectPr']);

/** The tags BodyReader acts on; any other tag only matters as "not text". */
const READ_TAGS = new Set(['w:t', 'w:pPr', 'w:tab', 'w:br', 'w:p', 'w:tbl', 'w:tr', 'w:tc', 'w:vMerge']);
/** Characters that end a tag name: space, tab, newline, CR, `/`, `>`. */
const NAME_END = new Set([32, 9, 10, 13, 47, 62]);

class BodyReader {
  readonly items: DocxItem[] = [];
  private readonly tables: TableState[] = [];
  private paragraph: string | undefined;
  private inText = false;
  private inParagraphProps = false;

  text(raw: string): void {
    if (this.inText && this.paragraph !== undefined) this.paragraph += decodeEntities(raw);
  }

  tag(tag: string, opens: boolean, closes: boolean, attrs: string): void {
    if (tag === 'w:t') this.inText = opens && !closes;
    else if (tag === 'w:pPr') this.inParagraphProps = opens && !closes;
    else if (tag === 'w:tab' && !this.inParagraphProps) this.append('\t');
    else if (tag === 'w:br') this.append('\n');
    else if (tag === 'w:p') this.onParagraph(opens, closes);
    else this.onTable(tag, opens, closes, attrs);
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

  private onTable(tag: string, opens: boolean, closes: boolean, attrs: string): void {
    const table = this.tables[this.tables.length - 1];
    if (tag === 'w:tbl') {
      if (opens) this.tables.push({ rows: [] });
      else this.items.push({ kind: 'table', rows: this.tables.pop()?.rows ?? [] });
    } else if (tag === 'w:tr' && table) {
      if (opens) table.row = [];
      if (closes && table.row) table.rows.push(table.row);
    } else if (tag === 'w:tc' && table) {
      if (opens) table.cell = { paragraphs: [], covered: false };
      if (closes && table.cell && !table.cell.covered) table.row?.push(table.cell.paragraphs.join('\n'));
      if (closes) table.cell = undefined;
    } else if (tag === 'w:vMerge' && table?.cell && !/w:val="restart"/.test(attrs)) {
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
