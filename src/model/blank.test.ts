import { describe, expect, it } from 'vitest';
import { minimalInput } from '../../tests/fixtures/minimal.js';
import { BLANK_MARK, blankAllowedList, blankFindings, blankPaths, blankPattern, isBlank } from './blank.js';
import { Decimal } from './money.js';
import { budgetInputSchema } from './schema.js';

const parse = (edit: (json: ReturnType<typeof minimalInput>) => void) => {
  const json = minimalInput();
  edit(json);
  return budgetInputSchema.parse(json);
};

describe('a figure typed as “—”', () => {
  const budget = parse((j) => {
    j.procurement = { goods: '1.00', works: '—', services: '2.00', items: [{ name: '电脑', category: '货物', amount: '—' }] };
  });

  it('parses to a zero that sums as zero, prints back to JSON as “—”, and is found by its path', () => {
    expect(isBlank(budget.procurement.works)).toBe(true);
    expect(isBlank(budget.procurement.goods)).toBe(false);
    expect(budget.procurement.goods.plus(budget.procurement.works).toFixed(2)).toBe('1.00');
    expect(JSON.parse(JSON.stringify(budget.procurement)).works).toBe(BLANK_MARK);
    expect(blankPaths(budget).map(blankPattern)).toEqual(['procurement.works', 'procurement.items[].amount']);
    expect(isBlank(new Decimal(0))).toBe(false);
  });

  it('is a warning where the allowed list names it (with or without the index), else S01 at the same place', () => {
    const locate = (path: readonly PropertyKey[]) => ({ kind: 'json' as const, path: path.join('/') });
    const found = blankFindings(budget, ['procurement.items[].amount'], locate);
    expect(found.map((d) => [d.rule, d.severity, d.at])).toEqual([
      ['S01', 'error', { kind: 'json', path: 'procurement/works' }],
      ['S10', 'warning', { kind: 'json', path: 'procurement/items/0/amount' }],
    ]);
    expect(blankFindings(budget, ['procurement.works', 'procurement.items[0].amount'], locate).every((d) => d.severity === 'warning')).toBe(true);
  });

  it('is refused by the schema where a text or code is expected, and a typo beside it is still an error', () => {
    expect(budgetInputSchema.safeParse({ ...minimalInput(), year: '—' }).success).toBe(false);
    const json = minimalInput();
    json.procurement.goods = '——';
    expect(budgetInputSchema.safeParse(json).success).toBe(false);
  });
});

describe('blankAllowedList', () => {
  it('reads the profile option as words (spaces, commas, 、) or a list', () => {
    expect(blankAllowedList('prior.operatingFunds, procurement.goods、procurement.works')).toEqual(['prior.operatingFunds', 'procurement.goods', 'procurement.works']);
    expect(blankAllowedList(['a', 'b'])).toEqual(['a', 'b']);
    expect(blankAllowedList(undefined)).toEqual([]);
  });
});
