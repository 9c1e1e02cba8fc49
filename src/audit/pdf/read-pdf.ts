import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UnreadableError, type ReadBlock, type ReadGrid } from '../read-model.js';
import { PAGE_NUMBER } from '../text/read-text.js';
import { gridOf, ruledTables } from './grid.js';
import { pageSegments } from './segments.js';

/** One piece of text pdf.js found on a page: its string, its baseline position and size (PDF units, y up). */
interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A printed line: the items that share a baseline, left to right. */
interface Line {
  y: number;
  height: number;
  items: Item[];
}

const require = createRequire(import.meta.url);

/** Where pdfjs-dist keeps its Adobe CMaps and standard fonts, for PDFs that do not embed theirs (file URLs, trailing slash). */
function pdfjsData(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${pathToFileURL(join(root, 'cmaps')).href}/`, standardFontDataUrl: `${pathToFileURL(join(root, 'standard_fonts')).href}/` };
}

/**
 * The printed lines of a PDF's text layer, page by page (issue 17: "via a maintained library such as pdfjs-dist";
 * no OCR). Items on one baseline make a line, joined with a space where the gap between them is wider than a
 * quarter of the text height (a cell boundary or a word gap); each line keeps its page and its line number.
 * A PDF without any text (a scan) or one pdf.js cannot open is UnreadableError with the reason in Chinese.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadBlock[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0, ...pdfjsData(), cMapPacked: true }).promise;
  } catch (error) {
    throw new UnreadableError(`不是有效的 PDF 文件（${error instanceof Error ? error.message : String(error)}）`);
  }
  const blocks: ReadBlock[] = [];
  let lineNumber = 0;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items = content.items.flatMap((i): Item[] => ('str' in i && i.str.trim() !== '' ? [{ str: i.str, x: i.transform[4] ?? 0, y: i.transform[5] ?? 0, width: i.width, height: Math.abs(i.height) || Math.abs(i.transform[3] ?? 0) || 10 }] : []));
      const operators = await page.getOperatorList();
      const placed = items.map((i) => ({ text: i.str, x: i.x, y: i.y, width: i.width, height: i.height }));
      // Ruled tables are read as grids from their borders (grid.ts); the rest of the page as lines.
      const grids = ruledTables(pageSegments(operators.fnArray, operators.argsArray)).flatMap((segments) => {
        const found = gridOf(segments, placed, () => ({ kind: 'line', line: 0, page: p }));
        return found ? [{ top: Math.max(...segments.map((s) => Math.max(s.y1, s.y2))), ...found }] : [];
      });
      const used = new Set(grids.flatMap((g) => [...g.used].map((r) => placed.indexOf(r))));
      const pageBlocks: { top: number; block: ReadBlock }[] = grids.map((g) => ({ top: g.top, block: { kind: 'grid', grid: g.grid } }));
      for (const line of linesOf(items.filter((_, i) => !used.has(i)))) {
        const text = textOf(line);
        const runs = line.items.map((i) => ({ text: i.str, x: i.x, width: i.width }));
        // The footer's page number (`- 7 -`) is not part of the document's text.
        if (!PAGE_NUMBER.test(text)) pageBlocks.push({ top: line.y, block: { kind: 'line', line: { text, place: { kind: 'line', line: 0, page: p }, runs, y: line.y, height: line.height } } });
      }
      for (const { block } of pageBlocks.sort((a, b) => b.top - a.top)) {
        lineNumber++;
        if (block.kind === 'line') blocks.push({ kind: 'line', line: { ...block.line, place: { kind: 'line', line: lineNumber, page: p } } });
        else blocks.push({ kind: 'grid', grid: renumbered(block.grid, lineNumber, p) });
      }
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  if (blocks.length === 0) throw new UnreadableError('PDF 中没有文字层（可能是扫描件或图片），无法读取；本工具不做文字识别（OCR）');
  return blocks;
}

/** A grid found on a page, its cells placed at the grid's line number on that page (a PDF table has no rows of its own to count). */
function renumbered(grid: ReadGrid, line: number, page: number): ReadGrid {
  const place = { kind: 'line' as const, line, page };
  return { ...grid, place, rows: grid.rows.map((row) => row.map((cell) => (cell ? { ...cell, place } : null))) };
}

/** Groups items into lines by baseline (within half the text height), top to bottom, each left to right. */
function linesOf(items: readonly Item[]): Line[] {
  const lines: Line[] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(l.height, item.height) / 2);
    if (line) line.items.push(item);
    else lines.push({ y: item.y, height: item.height, items: [item] });
  }
  lines.sort((a, b) => b.y - a.y);
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

function textOf(line: Line): string {
  let out = '';
  let end: number | undefined;
  for (const item of line.items) {
    const gap = end === undefined ? 0 : item.x - end;
    if (end !== undefined && gap > item.height / 4) out += ' ';
    out += item.str;
    end = item.x + item.width;
  }
  return out;
}
