import * as z from 'zod';
import { BLANK_MARK, BlankAmount } from './blank.js';
import { Decimal } from './money.js';
import { TERMS } from './terms.js';

/** Largest amount accepted, in 万元: a safeguard against typos and hostile input. */
export const MAX_AMOUNT_DIGITS = 12;

/** A required text, trimmed, with a length limit; the title names it in messages. */
export const text = (title: string, max = 4000) =>
  z.string().trim().min(1, { message: `${title}不能为空` }).max(max, { message: `${title}不能超过${max}个字符` }).meta({ title });

export const optionalText = (title: string, max = 4000) => text(title, max).optional();

/** An amount with more whole digits than allowed: its message names the cap, not the decimals. */
const TOO_MANY_DIGITS = new RegExp(`^\\d{${MAX_AMOUNT_DIGITS + 1},}(\\.\\d*)?$`);
const AMOUNT = new RegExp(`^(${BLANK_MARK}|\\d{1,${MAX_AMOUNT_DIGITS}}(\\.\\d{1,2})?)$`);

/**
 * Money: a decimal string in 万元, ≥ 0, at most 2 decimals; becomes a Decimal at the boundary (spec §2.12).
 * `—` is read as a figure published as blank (blank.ts): accepted here, then allowed or refused by the profile.
 */
export const money = (title: string = TERMS.amount) =>
  z
    .string({ message: `${title}必须是数字字符串，例如 "12.30"` })
    .trim()
    .refine((s) => !TOO_MANY_DIGITS.test(s), { message: `${title}过大：整数部分最多 ${MAX_AMOUNT_DIGITS} 位（单位：万元）`, abort: true })
    .regex(AMOUNT, {
      message: `${title}必须是不小于0、最多两位小数的数字（单位：万元），例如 "12.30"`,
    })
    .transform((s): Decimal => (s === BLANK_MARK ? new BlankAmount() : new Decimal(s)))
    .meta({ title, description: `金额（万元），最多两位小数，字符串形式，例如 "12.30"；模板允许留空的项目可填 "${BLANK_MARK}"` });

/** A whole number ≥ 0 (vehicles, equipment). */
export const count = (title: string) =>
  z
    .number({ message: `${title}必须是整数` })
    .int({ message: `${title}必须是整数` })
    .min(0, { message: `${title}不能为负数` })
    .max(1_000_000, { message: `${title}过大` })
    .meta({ title });

/** A code matching `pattern`; `hint` completes the message. */
export const code = (title: string, pattern: RegExp, hint: string) =>
  z.string({ message: `${title}必须是文本` }).trim().regex(pattern, { message: `${title}${hint}` }).meta({ title });

/** A calendar date `YYYY-MM-DD` (the 资产 cut-off date). */
export const isoDate = (title: string) =>
  z
    .string({ message: `${title}必须是日期文本，例如 "2023-12-31"` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${title}必须写成“年-月-日”，例如 "2023-12-31"` })
    .refine(isCalendarDate, { message: `${title}不是有效日期` })
    .meta({ title, format: 'date' });

function isCalendarDate(s: string): boolean {
  const date = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
}
