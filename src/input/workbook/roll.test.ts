import { describe, expect, it } from 'vitest';
import { rollForward, type PriorFigures } from './roll.js';

const prior: PriorFigures = {
  total: '100.00',
  generalPublic: '90.00',
  govFund: '10.00',
  stateCapital: '0.00',
  threePublic: { abroad: '0.00', reception: '1.50', vehiclePurchase: '0.00', vehicleOps: '2.00' },
  operatingFunds: '8.00',
};

const last = {
  $schema: '../budget-input.schema.json',
  year: 2024,
  edition: 'E2024',
  scope: '单位',
  department: { code: '900001', name: '测试中心' },
  lineItems: [{ unit: '900001', func: '2010301', econ: '30101', kind: '基本', source: '一般公共预算.财政拨款', amount: '60' }],
  prior: { total: '1', generalPublic: '1', threePublic: {} },
  reasons: { total: '去年的原因' },
  procurement: { goods: '1', works: '2', services: '3' },
  transferPayments: [{ name: '专项A', amount: '5' }],
  keyEvaluationProjects: ['P001'],
  controlTotals: { total: '100' },
  publicationDate: '2024-02-20',
};

describe('init --from 去年的填报表：滚动到新年度', () => {
  const rolled = rollForward(last, 2025, prior);

  it('年度加一，去年的计算结果成为上年数，版式和模板按新年度选择', () => {
    expect(rolled.year).toBe(2025);
    expect(rolled.prior).toEqual(prior);
    expect(rolled).not.toHaveProperty('edition');
    expect(rolled).not.toHaveProperty('$schema');
    expect(rolled).not.toHaveProperty('publicationDate');
  });

  it('支出明细保留分类但清空金额，原因、政府采购、转移支付金额和控制数清空', () => {
    expect(rolled.lineItems).toEqual([{ unit: '900001', func: '2010301', econ: '30101', kind: '基本', source: '一般公共预算.财政拨款' }]);
    expect(rolled.reasons).toEqual({});
    expect(rolled.procurement).toEqual({});
    expect(rolled.transferPayments).toEqual([{ name: '专项A' }]);
    expect(rolled).not.toHaveProperty('controlTotals');
  });

  it('基本信息和重点评价项目保留，原数据不被改动', () => {
    expect(rolled.department).toEqual(last.department);
    expect(rolled.keyEvaluationProjects).toEqual(['P001']);
    expect(last.lineItems[0]).toHaveProperty('amount', '60');
  });
});

describe('滚动时的新增事实（issue 14）', () => {
  const facts = {
    ...last,
    assets: { vehicles: { general: 1 }, asOf: '2023-12-31', largeEquipment: { threshold: '200', count: 2 }, plannedPurchases: { vehicles: 1 } },
    procurement: { goods: '1', works: '0', services: '0', smeReserved: '1', items: [{ name: '电脑', category: '货物', amount: '1', smeReserved: '1' }] },
    purchaseOfServices: [{ name: '物业', source: '单位资金', amount: '2' }],
    operatingFundsContents: ['办公费'],
  };

  it('截止日期按滚动的年数后移；计划购置清空；采购项目和购买服务保留名称、清空金额', () => {
    const rolled = rollForward(facts, 2026, prior);
    expect(rolled.assets).toEqual({ vehicles: { general: 1 }, asOf: '2025-12-31', largeEquipment: { threshold: '200', count: 2 } });
    expect(rolled.procurement).toEqual({ items: [{ name: '电脑', category: '货物' }] });
    expect(rolled.purchaseOfServices).toEqual([{ name: '物业', source: '单位资金' }]);
    expect(rolled.operatingFundsContents).toEqual(['办公费']);
  });

  it('没有这些事实时不凭空添加', () => {
    const rolled = rollForward(last, 2025, prior);
    expect(rolled).not.toHaveProperty('purchaseOfServices');
    expect(rolled).not.toHaveProperty('assets');
    expect(rolled.procurement).toEqual({});
  });
});
