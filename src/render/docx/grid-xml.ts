import type { ContentCell, GridTable } from '../../document/model.js';
import { InternalError } from '../../model/diagnostic.js';
import { asciiBytes, type Utf8ChunkWriter } from '../../xml/text.js';
import { keptRows, mapSlots } from './grid.js';
import { runsXml } from './paragraph-xml.js';
import { TABLE_FONT_SIZE, tableCellStyle } from './typography.js';

/**
 * A grid's rows as WordprocessingML, written into `out` one `w:tr` at a time, each row a part of its own (a large
 * table is never held whole, and a chunk never ends inside a row); yields the chunks the rows complete. Byte for
 * byte what docx 9.7 wrote for the same TableRow options (grid-xml.test.ts holds the two together,
 * tests/render/docx-reference.ts). docx spent about 0.1 ms per cell turning its objects into XML, which made the
 * table pages nearly all of the writer's time (bench/RESULTS.md); table.ts writes the table around these rows.
 * A cell's tags, everything but its text, are the same for every cell of its column, span, merge and style: they
 * are encoded once per table (CellTags) and the text is escaped straight into the bytes, so no string is built per
 * cell (building each row as a string and encoding it was most of the time spent writing word/document.xml).
 */
export function* writeGridRows(table: GridTable, widths: readonly number[], out: Utf8ChunkWriter): Generator<Uint8Array> {
  const slots = mapSlots(table);
  const size = TABLE_FONT_SIZE[table.density];
  const keep = keptRows(table);
  const height = Math.round(size * 20 * 1.6);
  const rowProps = (header: boolean) => asciiBytes(`<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : '<w:tblHeader w:val="false"/>'}<w:trHeight w:val="${height}" w:hRule="atLeast"/></w:trPr>`);
  const [headerRow, bodyRow] = [rowProps(true), rowProps(false)];
  const tags = new CellTags(widths, DENSITIES.indexOf(table.density), cellParagraphProps(tableCellStyle(false, size), tableCellStyle(true, size)));
  for (let r = 0; r < slots.length; r++) {
    const row = slots[r] ?? [];
    out.ascii(r < table.headerRows ? headerRow : bodyRow);
    const keepNext = keep.has(r);
    for (let c = 0; c < row.length; ) {
      const slot = row[c];
      if (!slot) throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列没有单元格`);
      const span = slot.cell.colSpan;
      if (slot.kind === 'covered' && slot.col === c) {
        out.ascii(tags.covered(c, span, keepNext));
      } else if (slot.kind === 'origin') {
        const cell = slot.cell;
        const simple = simpleText(cell.text);
        out.ascii(tags.origin(c, cell, keepNext, simple));
        if (simple) {
          out.escaped(cell.text);
          out.ascii(SIMPLE_CELL_END);
        } else {
          out.xml(runsXml(cell.text, cell.bold === true ? BOLD : ''));
          out.ascii(CELL_END);
        }
      } else throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列的合并区域不完整`);
      c += span;
    }
    out.ascii(ROW_END);
    const chunk = out.endPart();
    if (chunk) yield chunk;
  }
}

/**
 * The opening tags of a table's cells, each encoded once for its width, span, merge, style, keep-with-next and
 * boldness: everything of a covered cell (a `w:vMerge continue` cell holds an empty paragraph), an origin cell's up
 * to its text (with the run and `w:t` opened when the text is simple, see `simpleText`; runsXml writes the rest).
 * They are kept from table to table and document to document (MADE): the same kind of table has the same widths.
 */
class CellTags {
  constructor(
    private readonly widths: readonly number[],
    private readonly density: number,
    private readonly props: (header: boolean, keepNext: boolean, align: 'left' | 'center' | 'right' | undefined) => string,
  ) {}

  covered(c: number, span: number, keepNext: boolean): Uint8Array {
    const width = this.width(c, span);
    const key = this.key(width, span, 1 + (keepNext ? 8 : 0));
    return MADE.get(key) ?? made(key, `${opening(width, span)}<w:vMerge w:val="continue"/></w:tcPr><w:p><w:pPr>${this.props(false, keepNext, undefined)}</w:pPr></w:p></w:tc>`);
  }

  origin(c: number, cell: ContentCell, keepNext: boolean, simple: boolean): Uint8Array {
    const span = cell.colSpan;
    const width = this.width(c, span);
    const restart = cell.rowSpan > 1;
    const header = cell.role === 'header';
    const bold = cell.bold === true;
    const key = this.key(width, span, (restart ? 2 : 0) + (header ? 4 : 0) + (keepNext ? 8 : 0) + ALIGN_FLAG[cell.align] + (bold ? 64 : 0) + (simple ? 128 : 0));
    const tags = MADE.get(key);
    if (tags) return tags;
    const merge = restart ? '<w:vMerge w:val="restart"/>' : '';
    const run = simple ? `<w:r>${bold ? BOLD : ''}<w:t xml:space="preserve">` : '';
    return made(key, `${opening(width, span)}${merge}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr>${this.props(header, keepNext, cell.align)}</w:pPr>${run}`);
  }

  private width(c: number, span: number): number {
    let width = 0;
    for (let i = c; i < c + span; i++) width += this.widths[i] ?? 0;
    return width;
  }

  /** The key of a cell's tags in MADE: its width, span, flags (below 256) and table density; -1 for none (never met). */
  private key(width: number, span: number, flags: number): number {
    return width >= 0 && width < 1 << 14 && Number.isInteger(width) && span < 64 && this.density >= 0 ? ((width * 64 + span) * 256 + flags) * 4 + this.density : -1;
  }
}

/** `w:tc` up to its width and span. */
function opening(width: number, span: number): string {
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}`;
}

/** Cells' tags by CellTags' key; let go whole when it holds MADE_MOST (tables of many other widths). */
const MADE = new Map<number, Uint8Array>();
const MADE_MOST = 4096;

function made(key: number, xml: string): Uint8Array {
  const bytes = asciiBytes(xml);
  if (key >= 0) {
    if (MADE.size >= MADE_MOST) MADE.clear();
    MADE.set(key, bytes);
  }
  return bytes;
}

const ALIGN_FLAG = { left: 16, center: 32, right: 48 } as const;
const DENSITIES = Object.keys(TABLE_FONT_SIZE);

/**
 * Text that `printable` leaves alone and that holds no line break or tab (nearly every cell's): written as one run
 * whose text is escaped into the bytes (Utf8ChunkWriter.escaped, the escape of escapeAsDocx); any other goes
 * through runsXml. The test of paragraph-xml.ts's SIMPLE, by character: a figure is a few.
 */
function simpleText(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x20 || (c >= 0xd800 && c < 0xe000) || c >= 0xfffe) return false;
  }
  return true;
}

/**
 * A cell paragraph's properties: its style (font, size, spacing: `text` or `heading`), keep-with-next and alignment
 * (none for a vMerge continuation).
 */
function cellParagraphProps(text: string, heading: string): (header: boolean, keepNext: boolean, align: 'left' | 'center' | 'right' | undefined) => string {
  return (header, keepNext, align) => `<w:pStyle w:val="${header ? heading : text}"/>${keepNext ? '<w:keepNext/>' : ''}${align ? `<w:jc w:val="${align}"/>` : ''}`;
}

/** The run properties of a bold cell's text (font and size come from the paragraph style). */
const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>';
const SIMPLE_CELL_END = asciiBytes('</w:t></w:r></w:p></w:tc>');
const CELL_END = asciiBytes('</w:p></w:tc>');
const ROW_END = asciiBytes('</w:tr>');
