import Handlebars from 'handlebars';
import type { Change } from '../../compute/changes.js';
import { Decimal } from '../../model/money.js';
import { InternalError } from '../../model/diagnostic.js';
import { DEFAULT_NARRATIVE_STYLE, type NarrativeStyle } from '../style/narrative.js';
import { wording } from '../style/wording.js';
import { markSlot, slotKey } from './slots.js';

/** How the narrative prints numbers: the profile's options, possibly overridden by the input (spec §2.12). */
export interface NarrativeFormat {
  zeroStyle: '0' | '0.00';
  percentDecimals: number;
  /** Units, precisions and change vocabulary (style/options.ts); absent = the Luoyang style. */
  style?: NarrativeStyle;
}

/** The handlebars instance narrative templates are compiled with. */
export type NarrativeEngine = typeof Handlebars;

/** Compile options every narrative template uses: a missing field throws, nothing is HTML-escaped, helpers learn their parameters' paths (slots.ts). */
export const COMPILE_OPTIONS = { strict: true, noEscape: true, trackIds: true } as const;

const engines = new Map<string, NarrativeEngine>();

/** The cache key of a format: two formats with one key print alike (templates compiled per key). */
export function formatKey(format: NarrativeFormat): string {
  return JSON.stringify([format.zeroStyle, format.percentDecimals, format.style ?? DEFAULT_NARRATIVE_STYLE]);
}

/**
 * A handlebars instance whose helpers only format (spec §2.0, §2.12): `money`, `percent`, `unit`, and the
 * change wordings `verb`, `grow`, `change`, `cmp`, `cmp2`, `flat`, `flatWord`. Wording is chosen in
 * style/wording.ts from the sign of Δ and the profile's style, so a template never holds `增加（减少）`
 * and never does arithmetic.
 */
export function narrativeEngine(format: NarrativeFormat): NarrativeEngine {
  const key = formatKey(format);
  const cached = engines.get(key);
  if (cached) return cached;
  const engine = Handlebars.create();
  for (const [name, helper] of Object.entries(narrativeHelpers(format))) engine.registerHelper(name, helper);
  engines.set(key, engine);
  return engine;
}

/** The helper functions themselves, keyed by template name (exported for tests). */
export function narrativeHelpers(format: NarrativeFormat): Record<string, (...args: unknown[]) => string | boolean> {
  const w = wording(format.style ?? DEFAULT_NARRATIVE_STYLE, format.zeroStyle, format.percentDecimals);
  const compare = (variant: 'cmp' | 'cmp2') => (value: unknown, year: unknown, options?: unknown) =>
    w.compare(asChange(value, variant), asYear(year, variant), slotKey(options, 1), slotKey(options, 0), variant);
  return {
    money: (value: unknown, options?: unknown) => w.money(asDecimal(value, 'money'), slotKey(options)),
    percent: (value: unknown, options?: unknown) => w.share(asDecimal(value, 'percent'), slotKey(options)),
    /** `{{unit}}`: the unit word after an amount (`万元`, `元`). */
    unit: () => w.unit,
    verb: (value: unknown) => w.verb(asChange(value, 'verb')),
    grow: (value: unknown, options?: unknown) => w.grow(asChange(value, 'grow'), slotKey(options)),
    change: (value: unknown, options?: unknown) => w.change(asChange(value, 'change'), slotKey(options)),
    cmp: compare('cmp'),
    cmp2: compare('cmp2'),
    /** `(flat a b …)`: every change is Δ = 0 as printed (the last argument is handlebars' options). */
    flat: (...args: unknown[]) => {
      const changes = args.slice(0, -1);
      if (changes.length === 0) throw new InternalError('模板错误：flat 至少需要一个变动');
      return changes.every((c) => w.isFlat(asChange(c, 'flat')));
    },
    /** `{{flatWord}}`: the no-change wording (`保持一致`, `持平`, …). */
    flatWord: () => w.flatWording,
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

function asYear(value: unknown, helper: string): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  throw new InternalError(`模板错误：${helper} 的第二个参数应为年度，得到 ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return value.constructor?.name ?? 'object';
  return `${typeof value} ${String(value)}`;
}
