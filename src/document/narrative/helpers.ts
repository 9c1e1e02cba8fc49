import Handlebars from 'handlebars';
import type { Change } from '../../compute/changes.js';
import { Decimal, formatMoney, formatPercentNumber } from '../../model/money.js';
import { InternalError } from '../../model/diagnostic.js';
import { markSlot, slotKey } from './slots.js';

/** How the narrative prints numbers: the profile's options, possibly overridden by the input (spec §2.12). */
export interface NarrativeFormat {
  zeroStyle: '0' | '0.00';
  percentDecimals: number;
}

/** The handlebars instance narrative templates are compiled with. */
export type NarrativeEngine = typeof Handlebars;

/** Compile options every narrative template uses: a missing field throws, nothing is HTML-escaped, helpers learn their parameters' paths (slots.ts). */
export const COMPILE_OPTIONS = { strict: true, noEscape: true, trackIds: true } as const;

const engines = new Map<string, NarrativeEngine>();

/**
 * A handlebars instance whose helpers only format (spec §2.0, §2.12): `money`, `percent`, and the change
 * wordings `verb`, `grow`, `change`, `cmp`, `cmp2`, `flat`. Wording is chosen here from the sign of Δ, so a
 * template never holds `增加（减少）` and never does arithmetic.
 */
export function narrativeEngine(format: NarrativeFormat): NarrativeEngine {
  const key = `${format.zeroStyle}|${format.percentDecimals}`;
  const cached = engines.get(key);
  if (cached) return cached;
  const engine = Handlebars.create();
  for (const [name, helper] of Object.entries(narrativeHelpers(format))) engine.registerHelper(name, helper);
  engines.set(key, engine);
  return engine;
}

/** The helper functions themselves, keyed by template name (exported for tests). */
export function narrativeHelpers(format: NarrativeFormat): Record<string, (...args: unknown[]) => string | boolean> {
  const printMoney = (value: Decimal) => formatMoney(value, format.zeroStyle);
  const printPercent = (value: Decimal) => `${formatPercentNumber(value, format.percentDecimals)}%`;
  const money = (value: unknown, key?: string) => {
    const d = asDecimal(value, 'money');
    return markSlot(key, d.toFixed(), printMoney(d));
  };
  const percent = (value: unknown, key?: string) => {
    const d = asDecimal(value, 'percent');
    return markSlot(key, d.toFixed(), printPercent(d));
  };
  const sub = (key: string | undefined, field: string) => (key === undefined ? undefined : `${key}.${field}`);
  const grow = (c: Change, key?: string) => {
    if (c.growth === null) return '';
    return `${c.direction === 'up' ? '增长' : '下降'}${percent(c.growth, sub(key, 'growth'))}`;
  };
  const change = (c: Change, key?: string) => {
    const growth = grow(c, key);
    return `${verbOf(c)}${money(c.delta.abs(), sub(key, 'delta'))}万元${growth ? `，${growth}` : ''}`;
  };
  const compare = (flatWording: string) => (value: unknown, year: unknown, options?: unknown) => {
    const c = asChange(value, 'cmp');
    const y = asYear(year);
    const yearText = markSlot(slotKey(options, 1), String(y), String(y));
    const key = slotKey(options, 0);
    return c.direction === 'flat' ? `与${yearText}年${flatWording}` : `比${yearText}年${verbOf(c)}${money(c.delta.abs(), sub(key, 'delta'))}万元`;
  };
  return {
    money: (value: unknown, options?: unknown) => money(value, slotKey(options)),
    percent: (value: unknown, options?: unknown) => percent(value, slotKey(options)),
    verb: (value: unknown) => verbOf(asChange(value, 'verb')),
    grow: (value: unknown, options?: unknown) => grow(asChange(value, 'grow'), slotKey(options)),
    change: (value: unknown, options?: unknown) => change(asChange(value, 'change'), slotKey(options)),
    cmp: compare('保持一致'),
    cmp2: compare('相比保持一致'),
    /** `(flat a b …)`: every change is Δ = 0 (the last argument is handlebars' options). */
    flat: (...args: unknown[]) => {
      const changes = args.slice(0, -1);
      if (changes.length === 0) throw new InternalError('模板错误：flat 至少需要一个变动');
      return changes.every((c) => asChange(c, 'flat').direction === 'flat');
    },
    /** A plain `{{path}}` (parseWithSlots): printed as handlebars prints it; numbers become slots. */
    slot: (value: unknown, options?: unknown) => {
      if (value === undefined) throw new InternalError(`模板错误："${slotKey(options) ?? '?'}" 未定义`);
      if (value === null) return '';
      if (typeof value === 'number') return markSlot(slotKey(options), String(value), String(value));
      if (Decimal.isDecimal(value)) return markSlot(slotKey(options), value.toFixed(), value.toFixed());
      const text = String(value);
      // A text with digits in it (a reason, a list number) is a slot too, so every printed number is traced.
      return /\d/.test(text) ? markSlot(slotKey(options), undefined, text) : text;
    },
  };
}

/** The names the narrative engine registers: a plain `{{name}}` with one of these is a helper call. */
export const HELPER_NAMES: ReadonlySet<string> = new Set(Object.keys(narrativeHelpers({ zeroStyle: '0', percentDecimals: 2 })));

function verbOf(c: Change): string {
  if (c.direction === 'flat') throw new InternalError('模板错误：变动为0时不能使用“增加/减少”措辞，应先用 flat 判断');
  return c.direction === 'up' ? '增加' : '减少';
}

function asDecimal(value: unknown, helper: string): Decimal {
  if (Decimal.isDecimal(value)) return value;
  throw new InternalError(`模板错误：${helper} 需要金额（Decimal），得到 ${describe(value)}`);
}

function asChange(value: unknown, helper: string): Change {
  if (typeof value === 'object' && value !== null && 'delta' in value && 'direction' in value && 'growth' in value) {
    const c = value as Change;
    if (Decimal.isDecimal(c.delta)) return c;
  }
  throw new InternalError(`模板错误：${helper} 需要变动（Change），得到 ${describe(value)}`);
}

function asYear(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  throw new InternalError(`模板错误：cmp 的第二个参数应为年度，得到 ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return value.constructor?.name ?? 'object';
  return `${typeof value} ${String(value)}`;
}
