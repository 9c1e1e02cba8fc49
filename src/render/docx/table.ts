import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { GridTable } from '../../document/model.js';
import { CELL_MARGIN, columnWidths } from './column-widths.js';
import { tcField } from './fields.js';
import { gridMarker } from './grid-xml.js';
import { TABLE_BORDERS } from './grid.js';
import { paragraphXml, textRunsXml } from './paragraph-xml.js';
import type { TocMark } from './toc-targets.js';
import { FONT, LANDSCAPE_TEXT_WIDTH, SIZE, TABLE_FONT_SIZE } from './typography.js';

/**
 * One table page block (spec §3.0): `预算NN表` top left, the centred title (and subtitle), the name line
 * with `单位：万元` at the right edge, the grid, then the 注/备注 paragraphs. The 目录's TC fields for the
 * table sit in the label line, at the top of the table's first page. The paragraphs come as XML (paragraph-xml.ts),
 * the lines above the grid as one string and the notes as another; the grid is a docx Table.
 */
export function tableChildren(table: GridTable, marks: TocMark[] = []): (string | Table)[] {
  const label = marks.map((m) => tcField(m.text, m.level, FONT.heading)).join('') + textRunsXml(table.label, FONT.heading, SIZE.四号);
  const head = [paragraphXml({ keepNext: true, overflowPunct: true }, label), titleLine(table.title, FONT.title, SIZE.小二, table.subtitle ? 0 : 120)];
  if (table.subtitle) head.push(titleLine(table.subtitle, FONT.body, SIZE.四号, 120));
  const nameLine = [table.nameLine, table.unitLine].filter((t): t is string => Boolean(t)).join('\t');
  if (nameLine) head.push(nameParagraph(nameLine));
  const noteSize = Math.max(TABLE_FONT_SIZE[table.density], SIZE.五号);
  const notes = table.notes.map((note) => paragraphXml({ overflowPunct: true, spacing: { before: 60 } }, textRunsXml(note, FONT.body, noteSize)));
  return [head.join(''), grid(table), ...(notes.length > 0 ? [notes.join('')] : [])];
}

function titleLine(text: string, font: typeof FONT.title | typeof FONT.body, size: number, after: number): string {
  return paragraphXml({ keepNext: true, overflowPunct: true, spacing: { after, before: 120 }, align: 'center' }, textRunsXml(text, font, size));
}

/** `部门名称：…` left, `单位：万元` right-aligned at the text edge by a right tab. */
function nameParagraph(text: string): string {
  return paragraphXml({ keepNext: true, overflowPunct: true, tabs: [{ val: 'right', pos: LANDSCAPE_TEXT_WIDTH }], spacing: { after: 60 } }, textRunsXml(text, FONT.body, SIZE.小四));
}

/** A fixed-layout table over explicit grid widths (w:tblLayout fixed, w:tblGrid), full text width. */
function grid(table: GridTable): Table {
  const widths = columnWidths(table, LANDSCAPE_TEXT_WIDTH);
  const margin = CELL_MARGIN[table.density];
  return new Table({
    // One placeholder row; package.ts splices in the rows gridRowsXml writes (docx's serialiser is too slow for them).
    rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph({ children: [new TextRun(gridMarker(table))] })] })] })],
    columnWidths: widths,
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: { left: margin, right: margin, top: 0, bottom: 0, marginUnitType: WidthType.DXA },
  });
}
