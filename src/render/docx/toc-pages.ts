import type { Block, BudgetDocument, GridTable, TocBlock } from '../../document/model.js';
import { CELL_MARGIN, columnWidths } from './column-widths.js';
import { balanceTitle, textEms } from './title-lines.js';
import { blockKey, tocTargets } from './toc-targets.js';
import { TOC_LINE } from './toc.js';
import { BODY_LINE, LANDSCAPE_TEXT_WIDTH, PAGE, PORTRAIT_TEXT_WIDTH, SIZE, TABLE_FONT_SIZE } from './typography.js';

/** Page numbers for the 目录's entries, and where they come from: a LibreOffice layout pass, or this estimate. */
export interface TocPages {
  pages: number[];
  source: 'libreoffice' | 'estimate';
}

/** Usable heights (twips) of the portrait and landscape text blocks. */
const PORTRAIT_BODY = PAGE.height - PAGE.portraitMargin.top - PAGE.portraitMargin.bottom;
const LANDSCAPE_BODY = PAGE.width - PAGE.landscapeMargin.top - PAGE.landscapeMargin.bottom;
/** Twips of one point; the single-spaced line of a CJK font is about 1.3 times its size. */
const TWIPS = 20;
const LINE_FACTOR = 1.3;

/**
 * The page each 目录 entry points to, estimated from the model as the .docx lays it out (sections.ts): the cover
 * is page 1, every part starts a page, narrative at 28 characters a line and 22 lines a page (3号 on the
 * GB/T 9704 block), headings kept with the next line, each table on landscape pages of its own, its rows at
 * their wrapped height with the header repeated. Word and LibreOffice lay out a little differently, so the
 * document says the numbers are estimates; a LibreOffice layout pass, when it runs, replaces them.
 */
export function estimateTocPages(doc: BudgetDocument): TocPages {
  const firstPage = blockPages(doc);
  const targets = tocTargets(doc);
  const pages: number[] = [];
  doc.parts.forEach((part, p) =>
    part.blocks.forEach((_, b) => {
      const key = blockKey(p, b);
      for (const _mark of targets.get(key) ?? []) pages.push(firstPage.get(key) ?? 1);
    }),
  );
  return { pages, source: 'estimate' };
}

/** The first page of every block, by `blockKey`. */
function blockPages(doc: BudgetDocument): Map<string, number> {
  const pages = new Map<string, number>();
  const cursor = { page: 0, used: 0 };
  const newPage = () => {
    cursor.page++;
    cursor.used = 0;
  };
  doc.parts.forEach((part, p) => {
    newPage();
    if (part.blocks.some((b) => b.type === 'table')) return layOutTables(part.blocks, p, pages, cursor, newPage);
    part.blocks.forEach((block, b) => {
      const height = blockHeight(block);
      const keep = block.type === 'heading' || block.type === 'partTitle' ? BODY_LINE.line : 0;
      if (cursor.used > 0 && cursor.used + Math.min(height, BODY_LINE.line) + keep > PORTRAIT_BODY) newPage();
      pages.set(blockKey(p, b), cursor.page);
      cursor.used += height;
      while (cursor.used > PORTRAIT_BODY) {
        cursor.page++;
        cursor.used -= PORTRAIT_BODY;
      }
    });
  });
  return pages;
}

/** A part of tables: each table opens landscape pages of its own; blocks before the first share its page. */
function layOutTables(blocks: readonly Block[], p: number, pages: Map<string, number>, cursor: { page: number; used: number }, newPage: () => void): void {
  let tables = 0;
  blocks.forEach((block, b) => {
    if (block.type !== 'table') {
      pages.set(blockKey(p, b), cursor.page);
      return;
    }
    if (tables++ > 0) newPage();
    pages.set(blockKey(p, b), cursor.page);
    cursor.page += tablePages(block.table) - 1;
  });
}

/** Height (twips) of a narrative block at the fixed body pitch. */
function blockHeight(block: Block): number {
  switch (block.type) {
    case 'partTitle':
      if (block.label === undefined) return PORTRAIT_BODY;
      return (1 + balanceTitle(block.title, SIZE.二号, PORTRAIT_TEXT_WIDTH).split('\n').length) * 640 + BODY_LINE.line;
    case 'heading':
      return lines(block.text, 2, SIZE.三号, PORTRAIT_TEXT_WIDTH) * BODY_LINE.line;
    case 'paragraph': {
      const indent = block.style === 'plain' || block.style === 'bold' ? 0 : 2;
      return lines(block.text, indent, SIZE.三号, PORTRAIT_TEXT_WIDTH) * BODY_LINE.line;
    }
    case 'toc':
      return 640 + BODY_LINE.line + tocLines(block) * TOC_LINE.line;
    case 'table':
      return LANDSCAPE_BODY;
  }
}

/** Lines a 目录 takes: one an entry, two for an entry too long to share its line with the page number. */
function tocLines(block: TocBlock): number {
  return block.entries.reduce((n, e) => n + (textEms(e.text) + 2 * (e.level - 1) + 3 > PORTRAIT_TEXT_WIDTH / (SIZE.三号 * TWIPS) ? 2 : 1), 0);
}

/**
 * Lines a text wraps to in `width` twips at `points`, with a first-line indent of `indent` characters: whole
 * characters a line for prose, the exact width in a table cell (a figure fits a column widened for it).
 */
function lines(text: string, indent: number, points: number, width: number, whole = true): number {
  const room = width / (points * TWIPS);
  const perLine = Math.max(1, whole ? Math.floor(room) : room);
  if (!text.includes('\n')) return Math.max(1, Math.ceil((textEms(text) + indent) / perLine - 1e-9));
  return text.split('\n').reduce((n, part, i) => n + Math.max(1, Math.ceil((textEms(part) + (i === 0 ? indent : 0)) / perLine - 1e-9)), 0);
}

/** Landscape pages a table takes: its title block, then its rows, the header rows repeated on every new page. */
function tablePages(table: GridTable): number {
  const size = TABLE_FONT_SIZE[table.density];
  const widths = columnWidths(table, LANDSCAPE_TEXT_WIDTH).map((w) => w - 2 * CELL_MARGIN[table.density]);
  const rowHeights = table.rows.map((row) => {
    let tallest = 1;
    let column = 0;
    for (const cell of row) {
      if (cell.kind === 'content') {
        const width = cell.colSpan === 1 ? (widths[column] ?? 0) : widths.slice(column, column + cell.colSpan).reduce((a, w) => a + w, 0);
        tallest = Math.max(tallest, Math.ceil(lines(cell.text, 0, size, Math.max(width, size * TWIPS), false) / cell.rowSpan));
        column += cell.colSpan;
      } else column++;
    }
    return Math.max(size * TWIPS * 1.6, tallest * size * TWIPS * LINE_FACTOR);
  });
  const header = rowHeights.slice(0, table.headerRows).reduce((a, h) => a + h, 0);
  let used = titleBlock(table) + header;
  let pages = 1;
  for (const height of rowHeights.slice(table.headerRows)) {
    if (used + height > LANDSCAPE_BODY && used > header) {
      pages++;
      used = header;
    }
    used += height;
  }
  const notes = table.notes.reduce((a, n) => a + lines(n, 0, SIZE.五号, LANDSCAPE_TEXT_WIDTH) * SIZE.五号 * TWIPS * LINE_FACTOR + 60, 0);
  return used + notes > LANDSCAPE_BODY ? pages + 1 : pages;
}

/** The label, title, subtitle and name line above a grid (table.ts). */
function titleBlock(table: GridTable): number {
  const line = (points: number) => points * TWIPS * LINE_FACTOR;
  return line(SIZE.四号) + 240 + line(SIZE.小二) + (table.subtitle ? line(SIZE.四号) + 240 : 0) + (table.nameLine || table.unitLine ? line(SIZE.小四) + 60 : 0);
}
