import type { GridTable } from '../../document/model.js';
import type { Utf8ChunkWriter } from '../../xml/text.js';
import { CELL_MARGIN, columnWidths } from './column-widths.js';
import { tcField } from './fields.js';
import { writeGridRows } from './grid-xml.js';
import { paragraphXml, textRunsXml } from './paragraph-xml.js';
import type { TocMark } from './toc-targets.js';
import { FONT, LANDSCAPE_TEXT_WIDTH, SIZE, TABLE_FONT_SIZE } from './typography.js';

/**
 * One table page block (spec §3.0): `预算NN表` top left, the centred title (and subtitle), the name line
 * with `单位：万元` at the right edge, the grid, then the 注/备注 paragraphs. The 目录's TC fields for the
 * table sit in the label line, at the top of the table's first page. The paragraphs come as XML (paragraph-xml.ts),
 * the lines above the grid as one string and the notes as another; the grid is the table itself, which
 * `tableXml` writes.
 */
export function tableChildren(table: GridTable, marks: TocMark[] = []): (string | GridTable)[] {
  const label = marks.map((m) => tcField(m.text, m.level, FONT.heading)).join('') + textRunsXml(table.label, FONT.heading, SIZE.四号);
  const head = [paragraphXml({ keepNext: true, overflowPunct: true }, label), titleLine(table.title, FONT.title, SIZE.小二, table.subtitle ? 0 : 120)];
  if (table.subtitle) head.push(titleLine(table.subtitle, FONT.body, SIZE.四号, 120));
  const nameLine = [table.nameLine, table.unitLine].filter((t): t is string => Boolean(t)).join('\t');
  if (nameLine) head.push(nameParagraph(nameLine));
  const noteSize = Math.max(TABLE_FONT_SIZE[table.density], SIZE.五号);
  const notes = table.notes.map((note) => paragraphXml({ overflowPunct: true, spacing: { before: 60 } }, textRunsXml(note, FONT.body, noteSize)));
  return [head.join(''), table, ...(notes.length > 0 ? [notes.join('')] : [])];
}

function titleLine(text: string, font: typeof FONT.title | typeof FONT.body, size: number, after: number): string {
  return paragraphXml({ keepNext: true, overflowPunct: true, spacing: { after, before: 120 }, align: 'center' }, textRunsXml(text, font, size));
}

/** `部门名称：…` left, `单位：万元` right-aligned at the text edge by a right tab. */
function nameParagraph(text: string): string {
  return paragraphXml({ keepNext: true, overflowPunct: true, tabs: [{ val: 'right', pos: LANDSCAPE_TEXT_WIDTH }], spacing: { after: 60 } }, textRunsXml(text, FONT.body, SIZE.小四));
}

/**
 * A grid as a fixed-layout w:tbl over explicit column widths (w:tblLayout fixed, w:tblGrid) at the full text width,
 * written into `out` a part at a time: the table's properties and grid, each row (grid-xml.ts), then the closing
 * tag; yields the chunks they complete. Every edge of every cell is drawn once by the table's borders
 * (insideH/insideV), not by each cell: the same lines, and a quarter less XML per cell (bench/RESULTS.md). Byte for
 * byte what docx 9.7 wrote for the same Table options (tests/render/docx-skeleton.test.ts).
 */
export function* tableXml(table: GridTable, out: Utf8ChunkWriter): Generator<Uint8Array> {
  const widths = columnWidths(table, LANDSCAPE_TEXT_WIDTH);
  const margin = CELL_MARGIN[table.density];
  const margins = `<w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="${margin}"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="${margin}"/>`;
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  out.xml(`<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${LANDSCAPE_TEXT_WIDTH}"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/><w:tblCellMar>${margins}</w:tblCellMar></w:tblPr><w:tblGrid>${grid}</w:tblGrid>`);
  let chunk = out.endPart();
  if (chunk) yield chunk;
  yield* writeGridRows(table, widths, out);
  out.xml('</w:tbl>');
  chunk = out.endPart();
  if (chunk) yield chunk;
}

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
/** Single black ½ pt lines on every edge and between every row and column. */
const TABLE_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((edge) => `<w:${edge} ${LINE}/>`).join('')}</w:tblBorders>`;
