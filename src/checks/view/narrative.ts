import { ZERO } from '../../model/money.js';
import { exactly, parseNumber, parsedAmount, printedRate, type PrintedUnit, type Quantity } from '../compare.js';

/**
 * Narrative figures as printed in any house style (issue 14): an amount has optional thousands separators and
 * any number of decimals, and says its own unit (`3374.03万元`, `33,740,300.00元`); a change reads
 * `增加|增长|减少|下降 X元，增长|下降|增加|减少 G%` (the profile's verbs). Every amount read is in 万元.
 */
const NUM = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const UNIT = '(万元|元)';
const PCT = '(\\d+(?:\\.\\d+)?)%';
const AMOUNT_VERB = '(增加|减少|增长|下降)';
const RATE_VERB = '(增长|下降|增加|减少)';
const UP = new Set(['增加', '增长']);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The patterns of one form (`label` + NUM + UNIT, …), compiled once per label: the labels are the rules' own words,
 * asked for on every document, and a pattern is found by its label alone (no source string is built per call). Only
 * non-global patterns and patterns given to matchAll (which copies them) are shared, so no `lastIndex` leaks.
 */
function patterns(source: (label: string) => string, flags = ''): (label: string) => RegExp {
  const compiled = new Map<string, RegExp>();
  return (label) => {
    let re = compiled.get(label);
    if (!re) compiled.set(label, (re = new RegExp(source(escape(label)), flags)));
    return re;
  };
}

const amountPattern = patterns((label) => `${label}${NUM}${UNIT}`);
const sharePattern = patterns((label) => `${label}${NUM}${UNIT}，占${PCT}`);
const changePattern = patterns((subject) => `${subject}${AMOUNT_VERB}${NUM}${UNIT}，${RATE_VERB}${PCT}`, 'g');
/** Count patterns (`共有车辆` + digits + `辆`) by unit word, then by label. */
const countPatterns = new Map<string, (label: string) => RegExp>();
function countPattern(label: string, unit: string): RegExp {
  let byLabel = countPatterns.get(unit);
  if (!byLabel) countPatterns.set(unit, (byLabel = patterns((l) => `${l}(\\d+)${escape(unit)}`)));
  return byLabel(label);
}
/** Given to matchAll only, which copies it. */
const AMOUNTS = new RegExp(`${NUM}${UNIT}(以上|以下)?`, 'g');

/** A narrative amount in 万元: `0` and `0.00` are an exact zero (the profile's zero style, spec §2.12). */
export function narrativeAmount(text: string, unit: string = '万元'): Quantity | undefined {
  const n = parseNumber(text);
  if (n?.value.isZero() || text.trim() === '') return exactly(ZERO);
  return parsedAmount(n, unit === '元' ? '元' : '万元');
}

/** The amount printed right after `label`: `收入总计3374.03万元` → 3374.03, `收入总计33,740,300.00元` → 3374.03. */
export function amountAfter(text: string, label: string): Quantity | undefined {
  const m = amountPattern(label).exec(text);
  return m ? narrativeAmount(m[1] as string, m[2] as string) : undefined;
}

/** `{label}{X}万元，占{P}%`: the amount and its printed share. */
export function shareAfter(text: string, label: string): { amount: Quantity; share: Quantity; shareText: string } | undefined {
  const m = sharePattern(label).exec(text);
  if (!m) return undefined;
  const amount = narrativeAmount(m[1] as string, m[2] as string);
  const share = printedRate(m[3] as string);
  return amount && share ? { amount, share, shareText: m[3] as string } : undefined;
}

/** One printed change: its verb and direction, Δ (万元), the rate's verb and direction, the rate, as printed. */
export interface ChangeClause {
  verb: string;
  up: boolean;
  delta: Quantity;
  growWord: string;
  growUp: boolean;
  growth: Quantity;
  raw: string;
}

/** Every `增加|减少 X万元，增长|下降 G%` clause after `subject` (subject '' = any), in any of the profile's verbs and units. */
export function changeClauses(text: string, subject = ''): ChangeClause[] {
  return [...text.matchAll(changePattern(subject))].flatMap((m) => {
    const delta = narrativeAmount(m[2] as string, m[3] as string);
    const growth = printedRate(m[5] as string);
    const verb = m[1] as string;
    const growWord = m[4] as string;
    return delta && growth ? [{ verb, up: UP.has(verb), delta, growWord, growUp: UP.has(growWord), growth, raw: m[0] }] : [];
  });
}


/** A printed amount's number text and unit word. */
export interface AmountText {
  text: string;
  unit: PrintedUnit;
}

/** Every amount printed with its unit, except thresholds such as `单位价值50万元以上` (spec §2.9 十(四)). */
export function amountTexts(text: string): AmountText[] {
  return [...text.matchAll(AMOUNTS)].filter((m) => !m[3]).map((m) => ({ text: m[1] as string, unit: m[2] as PrintedUnit }));
}

/** Every percentage in a text, as printed (without `%`). */
export function percentTexts(text: string): string[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => m[1] as string);
}

/** The shares `占X%` of a text, as printed (without `%`). */
export function shareTexts(text: string): string[] {
  return [...text.matchAll(/占(\d+(?:\.\d+)?)%/g)].map((m) => m[1] as string);
}

/** The growth rates of a text's changes (`…万元，增长3.17%`), as printed (without `%`). */
export function growthTexts(text: string): string[] {
  // Every clause's rate, read off the match: its numbers always parse, so no clause is dropped and none need be made.
  return [...text.matchAll(changePattern(''))].map((m) => m[5] as string);
}

/** An integer printed after `label` and before `unit`: `共有车辆3辆`. */
export function countAfter(text: string, label: string, unit: string): number | undefined {
  const m = countPattern(label, unit).exec(text);
  return m ? Number(m[1]) : undefined;
}
