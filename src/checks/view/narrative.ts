import { ZERO } from '../../model/money.js';
import { exactly, parseNumber, printedAmount, printedRate, type Quantity } from '../compare.js';

const NUM = '(\\d+(?:\\.\\d+)?)';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A narrative amount: `0` and `0.00` are an exact zero (the profile's zero style, spec §2.12). */
export function narrativeAmount(text: string): Quantity | undefined {
  const n = parseNumber(text);
  if (n?.value.isZero()) return exactly(ZERO);
  return printedAmount(text);
}

/** The amount printed right after `label`: `收入总计3374.03万元` → 3374.03. */
export function amountAfter(text: string, label: string): Quantity | undefined {
  const m = new RegExp(`${escape(label)}${NUM}万元`).exec(text);
  return m ? narrativeAmount(m[1] as string) : undefined;
}

/** The raw number text printed after `label` and before `万元` (for the 2-decimal check). */
export function amountTextAfter(text: string, label: string): string | undefined {
  return new RegExp(`${escape(label)}${NUM}万元`).exec(text)?.[1];
}

/** `{label}{X}万元，占{P}%`: the amount and its printed share. */
export function shareAfter(text: string, label: string): { amount: Quantity; share: Quantity; shareText: string } | undefined {
  const m = new RegExp(`${escape(label)}${NUM}万元，占${NUM}%`).exec(text);
  if (!m) return undefined;
  const amount = narrativeAmount(m[1] as string);
  const share = printedRate(m[2] as string);
  return amount && share ? { amount, share, shareText: m[2] as string } : undefined;
}

/** Every `增加|减少 X万元，增长|下降 G%` clause after `subject` (subject '' = any). */
export function changeClauses(text: string, subject = ''): { verb: string; delta: Quantity; growWord: string; growth: Quantity; raw: string }[] {
  const re = new RegExp(`${escape(subject)}(增加|减少)${NUM}万元，(增长|下降)${NUM}%`, 'g');
  return [...text.matchAll(re)].flatMap((m) => {
    const delta = narrativeAmount(m[2] as string);
    const growth = printedRate(m[4] as string);
    return delta && growth ? [{ verb: m[1] as string, delta, growWord: m[3] as string, growth, raw: m[0] }] : [];
  });
}

/** Every amount printed with `万元`, except thresholds such as `单位价值50万元以上` (spec §2.9 十(四)). */
export function amountTexts(text: string): string[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)万元(以上|以下)?/g)].filter((m) => !m[2]).map((m) => m[1] as string);
}

/** Every percentage in a text, as printed (without `%`). */
export function percentTexts(text: string): string[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => m[1] as string);
}

/** An integer printed after `label` and before `unit`: `共有车辆3辆`. */
export function countAfter(text: string, label: string, unit: string): number | undefined {
  const m = new RegExp(`${escape(label)}(\\d+)${escape(unit)}`).exec(text);
  return m ? Number(m[1]) : undefined;
}
