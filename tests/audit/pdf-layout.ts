import type { BudgetDocument } from '../../src/document/model.js';
import { pdfOf, type PdfText } from './pdf-fixture.js';

const LINE = 12;
const SIZE = 8;

/** Each column's left edge: wide enough for its widest single-column cell (8 points a character), 6 points apart. */
function columnLefts(rows: BudgetDocument['parts'][number]['blocks'] extends (infer B)[] ? (B extends { type: 'table'; table: { rows: infer R } } ? R : never) : never): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => { if (cell.kind === 'content' && cell.colSpan === 1) widths[c] = Math.max(widths[c] ?? 24, [...cell.text].length * SIZE); });
  const lefts: number[] = [];
  let x = 10;
  (widths.length ? widths : [24]).forEach((w, c) => { lefts[c] = x; x += (w ?? 24) + 6; });
  return lefts;
}
const TOP = 560;
const PER_PAGE = 44;

/**
 * A document model laid out on PDF pages as a word processor would print it, simplified: each paragraph wrapped
 * at 38 characters, each table row one line with every cell at its column's left edge (columns 60 points apart),
 * a page number `- N -` at each page's foot. For testing the PDF reader without LibreOffice.
 */
export function documentPdf(document: BudgetDocument): Buffer {
  const lines: PdfText[][] = [];
  const text = (t: string) => lines.push([{ x: 40, y: 0, text: t }]);
  for (const part of document.parts)
    for (const block of part.blocks) {
      if (block.type === 'partTitle') [block.label, block.title].filter((t): t is string => Boolean(t)).forEach(text);
      else if (block.type === 'toc') [block.title, ...block.entries.map((e) => e.text)].forEach(text);
      else if (block.type === 'heading') text(block.text);
      else if (block.type === 'paragraph') for (let i = 0; i < block.text.length; i += 38) text(block.text.slice(i, i + 38));
      else {
        const t = block.table;
        [t.label, t.title, t.subtitle].filter((x): x is string => Boolean(x)).forEach(text);
        if (t.nameLine || t.unitLine) lines.push([{ x: 40, y: 0, text: t.nameLine ?? '' }, { x: 700, y: 0, text: t.unitLine ?? '' }].filter((x) => x.text));
        const left = columnLefts(t.rows);
        for (const row of t.rows) lines.push(row.flatMap((cell, c) => (cell.kind === 'content' && cell.text ? [{ x: left[c] ?? 20, y: 0, text: cell.text.replace(/\n/g, ''), size: 8 }] : [])));
        t.notes.forEach(text);
      }
    }
  const pages: PdfText[][] = [];
  lines.forEach((runs, i) => {
    const page = (pages[Math.floor(i / PER_PAGE)] ??= []);
    for (const run of runs) page.push({ ...run, y: TOP - (i % PER_PAGE) * LINE });
  });
  pages.forEach((page, i) => page.push({ x: 410, y: 20, text: `- ${i + 1} -` }));
  // Wide enough for the widest table laid out at 8 points a character (a real PDF wraps cells instead).
  return pdfOf(pages, [4000, 595]);
}
