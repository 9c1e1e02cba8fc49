import type { Diagnostic } from '../model/diagnostic.js';
import { finding, type DocumentRule } from './rule.js';
import { amountTexts, percentTexts } from './view/narrative.js';

const TWO_DECIMALS = /^\d+\.\d{2}$/;
const ZERO = /^0(\.00)?$/;

/**
 * P03 (spec §5.2, §2.12): amounts print with 2 decimals everywhere, the performance tables included (a
 * narrative zero may print `0` per the profile); the narrative's percentages all show the same number of
 * decimals (004's `20.7%` beside `79.30%`). Only 第二部分 is read, with the input's free texts masked.
 */
export const p03: DocumentRule = {
  id: 'P03',
  layer: 'document',
  severity: 'error',
  tolerance: 'text',
  description: '金额一律两位小数（表格及说明，含绩效表）；说明中的百分比小数位数一致',
  run(view) {
    const out: Diagnostic[] = [];
    for (const t of view.tables)
      for (const r of t.body)
        t.columns.forEach((c) => {
          const cell = t.cell(r, c.index);
          if (!cell || cell.role !== 'amount' || cell.text.trim() === '' || TWO_DECIMALS.test(cell.text.trim())) return;
          out.push(finding(this, t.at(r, c.index), `金额“${cell.text}”应为两位小数`));
        });
    const paragraphs = view.document.parts
      .flatMap((p) => p.blocks)
      .flatMap((b) => (b.type === 'paragraph' && b.section?.startsWith('explanation.') ? [{ section: b.section, text: view.masked(b.text) }] : []));
    const places = new Map<number, string>();
    for (const p of paragraphs) {
      const at = { kind: 'narrative' as const, section: p.section };
      const bad = amountTexts(p.text).filter((a) => !TWO_DECIMALS.test(a) && !ZERO.test(a));
      if (bad.length > 0) out.push(finding(this, at, `金额${bad.map((a) => `“${a}万元”`).join('、')}应为两位小数`));
      for (const pct of percentTexts(p.text)) places.set(pct.split('.')[1]?.length ?? 0, `${at.section}：${pct}%`);
    }
    if (places.size > 1) {
      const examples = [...places.entries()].sort((a, b) => b[0] - a[0]);
      const [, wrong] = examples.at(-1) as [number, string];
      out.push(finding(this, { kind: 'narrative', section: wrong.split('：')[0] as string }, `百分比小数位数不一致：${examples.map(([, e]) => e).join('；')}`));
    }
    return out;
  },
};
