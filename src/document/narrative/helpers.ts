import Handlebars from 'handlebars';
import type { Change } from '../../compute/changes.js';
import { Decimal, formatMoney, formatPercentNumber } from '../../model/money.js';
import { InternalError } from '../../model/diagnostic.js';

/** How the narrative prints numbers: the profile's options, possibly overridden by the input (spec §2.12). */
export interface NarrativeFormat {
  zeroStyle: '0' | '0.00';
  percentDecimals: number;
}

/** The handlebars instance narrative templates are compiled with. */
export type NarrativeEngine = typeof Handlebars;

/** Compile options every narrative template uses: a missing field throws, nothing is HTML-escaped. */
export const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;

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
  const money = (value: unknown) => formatMoney(asDecimal(value, 'money'), format.zeroStyle);
  const percent = (value: unknown) => `${formatPercentNumber(asDecimal(value, 'percent'), format.percentDecimals)}%`;
  const verb = (value: unknown) => verbOf(asChange(value, 'verb'));
  const grow = (value: unknown) => {
    const c = asChange(value, 'grow');
    if (c.growth === null) return '';
    return `${c.direction === 'up' ? '增长' : '下降'}${percent(c.growth)}`;
  };
  const change = (value: unknown) => {
    const c = asChange(value, 'change');
    const growth = grow(c);
    return `${verbOf(c)}${money(c.delta.abs())}万元${growth ? `，${growth}` : ''}`;
  };
  const compare = (flatWording: string) => (value: unknown, year: unknown) => {
    const c = asChange(value, 'cmp');
    const y = asYear(year);
    return c.direction === 'flat' ? `与${y}年${flatWording}` : `比${y}年${verbOf(c)}${money(c.delta.abs())}万元`;
  };
  return {
    money,
    percent,
    verb,
    grow,
    change,
    cmp: compare('保持一致'),
    cmp2: compare('相比保持一致'),
    /** `(flat a b …)`: every change is Δ = 0 (the last argument is handlebars' options). */
    flat: (...args: unknown[]) => {
      const changes = args.slice(0, -1);
      if (changes.length === 0) throw new InternalError('模板错误：flat 至少需要一个变动');
      return changes.every((c) => asChange(c, 'flat').direction === 'flat');
    },
  };
}

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
