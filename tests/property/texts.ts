import type { BudgetDocument, Part } from '../../src/document/model.js';
import { Decimal } from '../../src/model/money.js';

/** Every text the document prints: headings, paragraphs, TOC lines and table cells. */
export function documentTexts(document: BudgetDocument): string[] {
  return document.parts.flatMap((part) =>
    part.blocks.flatMap((block) => {
      if (block.type === 'table') {
        const t = block.table;
        const cells = t.rows.flatMap((row) => row.flatMap((cell) => (cell.kind === 'content' ? [cell.text] : [])));
        return [t.label, t.title, t.subtitle ?? '', t.nameLine ?? '', t.unitLine ?? '', ...t.notes, ...cells];
      }
      if (block.type === 'toc') return [block.title, ...block.entries.map((e) => e.text)];
      return [block.type === 'partTitle' ? [block.label ?? '', block.title].join(' ') : block.text];
    }),
  );
}

/** The paragraphs of some parts, where shares and changes are worded. */
export function paragraphsOf(parts: readonly Part[]): string[] {
  return parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])));
}

/** Words a printed text must never hold: template leftovers and numbers that are not numbers. */
export const LEFTOVERS = /（减少）|（下降）|增加（减少）|增长（下降）|undefined|NaN|Infinity|\[object|\{\{|\}\}/;

/**
 * The share pairs of a paragraph (`…，占A%；…，占B%`): none, or two that print to 100.00 together.
 * Returns the number of pairs found; throws with the paragraph when a pair does not add up.
 */
export function checkSharePairs(paragraph: string): number {
  const shares = [...paragraph.matchAll(/占(\d+(?:\.\d+)?)%/g)].map((m) => new Decimal(m[1] ?? 'NaN'));
  if (shares.length === 0) return 0;
  if (shares.length !== 2) throw new Error(`一段中应有 0 或 2 个占比：${paragraph}`);
  const total = Decimal.sum(...shares).toFixed(2);
  if (total !== '100.00') throw new Error(`占比之和为 ${total}%：${paragraph}`);
  return 1;
}
