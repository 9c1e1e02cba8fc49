import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { codeListsFor } from '../../compute/codes.js';
import { formatDiagnostic } from '../../model/diagnostic.js';
import type { BudgetInputJson } from '../../model/schema.js';
import { minimalInput } from '../../../tests/fixtures/minimal.js';
import { canonical } from '../../../tests/workbook/helpers.js';
import { readJson } from '../json.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { parseBudget } from '../parse.js';
import { readXlsx } from '../xlsx.js';
import { DATA_SHEETS } from './sheets/index.js';
import { writeWorkbook } from './write-workbook.js';

/** Every optional field of the schema filled in, so each declaration is exercised both ways. */
function everyField(): BudgetInputJson {
  const base = minimalInput();
  return {
    ...base,
    edition: 'E2024',
    profile: 'luoyang-2024',
    scope: '部门',
    level: '区级',
    department: { code: '900', name: '测试市测试局', shortName: '测试局', bodyWord: '局机关', parentCode: '9', parentName: '测试市测试委员会' },
    units: [
      { code: '900001', name: '测试市测试局', type: '行政', isBase: true, divisions: ['办公室', '业务科'] },
      { code: '900002', name: '测试市测试所', type: '事业', isBase: false, divisions: ['综合科'] },
    ],
    overview: { duties: ['负责测试（含“引号”和（括号））。', '负责其他工作。'], dutyNumbering: 'cn-paren' },
    lineItems: [
      ...base.lineItems,
      { unit: '900002', func: '2999999', econ: '39999', govEcon: '59999', kind: '基本', source: '单位资金.事业收入', amount: '0.01', funcName: '新功能科目', econName: '新经济科目', govEconName: '新政府经济科目' },
      { unit: '900002', func: '2010350', econ: '30201', govEcon: '50502', kind: '项目', project: 'P002', source: '结转.一般公共预算', amount: '123456789012.34' },
    ],
    projects: base.projects?.map((p, i) => (i === 0 ? { ...p, alias: '接待保障', indicators: { ...p.indicators, output: [{ name: '接待次数', value: '' }] } } : p)),
    prior: {
      total: '95.00',
      totalIncome: '96.00',
      totalExpenditure: '94.00',
      generalPublic: '95.00',
      govFund: '1.10',
      stateCapital: '2.20',
      threePublic: { abroad: '0.30', reception: '2.00', vehiclePurchase: '0', vehicleOps: '4.40' },
      operatingFunds: '10.05',
    },
    reasons: {
      total: '总',
      income: '收',
      expenditure: '支',
      generalPublic: '一般',
      govFund: '基金',
      stateCapital: '国资',
      operatingFunds: '运转',
      threePublic: { total: '三公', abroad: '出国', reception: '接待', vehicles: '用车', vehiclePurchase: '购车', vehicleOps: '运行' },
    },
    operatingFundsContents: ['办公费', '印刷费', '水电费'],
    procurement: {
      goods: '3.00',
      works: '0',
      services: '23.45',
      smeReserved: '—',
      items: [
        { name: '办公电脑', category: '货物', amount: '3.00', smeReserved: '1.00' },
        { name: '运维服务', category: '服务', amount: '—' },
      ],
    },
    purchaseOfServices: [{ name: '物业服务', category: '后勤服务', source: '一般公共预算', amount: '5.00' }, { name: '法律顾问', amount: '—' }],
    assets: {
      vehicles: { general: 1, lawEnforcement: 2, special: 3, other: 4 },
      otherVehicleNote: '电动车4辆',
      generalEquipmentOver50: 5,
      specialEquipmentOver100: 6,
      asOf: '2023-12-31',
      largeEquipment: { threshold: '200', count: 0 },
      plannedPurchases: { vehicles: 0, largeEquipment: 1, note: '购置检测设备1台' },
    },
    transferPayments: [{ name: '专项A', amount: '12.34' }],
    keyEvaluationProjects: ['P002'],
    overallPerformance: {
      annualGoals: '完成年度测试任务。',
      tasks: [
        { name: '测试任务', content: '开展测试' },
        { name: '第二项', content: '继续测试' },
      ],
      inputValues: { 预算执行率: '≥95%', '“三公经费”控制率': '≤90%' },
      output: [{ level2: '履职目标实现', name: '任务完成率', value: '100%', note: '自定说明' }],
      effect: [
        { level2: '满意度', name: '服务对象满意度', value: '≥95%' },
        { level2: '履职效益', name: '效率提升', value: '明显' },
      ],
    },
    format: { zeroStyle: '0.00' },
    controlTotals: { total: '100.00', threePublic: '1.50', operatingFunds: '10.05' },
  };
}

describe('填报表写出再读回：每个字段都经过声明往返', () => {
  it('所有可选字段都填写时，读回的 BudgetInput 与 JSON 解析的完全相同', async () => {
    const json = everyField();
    const expected = parseBudget(readJson(new TextEncoder().encode(JSON.stringify(json)), 'a.json').source!);
    expect(expected.diagnostics.map(formatDiagnostic)).toEqual([]);
    const data = JSON.parse(JSON.stringify(expected.budget)) as Record<string, unknown>;
    const bytes = await writeWorkbook(data, { codes: codeListsFor(2024) });
    const read = await readXlsx(bytes, 'a.xlsx', DEFAULT_LIMITS);
    expect(read.diagnostics.map(formatDiagnostic)).toEqual([]);
    const parsed = parseBudget(read.source!);
    expect(parsed.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(canonical(parsed.budget)).toBe(canonical(expected.budget));
  });

  it('工作表顺序：填表说明在前，隐藏的代码表在后；数据表受保护但没有密码', async () => {
    const bytes = await writeWorkbook({ year: 2025, scope: '部门' }, { codes: codeListsFor(2025) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['填表说明', ...DATA_SHEETS.map((s) => s.name), '代码表']);
    expect(wb.getWorksheet('代码表')?.state).toBe('hidden');
    const lineItems = wb.getWorksheet('支出明细');
    expect(lineItems?.getCell('K2').protection?.locked).toBe(false);
    expect(lineItems?.getCell('K1').protection?.locked).not.toBe(false); // locked is Excel's default: not written
    expect(lineItems?.getCell('C2').protection?.locked).not.toBe(false);
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    for (const file of sheets) {
      const protection = /<sheetProtection[^>]*>/.exec((await zip.file(file)?.async('string')) ?? '')?.[0] ?? '';
      expect(protection).toMatch(/sheet="1"/);
      expect(protection).not.toMatch(/hashValue|password/);
    }
  });
});
