import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  TableCell,
  TableRow,
  Tab,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { ContentCell, GridCell, GridTable } from '../../document/model.js';
import { InternalError } from '../../model/diagnostic.js';
import { TABLE_FONT_SIZE, printable, tableCellStyle } from './typography.js';

/** Where a grid position's cell comes from: a content cell, or the origin of the merge covering it. */
export type Slot = { kind: 'origin'; cell: ContentCell } | { kind: 'covered'; row: number; col: number; cell: ContentCell };

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

/** Checks the grid (every position is content or covered by exactly one merge) and maps each position. */
export function mapSlots(table: GridTable): Slot[][] {
  const width = table.columns.length;
  const slots: (Slot | undefined)[][] = table.rows.map(() => Array<Slot | undefined>(width).fill(undefined));
  table.rows.forEach((row, r) => {
    if (row.length !== width) throw new InternalError(`${table.label} 第${r + 1}行有${row.length}列，应为${width}列`);
    row.forEach((cell, c) => {
      if (cell.kind === 'content') claim(table, slots, r, c, cell);
    });
  });
  return slots.map((row, r) =>
    row.map((slot, c) => {
      const cell: GridCell | undefined = table.rows[r]?.[c];
      if (!slot) throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列是被合并的位置，但没有合并区域覆盖它`);
      if (slot.kind === 'covered' && cell?.kind !== 'covered') throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列与合并区域重叠`);
      return slot;
    }),
  );
}

function claim(table: GridTable, slots: (Slot | undefined)[][], r: number, c: number, cell: ContentCell): void {
  for (let dr = 0; dr < cell.rowSpan; dr++) {
    for (let dc = 0; dc < cell.colSpan; dc++) {
      const row = slots[r + dr];
      if (!row || c + dc >= row.length) throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列的合并超出表格`);
      if (row[c + dc]) throw new InternalError(`${table.label} 第${r + dr + 1}行第${c + dc + 1}列被两个单元格占用`);
      row[c + dc] = dr === 0 && dc === 0 ? { kind: 'origin', cell } : { kind: 'covered', row: r, col: c, cell };
    }
  }
}

/**
 * Rows that keep with the next row (Word's way to hold rows together): every row of a keepTogether range but
 * its last, and a body row made only of header cells (a sub-header such as 一级指标…), which must not end a page.
 */
export function keptRows(table: GridTable): Set<number> {
  const rows = new Set<number>();
  for (const [first, last] of table.keepTogether ?? []) {
    for (let r = first; r < last; r++) rows.add(r);
  }
  table.rows.forEach((row, r) => {
    const cells = row.filter((c) => c.kind === 'content');
    if (r >= table.headerRows && r < table.rows.length - 1 && cells.length > 0 && cells.every((c) => c.role === 'header')) rows.add(r);
  });
  return rows;
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
