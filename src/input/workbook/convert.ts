import { BLANK_MARK } from '../../model/blank.js';
import { Decimal } from '../../model/money.js';
import { MAX_AMOUNT_DIGITS } from '../../model/schema-fields.js';
import { describeRaw, isoDate, type RawCell } from './raw-cell.js';
import type { FieldBase } from './spec.js';

/** A cell turned into a JSON value, or the reason it cannot be (an S08 message), or a warning. */
export interface Converted {
  value?: string | number | boolean;
  error?: string;
  warning?: string;
}

/** A float from a formula's cache is rounded only when this close to a 2-decimal amount. */
const FLOAT_TOLERANCE = new Decimal('1e-9');
/** A typed number's noise, relative to it: doubles carry 15–17 significant digits. */
const RELATIVE_NOISE = new Decimal('1e-12');
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]/g;
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
/** Dashes an officer types for a figure published blank: read as `—`; the profile decides whether it is allowed. */
const DASHES = /^[-—–―‒]{1,2}$/;

/** Converts one cell for a field: accepts what people really type, never guesses silently. */
export function convertCell(raw: RawCell, field: FieldBase, maxText: number): Converted {
  if (raw.kind === 'empty') return field.emptyAs === undefined ? {} : { value: field.emptyAs };
  if (raw.kind === 'no-result') {
    return { error: `${field.label}是公式但没有计算结果（${describeRaw(raw)}）：请在 Excel 或 WPS 中打开、保存后重试，或直接填写数值` };
  }
  if (raw.kind === 'error') return { error: `${field.label}的单元格是${describeRaw(raw)}：请改正公式或直接填写` };
  switch (field.kind) {
    case 'money':
      return toMoney(raw, field.label);
    case 'count':
      return toCount(raw, field.label);
    case 'bool':
      return toBool(raw, field.label);
    case 'code':
      return toCode(raw, field.label);
    case 'enum':
      return toChoice(raw, field);
    case 'date':
      return toDate(raw, field.label);
    case 'text':
      return toText(raw, field.label, maxText);
  }
}

/** Full-width digits and punctuation to ASCII (NFKC), every kind of space removed. */
export function normalizeToken(text: string): string {
  return text.normalize('NFKC').replace(SPACES, '');
}

function toMoney(raw: RawCell, label: string): Converted {
  if (raw.kind === 'number') return moneyFromNumber(raw.value, label, raw.computed ?? false);
  if (raw.kind === 'string') return moneyFromText(raw.text, label);
  if (raw.kind === 'date') {
    return { error: `${label}必须是数字，但单元格是${describeRaw(raw)}（Excel 可能把输入当成了日期）：请把单元格格式设为“数值”后重新填写` };
  }
  return { error: `${label}必须是数字，实际为${describeRaw(raw)}` };
}

/**
 * A number cell as an amount. A formula's result is rounded when it is within float noise of 2 decimals; a typed
 * number only when the noise is relative to it (a tiny typed value such as 1E-30 is not noise: it would print as
 * 0.00 and drop out of every total, so it is refused as JSON refuses it).
 */
function moneyFromNumber(value: number, label: string, computed: boolean): Converted {
  if (!Number.isFinite(value)) return { error: `${label}必须是数字，实际为 ${value}` };
  if (value < 0) return { error: `${label}不能为负数，实际为 ${value}` };
  const exact = new Decimal(value);
  const rounded = exact.toDecimalPlaces(2);
  if (tooManyDigits(rounded)) return { error: tooLarge(label, ` ${value}`) };
  if (exact.eq(rounded)) return { value: rounded.toFixed() };
  const noise = computed ? FLOAT_TOLERANCE : rounded.abs().times(RELATIVE_NOISE);
  if (exact.minus(rounded).abs().lte(noise)) return { value: rounded.toFixed() };
  return { error: `${label}最多两位小数（单位：万元），实际为 ${value}` };
}

/** More whole digits than an amount may have (MAX_AMOUNT_DIGITS): a typo or a figure typed in 元. */
function tooManyDigits(amount: Decimal): boolean {
  return amount.truncated().toFixed().length > MAX_AMOUNT_DIGITS;
}

function tooLarge(label: string, shown: string): string {
  return `${label}过大：整数部分最多 ${MAX_AMOUNT_DIGITS} 位（单位：万元），实际为${shown}`;
}

function moneyFromText(text: string, label: string): Converted {
  let token = normalizeToken(text);
  if (DASHES.test(token)) return { value: BLANK_MARK };
  if (THOUSANDS.test(token)) token = token.replace(/,/g, '');
  if (/^-\d/.test(token)) return { error: `${label}不能为负数，实际为“${text.trim()}”` };
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(token)) return { error: `${label}必须是数字，实际为“${text.trim()}”` };
  const amount = new Decimal(token);
  if (tooManyDigits(amount)) return { error: tooLarge(label, `“${text.trim()}”`) };
  if (amount.decimalPlaces() > 2) return { error: `${label}最多两位小数（单位：万元），实际为“${text.trim()}”` };
  return { value: amount.toFixed() };
}

function toCount(raw: RawCell, label: string): Converted {
  if (raw.kind === 'number') {
    return Number.isInteger(raw.value) ? { value: raw.value } : { error: `${label}必须是整数，实际为 ${raw.value}` };
  }
  if (raw.kind === 'string') {
    let token = normalizeToken(raw.text);
    if (THOUSANDS.test(token)) token = token.replace(/,/g, '');
    if (/^-?\d{1,15}$/.test(token)) return { value: Number(token) };
  }
  return { error: `${label}必须是整数，实际为${describeRaw(raw)}` };
}

const YES = new Set(['是', 'true', '1', 'y', 'yes', '√', '✓', '对']);
const NO = new Set(['否', 'false', '0', 'n', 'no', '×', '✗', '不是']);

function toBool(raw: RawCell, label: string): Converted {
  if (raw.kind === 'bool') return { value: raw.value };
  if (raw.kind === 'number' && (raw.value === 0 || raw.value === 1)) return { value: raw.value === 1 };
  if (raw.kind === 'string') {
    const token = normalizeToken(raw.text).toLowerCase();
    if (YES.has(token)) return { value: true };
    if (NO.has(token)) return { value: false };
  }
  return { error: `${label}必须填“是”或“否”，实际为${describeRaw(raw)}` };
}

function toCode(raw: RawCell, label: string): Converted {
  if (raw.kind === 'number') {
    if (Number.isSafeInteger(raw.value) && raw.value >= 0 && Math.abs(raw.value) < 1e15) return { value: String(raw.value) };
    return { error: `${label}被 Excel 存成了数字 ${raw.value}，可能已丢失位数：请把单元格设为“文本”格式后重新输入编码` };
  }
  if (raw.kind === 'string') return { value: normalizeToken(raw.text) };
  return { error: `${label}必须是编码文本，实际为${describeRaw(raw)}` };
}

function toChoice(raw: RawCell, field: FieldBase): Converted {
  const choices = field.choices ?? [];
  const text = raw.kind === 'string' ? raw.text.trim() : raw.kind === 'number' ? String(raw.value) : undefined;
  if (text === undefined) return { error: `${field.label}请从下拉列表中选择，实际为${describeRaw(raw)}` };
  const token = normalizeToken(text);
  const found = choices.find((c) => [c.label, c.value, ...(c.aliases ?? [])].some((s) => s === text || normalizeToken(s) === token));
  if (found) return { value: found.value };
  if (choices.some((c) => c.label !== c.value)) {
    return { error: `${field.label}必须是以下之一：${choices.map((c) => c.label).join('、')}；实际为“${text}”` };
  }
  return { value: text };
}

/** A date cell, or text `2023-12-31`, `2023/12/31`, `2023.12.31`, `2023年12月31日`, as `YYYY-MM-DD`. */
function toDate(raw: RawCell, label: string): Converted {
  if (raw.kind === 'date') return { value: isoDate(raw.value) };
  const match = raw.kind === 'string' ? /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(normalizeToken(raw.text)) : null;
  if (!match) return { error: `${label}必须是日期，例如 2023-12-31，实际为${describeRaw(raw)}` };
  const [, y, m, d] = match;
  return { value: `${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}` };
}

function toText(raw: RawCell, label: string, maxText: number): Converted {
  const result = textOf(raw, label);
  if (typeof result.value === 'string' && result.value.length > maxText) {
    return { error: `${label}过长（${result.value.length} 字），上限为 ${maxText} 字` };
  }
  return result;
}

function textOf(raw: RawCell, label: string): Converted {
  switch (raw.kind) {
    case 'string':
      return { value: raw.text.trim() };
    case 'number':
      if (raw.percent) return { value: `${new Decimal(raw.value).times(100).toFixed()}%` };
      if (Number.isInteger(raw.value) && !Number.isSafeInteger(raw.value)) {
        return { error: `${label}被 Excel 存成了数字 ${raw.value}，已丢失位数：请把单元格设为“文本”格式后重新输入` };
      }
      return { value: String(raw.value) };
    case 'bool':
      return { value: raw.value ? '是' : '否' };
    case 'date':
      return {
        value: isoDate(raw.value),
        warning: `${label}的单元格是日期，已按“${isoDate(raw.value)}”读取；如果本意不是日期，请把单元格设为“文本”后重新输入`,
      };
    default:
      return {};
  }
}
