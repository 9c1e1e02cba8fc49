import type { GridTable } from '../../document/model.js';
import { InternalError } from '../../model/diagnostic.js';
import { utf8Chunks } from '../../xml/text.js';
import { columnWidths } from './column-widths.js';
import { keptRows, mapSlots } from './grid.js';
import { runsXml } from './paragraph-xml.js';
import { TABLE_FONT_SIZE, tableCellStyle } from './typography.js';

/**
 * The rows `gridRows` (grid.ts) builds, serialised directly to the same WordprocessingML, byte for byte
 * (grid-xml.test.ts holds the two together). docx 9.7 spends about 0.1 ms per cell turning its objects into
 * XML, which made the table pages nearly all of the writer's time (bench/RESULTS.md); package.ts splices
 * these rows into the table docx laid out around them.
 */
export function gridRowsXml(table: GridTable, widths: readonly number[]): string {
  return [...gridRowStrings(table, widths)].join('');
}

/** `gridRowsXml` one `w:tr` at a time, so a large table is never held as one string. */
export function* gridRowStrings(table: GridTable, widths: readonly number[]): Generator<string> {
  const slots = mapSlots(table);
  const size = TABLE_FONT_SIZE[table.density];
  const keep = keptRows(table);
  const height = Math.round(size * 20 * 1.6);
  const parts = memo(partsXml);
  const text = tableCellStyle(false, size);
  const heading = tableCellStyle(true, size);
  for (let r = 0; r < slots.length; r++) {
    const row = slots[r] ?? [];
    const out = [`<w:tr><w:trPr><w:cantSplit/>${r < table.headerRows ? '<w:tblHeader/>' : '<w:tblHeader w:val="false"/>'}<w:trHeight w:val="${height}" w:hRule="atLeast"/></w:trPr>`];
    const keepNext = keep.has(r);
    for (let c = 0; c < row.length; ) {
      const slot = row[c];
      if (!slot) throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列没有单元格`);
      const span = slot.cell.colSpan;
      let width = 0;
      for (let i = c; i < c + span; i++) width += widths[i] ?? 0;
      const gridSpan = span > 1 ? `<w:gridSpan w:val="${span}"/>` : '';
      if (slot.kind === 'covered' && slot.col === c) {
        out.push(`<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${gridSpan}<w:vMerge w:val="continue"/></w:tcPr><w:p><w:pPr>${parts(`${text}|${keepNext}|`)}</w:pPr></w:p></w:tc>`);
      } else if (slot.kind === 'origin') {
        const cell = slot.cell;
        const merge = cell.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '';
        const style = cell.role === 'header' ? heading : text;
        out.push(`<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${gridSpan}${merge}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr>${parts(`${style}|${keepNext}|${cell.align}`)}</w:pPr>${runsXml(cell.text, cell.bold === true ? BOLD : '')}</w:p></w:tc>`);
      } else throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列的合并区域不完整`);
      c += span;
    }
    out.push('</w:tr>');
    yield out.join('');
  }
}

/** A cell paragraph's properties, `style|keepNext|align`: its style (font, size, spacing), keep-with-next and alignment. */
function partsXml(key: string): string {
  const [style, keepNext, align] = key.split('|');
  return `<w:pStyle w:val="${style ?? ''}"/>${keepNext === 'true' ? '<w:keepNext/>' : ''}${align ? `<w:jc w:val="${align}"/>` : ''}`;
}

/** The run properties of a bold cell's text (font and size come from the paragraph style). */
const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>';

function memo(make: (key: string) => string): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make(key);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * The text of the one placeholder row table.ts gives each grid. Printed text never holds U+0001 (`printable`
 * drops it), so the marker cannot be forged by an input.
 */
export function gridMarker(table: GridTable): string {
  return `\u0001grid:${table.id}\u0001`;
}

/**
 * The text of the placeholder paragraph sections.ts gives docx for `narrative[index]`, a run of paragraphs
 * written as XML (paragraph-xml.ts); unforgeable for the same reason.
 */
export function narrativeMarker(index: number): string {
  return `\u0001xml:${index}\u0001`;
}

/** A grid's placeholder row (group 1: the table id) or a narrative placeholder paragraph (group 2: its index). */
const PLACEHOLDER = /<w:tr>(?:(?!<\/w:tr>).)*?\u0001grid:([^\u0001<]*)\u0001(?:(?!<\/w:tr>).)*<\/w:tr>|<w:p><w:r><w:t xml:space="preserve">\u0001xml:(\d+)\u0001<\/w:t><\/w:r><\/w:p>/gs;

/** What package.ts splices into docx's word/document.xml. */
export interface DocumentSplices {
  tables: readonly GridTable[];
  /** The table column's width (twips), which the grid widths are scaled to. */
  textWidth: number;
  /** The XML of each narrative placeholder, by index (sections.ts). */
  narrative: readonly string[];
  /** Applied, in order, to docx's XML between the placeholders (not to what replaces them). */
  edit?: (between: string) => string;
}

/**
 * word/document.xml as UTF-8 chunks of about 1 MB: docx's XML with each grid's placeholder row replaced by
 * the grid's rows (widths as table.ts lays them), each narrative placeholder by its paragraphs, and the XML between
 * them passed through `edit`. A 2,000-project document's XML is over 100 MB; built as one string it held the
 * writer's peak memory above 800 MB (bench/RESULTS.md).
 */
export function documentXmlChunks(xml: string, splices: DocumentSplices): Generator<Uint8Array> {
  return utf8Chunks(documentXmlParts(xml, splices));
}

/** documentXmlChunks' text, a piece at a time; the XML between placeholders goes out with the piece after it. */
function* documentXmlParts(xml: string, splices: DocumentSplices): Generator<string> {
  const { tables, textWidth, narrative, edit = (x: string) => x } = splices;
  const byId = new Map(tables.map((t) => [t.id, t]));
  if (byId.size !== tables.length) throw new InternalError('文档中有两张表的编号相同，无法写出表格');
  let lead = '';
  let last = 0;
  let spliced = 0;
  let paragraphs = 0;
  for (const match of xml.matchAll(PLACEHOLDER)) {
    lead += edit(xml.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[2] !== undefined) {
      const text = narrative[Number(match[2])];
      if (text === undefined) throw new InternalError(`Word 文档中有未知段落占位 ${match[2]}`);
      yield lead + text;
      lead = '';
      paragraphs++;
      continue;
    }
    const table = byId.get(match[1] ?? '');
    if (!table) throw new InternalError(`Word 文档中有未知表格 ${match[1] ?? ''} 的占位行`);
    for (const row of gridRowStrings(table, columnWidths(table, textWidth))) {
      yield lead + row;
      lead = '';
    }
    spliced++;
  }
  if (spliced !== tables.length) throw new InternalError(`Word 文档应有 ${tables.length} 张表，写出了 ${spliced} 张`);
  if (paragraphs !== narrative.length) throw new InternalError(`Word 文档应有 ${narrative.length} 处段落，写出了 ${paragraphs} 处`);
  yield lead + edit(xml.slice(last));
}
