import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { budgetInputSchema } from '../model/schema.js';
import { sum } from '../model/money.js';
import { computeFigures } from './figures.js';
import { minimalInput } from '../../tests/fixtures/minimal.js';

const figuresOf = (json = minimalInput()) => computeFigures(budgetInputSchema.parse(json));

describe('computeFigures on a small input', () => {
  const f = figuresOf();

  it('sums totals, basic/project and personnel/operating exactly', () => {
    expect(f.total.toFixed(2)).toBe('100.00');
    expect(f.income.toFixed(2)).toBe('100.00');
    expect([f.expenditure.basic.toFixed(2), f.expenditure.project.toFixed(2)]).toEqual(['75.05', '24.95']);
    expect([f.generalPublic.personnel.toFixed(2), f.generalPublic.operating.toFixed(2)]).toEqual(['65.00', '10.05']);
    expect(f.operatingFunds.toFixed(2)).toBe('10.05');
  });

  it('orders 项 rows by unit then code and merges repeated codes', () => {
    expect(f.func.all.rows.map((r) => r.code)).toEqual(['2010301', '2010302', '2210201']);
    expect(f.func.all.rows[1]?.breakdown).toMatchObject({});
    expect(f.func.all.rows[1]?.breakdown.projectOperating.toFixed(2)).toBe('1.50');
    expect(f.func.all.rows[1]?.breakdown.projectSpecific.toFixed(2)).toBe('23.45');
  });

  it('fills the 三公 items from economic codes and compares with the prior year', () => {
    expect(f.threePublic.reception.toFixed(2)).toBe('1.50');
    expect(f.threePublic.total.toFixed(2)).toBe('1.50');
    expect(f.changes.threePublic.reception.direction).toBe('down');
    expect(f.changes.total).toMatchObject({ direction: 'up' });
    expect(f.changes.total.delta.toFixed(2)).toBe('5.00');
  });

  it('resolves default 政府经济 codes and names from the code lists', () => {
    const item = f.items.find((i) => i.econ === '30101');
    expect(item?.govEcon).toBe('50101');
    expect(item?.govEconDefaulted).toBe(true);
    expect(item?.funcName).toBe('行政运行');
  });
});

describe('computeFigures invariants', () => {
  it('parts always sum to their totals', () => {
    const amount = fc.integer({ min: 0, max: 99_999_999 }).map((c) => (c / 100).toFixed(2));
    fc.assert(
      fc.property(fc.array(amount, { minLength: 5, maxLength: 5 }), (amounts) => {
        const json = minimalInput();
        json.lineItems.forEach((li, i) => ((li as { amount: string }).amount = amounts[i] as string));
        const f = figuresOf(json);
        const e = f.expenditure;
        return (
          e.total.equals(e.basic.plus(e.project)) &&
          e.basic.equals(e.wages.plus(e.personalFamily).plus(e.goodsServices).plus(e.capital).plus(e.basicOther)) &&
          e.project.equals(e.projectOperating.plus(e.projectSpecific)) &&
          f.total.equals(sum(f.func.all.rows.map((r) => r.breakdown.total))) &&
          f.total.equals(sum(f.econRows.map((r) => r.total))) &&
          f.expenditure.project.equals(sum(f.projects.map((p) => p.total)))
        );
      }),
      { numRuns: 200 },
    );
  });
});
