import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainInput, formatMatch, type Explained } from '../../src/explain/index.js';
import type { TraceEntry } from '../../src/explain/trace.js';
import { Decimal } from '../../src/model/money.js';

const EXAMPLES = ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024'] as const;
const input = (name: string) => readFileSync(join('examples', name, 'input.json'));

async function explain(name: string, refs: string[]): Promise<Explained> {
  return explainInput(input(name), 'input.json', refs);
}

/** Σ of the line-item amounts an entry reads, which must equal its exact value. */
function inputSum(entry: TraceEntry): Decimal {
  return entry.inputs.reduce((a, i) => a.plus(new Decimal(i.value ?? '0')), new Decimal(0));
}

function only(explained: Explained, index = 0): TraceEntry {
  const entries = explained.matches[index]?.entries ?? [];
  expect(entries.length, `引用 ${explained.matches[index]?.ref} 应恰好对应一个数字`).toBeGreaterThanOrEqual(1);
  return entries[0] as TraceEntry;
}

describe.each(EXAMPLES)('yusuan explain on %s (issue 13)', (name) => {
  it('预算01 支出总计 reads every line item, and their amounts add up to the printed figure', async () => {
    const e = await explain(name, ['预算01 支出总计']);
    const entry = only(e);
    expect(entry.table?.key).toBe('income-expenditure');
    expect(entry.inputs.length).toBeGreaterThan(0);
    expect(entry.inputs.every((i) => /^lineItems\[\d+\]\.amount$/.test(i.path))).toBe(true);
    expect(inputSum(entry).toFixed(2)).toBe(entry.value);
  });

  it('the 三公经费 total and a 预算05 function row name the line items behind them', async () => {
    const first = (await explain(name, [])).trace?.figures.find((f) => f.table?.key === 'general-public-expenditure' && f.table.row.startsWith('func:'));
    expect(first, '预算05 至少有一个功能科目行').toBeDefined();
    const code = first?.table?.row.slice('func:'.length) ?? '';
    const e = await explain(name, ['三公经费合计', `预算05 ${code}`]);
    const three = only(e, 0);
    expect(three.formula).toMatch(/30212、31013、30231、30217/);
    expect(inputSum(three).toFixed()).toBe(new Decimal(three.value ?? '0').toFixed());
    const row = only(e, 1);
    expect(row.table?.row).toBe(`func:${code}`);
    expect(row.inputs.length).toBeGreaterThan(0);
    expect(inputSum(row).toFixed(2)).toBe(row.value);
  });

  it('三公经费 增长率 names the prior-year inputs and the current figure it is computed from', async () => {
    const e = await explain(name, ['三公经费 增长率']);
    const entry = only(e);
    expect(entry.inputs.map((i) => i.path)).toEqual(['prior.threePublic.abroad', 'prior.threePublic.reception', 'prior.threePublic.vehiclePurchase', 'prior.threePublic.vehicleOps']);
    expect(entry.from).toEqual(['threePublic.total']);
    const text = formatMatch(e.matches[0]!, e.trace!);
    expect(text).toContain('prior.threePublic.abroad');
    expect(text).toContain('由「“三公”经费合计」计算');
  });

  it('every table amount traced to line items adds up exactly to what it prints', async () => {
    const trace = (await explain(name, [])).trace!;
    const sums = trace.figures.filter((f) => f.kind === 'table' && f.formula.startsWith('Σ 支出明细金额'));
    expect(sums.length).toBeGreaterThan(100);
    const wrong = sums.filter((f) => inputSum(f).toFixed(2) !== f.value).map((f) => `${f.place}: ${f.value} ≠ Σ ${inputSum(f).toFixed(2)}`);
    expect(wrong).toEqual([]);
  });
});

describe('refs that name nothing', () => {
  it('answers an unknown ref with the nearest refs', async () => {
    const e = await explain('000-luoyang-2022', ['预算01 支出总记']);
    expect(e.matches[0]?.entries).toEqual([]);
    expect(e.matches[0]?.suggestions.some((s) => s.includes('支出总计'))).toBe(true);
    expect(formatMatch(e.matches[0]!, e.trace!)).toMatch(/找不到“预算01 支出总记”。您是不是要找：.*支出总计/);
  });

  it('finds a cell by printed number and workbook address', async () => {
    const trace = (await explain('000-luoyang-2022', [])).trace!;
    const cell = trace.figures.find((f) => f.table?.key === 'three-public-costs' && f.table.column === 'total');
    const e = await explain('000-luoyang-2022', [`${cell?.table?.id}!${cell?.table?.cell}`]);
    expect(only(e).id).toBe(cell?.id);
  });
});

describe('explain on a workbook', () => {
  it('names the sheet and cell of every input it reads', async () => {
    const { fixtureWorkbook, budgetFromJson, jsonOf } = await import('../workbook/helpers.js');
    const xlsx = await fixtureWorkbook(jsonOf(budgetFromJson(input('002-chengxiang-2024'))));
    const e = await explainInput(xlsx, '填报.xlsx', ['预算01 支出总计', '三公经费 增长率']);
    const total = only(e, 0);
    expect(total.inputs.length).toBeGreaterThan(0);
    expect(total.inputs.every((i) => /^支出明细!K\d+$/.test(i.at ?? ''))).toBe(true);
    expect(only(e, 1).inputs.map((i) => i.at)).toEqual(['上年数!B8', '上年数!B9', '上年数!B10', '上年数!B11']);
    expect(formatMatch(e.matches[0]!, e.trace!)).toMatch(/支出明细!K2（lineItems\[0\]\.amount） = 18\.63/);
  });
});
