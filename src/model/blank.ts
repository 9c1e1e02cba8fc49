import { formatPath, type Diagnostic, type Location } from './diagnostic.js';
import { Decimal } from './money.js';

/** What the officer types for a figure the unit publishes as blank (variations.md §7: "—" in some documents). */
export const BLANK_MARK = '—';

/**
 * A figure published as blank: zero in every sum, printed `—` where a table or sentence prints it, and
 * written back as `—` when the input is saved as JSON again (init --from keeps it).
 */
export class BlankAmount extends Decimal {
  constructor() {
    super(0);
  }

  override toJSON(): string {
    return BLANK_MARK;
  }
}

/** True for a figure typed as `—`. */
export function isBlank(value: unknown): value is BlankAmount {
  return value instanceof BlankAmount;
}

/** Rule of the blank findings: a `—` the profile allows (warning). Where it does not, S01 as for any bad amount. */
export const BLANK_RULE = 'S10';

/** Paths (`procurement.goods`, `procurement.items[2].amount`) of every figure typed as `—`, in input order. */
export function blankPaths(value: unknown): (readonly PropertyKey[])[] {
  const found: PropertyKey[][] = [];
  const path: PropertyKey[] = [];
  // Texts, numbers and amounts are most of an input: each is passed over by one type test, no closure or entry pair.
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (isBlank(node)) found.push([...path]);
    else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v: unknown = node[i];
        if (typeof v !== 'object' || v === null) continue;
        path.push(i);
        walk(v);
        path.pop();
      }
    } else if (!Decimal.isDecimal(node)) {
      const record = node as Record<string, unknown>;
      for (const k of Object.keys(record)) {
        const v = record[k];
        if (typeof v !== 'object' || v === null) continue;
        path.push(k);
        walk(v);
        path.pop();
      }
    }
  };
  walk(value);
  return found;
}

/** A path with its list indexes dropped, as a profile's `blankAllowed` names it: `procurement.items[].amount`. */
export function blankPattern(path: readonly PropertyKey[]): string {
  return formatPath(path).replace(/\[\d+\]/g, '[]');
}

/**
 * The findings about `—` figures: a warning where the profile's `blankAllowed` list names the field (the
 * document prints `—`), else the located error any unreadable amount gets.
 */
export function blankFindings(input: unknown, allowed: readonly string[], locate: (path: readonly PropertyKey[]) => Location): Diagnostic[] {
  const allow = new Set(allowed);
  return blankPaths(input).map((path): Diagnostic => {
    const pattern = blankPattern(path);
    if (allow.has(pattern) || allow.has(formatPath(path)))
      return { rule: BLANK_RULE, severity: 'warning', at: locate(path), message: `此项填为“${BLANK_MARK}”：按模板允许留空，文档中印“${BLANK_MARK}”，计算时按 0 处理；请确认该数确实不公开` };
    return {
      rule: 'S01',
      severity: 'error',
      at: locate(path),
      message: `金额必须是不小于0、最多两位小数的数字（单位：万元）；“${BLANK_MARK}”只能填在模板允许留空的项目（blankAllowed：${allowed.join('、') || '无'}）`,
    };
  });
}

/** The profile option `blankAllowed`: field patterns separated by spaces or commas (or a list). */
export function blankAllowedList(option: unknown): string[] {
  if (Array.isArray(option)) return option.filter((v): v is string => typeof v === 'string');
  return typeof option === 'string' ? option.split(/[\s,，、]+/).filter(Boolean) : [];
}
