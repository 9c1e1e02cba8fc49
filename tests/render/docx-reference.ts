import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { ContentCell, GridTable } from '../../src/document/model.js';
import { InternalError } from '../../src/model/diagnostic.js';
import { keptRows, mapSlots } from '../../src/render/docx/grid.js';
import { CELL_MARGIN, columnWidths } from '../../src/render/docx/column-widths.js';
import { LANDSCAPE_TEXT_WIDTH, PAGE, TABLE_FONT_SIZE, printable, tableCellStyle } from '../../src/render/docx/typography.js';

// The document's sections, tables and rows as docx 9.7 builds them from its options: the reference the writer
// (which writes the same WordprocessingML directly: sections.ts, table.ts, grid-xml.ts) is held against, byte for
// byte (src/render/docx/grid-xml.test.ts, tests/render/docx-skeleton.test.ts).

/** A section as the writer laid it out with docx: A4 in its orientation, its margins, w:titlePg on the cover. */
export function referenceSection(landscape: boolean, cover: boolean, children: FileChild[]): ISectionOptions {
  const margin = landscape ? PAGE.landscapeMargin : PAGE.portraitMargin;
  const orientation = landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
  return { properties: { titlePage: cover, page: { size: { width: PAGE.width, height: PAGE.height, orientation }, margin: { ...margin, gutter: 0 } } }, children };
}

/** A grid as the writer laid it out with docx: fixed layout over explicit widths at the text width, borders on the table. */
export function referenceTable(table: GridTable): Table {
  const widths = columnWidths(table, LANDSCAPE_TEXT_WIDTH);
  const margin = CELL_MARGIN[table.density];
  return new Table({
    rows: gridRows(table, widths),
    columnWidths: widths,
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: { left: margin, right: margin, top: 0, bottom: 0, marginUnitType: WidthType.DXA },
  });
}

/**
 * The docx merge rule: a horizontal span is one `w:tc` with `w:gridSpan` (the covered positions to its right
 * are omitted); a vertical span is a `w:vMerge restart` cell followed, in each row below, by a
 * `w:vMerge continue` cell of the same gridSpan that we insert ourselves. docx 9.7's `rowSpan` option
 * inserts those cells on its own and misplaces them when several merges start in one row
 * (dolanmiu/docx #456, #695), so this writer never uses `rowSpan`.
 */
export function gridRows(table: GridTable, widths: number[]): TableRow[] {
  const slots = mapSlots(table);
  const size = TABLE_FONT_SIZE[table.density];
  const keep = keptRows(table);
  return slots.map((row, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < row.length; ) {
      const slot = row[c];
      if (!slot) throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列没有单元格`);
      const span = slot.cell.colSpan;
      const width = sum(widths.slice(c, c + span));
      if (slot.kind === 'covered' && slot.col === c) cells.push(continuation(span, width, size, keep.has(r)));
      else if (slot.kind === 'origin') cells.push(contentCell(slot.cell, width, size, keep.has(r)));
      else throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列的合并区域不完整`);
      c += span;
    }
    return new TableRow({
      children: cells,
      cantSplit: true,
      tableHeader: r < table.headerRows,
      height: { value: Math.round(size * 20 * 1.6), rule: HeightRule.ATLEAST },
    });
  });
}

function contentCell(cell: ContentCell, width: number, size: number, keepNext: boolean): TableCell {
  const header = cell.role === 'header';
  return new TableCell({
    children: [
      new Paragraph({
        ...cellParagraph(header, size, keepNext),
        alignment: ALIGN[cell.align],
        children: cellRuns(cell.text, cell.bold === true),
      }),
    ],
    width: { size: width, type: WidthType.DXA },
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    verticalMerge: cell.rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
  });
}

function continuation(span: number, width: number, size: number, keepNext: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph(cellParagraph(false, size, keepNext))],
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    verticalMerge: VerticalMergeType.CONTINUE,
  });
}

/** The cell's paragraph style (font, size, single spacing: typography.ts, tableCellStyle) and whether it keeps with the next row. */
function cellParagraph(header: boolean, size: number, keepNext: boolean) {
  const base = { style: tableCellStyle(header, size) };
  return keepNext ? { ...base, keepNext } : base;
}

/** A cell's text as runs taking font and size from the paragraph style; `\n` a line break, `\t` a tab. */
function cellRuns(text: string, bold: boolean): TextRun[] {
  return printable(text)
    .split('\n')
    .map((line, i) => {
      const children = line.split('\t').flatMap((part, j) => (j === 0 ? [part] : [new Tab(), part]));
      return new TextRun({ ...(bold ? { bold: true } : {}), children, ...(i > 0 ? { break: 1 } : {}) });
    });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/**
 * Every edge of every cell: set once on the table (w:tblBorders with insideH/insideV, table.ts), not on each
 * cell — the same lines, and a quarter less XML per cell (bench/RESULTS.md).
 */
export const TABLE_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
