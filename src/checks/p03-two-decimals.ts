import type { GridTable } from '../document/model.js';
import type { Diagnostic, Location } from '../model/diagnostic.js';
import type { AmountFormat } from '../model/money.js';
import { numberShape } from './compare.js';
import { finding, type DocumentRule } from './rule.js';
import type { DocumentView } from './view/document-view.js';
import { amountTexts, growthTexts, percentTexts, shareTexts } from './view/narrative.js';

type TableFormat = NonNullable<GridTable['amountFormat']>;

/** A table without a recorded format prints the seeds' way: 万元, 2 decimals, zero blank. */
const SEED_TABLE: TableFormat = { unit: '万元', decimals: 2, thousands: false, zeroDisplay: 'blank' };

/**
 * P03 (spec §5.2, §2.12): every amount prints in the document's own house style — the places and thousands
 * separators of its table (GridTable.amountFormat) or of the narrative (meta.style), the performance tables
 * included; a zero as the style shows it (blank, `0`, `0.00`, `—`; `—` also marks a figure published blank);
 * each share `占X%` and growth rate with the style's places (004's `20.7%` beside `79.30%`). A document that
 * does not record its style is read as the seeds' (2 decimals), its percentages all with one precision. Only
 * 第二部分 is read, with the input's free texts masked.
 */
export const p03: DocumentRule = {
  id: 'P03',
  layer: 'document',
  severity: 'error',
  tolerance: 'text',
  description: '金额按模板的小数位数和千位分隔符打印（表格及说明，含绩效表）；占比、增长率按模板的小数位数',
  run(view) {
    return [...tableFindings(this, view), ...narrativeFindings(this, view)];
  },
};

function tableFindings(rule: DocumentRule, view: DocumentView): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const t of view.tables) {
    const format = t.table.amountFormat ?? SEED_TABLE;
    const zeroOk = (zero: string) => zero === '' || zero === '—' || (zero === '0' && format.zeroDisplay === '0');
    const shape = rightShape(format);
    for (const r of t.body) {
      const row = t.table.rows[r];
      if (!row) continue;
      // The content cells of the row's own columns (a covered position holds no cell of its own).
      for (let c = 0; c < t.columns.length; c++) {
        const cell = row[c];
        if (cell?.kind !== 'content' || cell.role !== 'amount') continue;
        const text = cell.text.trim();
        if (shape?.test(text)) continue;
        const problem = amountProblem(text, format, zeroOk);
        if (problem) out.push(finding(rule, t.at(r, c), `金额“${cell.text}”${problem}`));
      }
    }
  }
  return out;
}

function narrativeFindings(rule: DocumentRule, view: DocumentView): Diagnostic[] {
  const out: Diagnostic[] = [];
  const style = view.style;
  const paragraphs = view.document.parts
    .flatMap((p) => p.blocks)
    .flatMap((b) => (b.type === 'paragraph' && b.section?.startsWith('explanation.') ? [{ section: b.section, text: view.masked(b.text) }] : []));
  for (const p of paragraphs) {
    const at: Location = { kind: 'narrative', section: p.section };
    const own = amountTexts(p.text).filter((a) => a.unit === style.narrativeAmount.unit);
    const bad = own.flatMap((a) => {
      const problem = amountProblem(a.text, style.narrativeAmount, (zero) => zero === '0');
      return problem ? [`“${a.text}${a.unit}”${problem}`] : [];
    });
    if (bad.length > 0) out.push(finding(rule, at, `金额${bad.join('、')}`));
    if (!view.styleKnown) continue;
    const rates = [...percentProblems(shareTexts(p.text), style.shareDecimals, '占比'), ...percentProblems(growthTexts(p.text), style.growthDecimals, '增长率')];
    if (rates.length > 0) out.push(finding(rule, at, rates.join('；')));
  }
  if (!view.styleKnown) out.push(...mixedPercents(rule, paragraphs));
  return out;
}

/**
 * What is wrong with a printed amount in a format, or undefined: its places, its separators. `zeroOk` says
 * which zero texts the style allows besides a zero in the format's places.
 */
function amountProblem(text: string, format: AmountFormat, zeroOk: (text: string) => boolean): string | undefined {
  if (zeroOk(text) || rightShape(format)?.test(text)) return undefined;
  // Only the shape of the number matters here: no Decimal is made for each amount printed.
  const n = numberShape(text);
  if (!n) return `不是按${places(format.decimals)}打印的金额`;
  if (n.decimals !== format.decimals) return `应为${places(format.decimals)}`;
  const grouped = text.includes(',');
  const needsGroups = n.integerDigits >= 4;
  if (format.thousands && needsGroups && !grouped) return '应加千位分隔符';
  if (!format.thousands && grouped) return '不应加千位分隔符';
  return undefined;
}

const shapes = new Map<string, RegExp>();

/**
 * The texts a format prints with nothing wrong, as one pattern (most amounts pass it; the rest are judged below):
 * its places exactly, and separators where the format has them (a whole part of up to three digits needs none).
 */
function rightShape(format: AmountFormat): RegExp | undefined {
  if (!Number.isInteger(format.decimals) || format.decimals < 0 || format.decimals > 20) return undefined;
  const key = `${format.decimals}${format.thousands ? ',' : ''}`;
  let shape = shapes.get(key);
  if (!shape) {
    const whole = format.thousands ? '(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3})' : '\\d+';
    const fraction = format.decimals > 0 ? `\\.\\d{${format.decimals}}` : '';
    shapes.set(key, (shape = new RegExp(`^[+-]?${whole}${fraction}$`)));
  }
  return shape;
}

function places(decimals: number): string {
  return decimals === 0 ? '整数' : `${decimals === 2 ? '两' : decimals}位小数`;
}

function percentProblems(texts: readonly string[], decimals: number, what: string): string[] {
  const wrong = texts.filter((t) => (t.split('.')[1]?.length ?? 0) !== decimals);
  return wrong.length > 0 ? [`${what}${wrong.map((t) => `“${t}%”`).join('、')}应为${places(decimals)}`] : [];
}

/** Without a recorded style: the narrative's percentages all show one precision. */
function mixedPercents(rule: DocumentRule, paragraphs: readonly { section: string; text: string }[]): Diagnostic[] {
  const seen = new Map<number, string>();
  for (const p of paragraphs) for (const pct of percentTexts(p.text)) seen.set(pct.split('.')[1]?.length ?? 0, `${p.section}：${pct}%`);
  if (seen.size <= 1) return [];
  const examples = [...seen.entries()].sort((a, b) => b[0] - a[0]);
  const [, wrong] = examples.at(-1) as [number, string];
  return [finding(rule, { kind: 'narrative', section: wrong.split('：')[0] as string }, `百分比小数位数不一致：${examples.map(([, e]) => e).join('；')}`)];
}
