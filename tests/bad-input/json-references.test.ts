import { describe, it } from 'vitest';
import { at, expectRefused, item, mutated, runCase, type BadCase } from './harness.js';
import type { BudgetInputJson } from '../../src/model/schema.js';
import { minimalInput } from '../fixtures/minimal.js';

type Input = BudgetInputJson & Record<string, unknown>;
const rule = (title: string, id: string, path: string, edit: (input: Input) => void, message?: RegExp): BadCase => ({
  title,
  file: 'input.json',
  input: mutated(edit),
  rule: id,
  at: path,
  ...(message ? { message } : {}),
});
const secondUnit = (i: Input, isBase = false) =>
  i.units.push({ code: '900002', name: '测试市测试中心所属站', type: '事业', isBase, divisions: [] });

/** Well-formed inputs whose facts do not fit together: unknown codes and references, duplicates, missing profile facts. */
export const REFERENCE_CASES: BadCase[] = [
  rule('未知的功能分类科目', 'M01', 'lineItems[0].func', (i) => void (item(i, 0).func = '2999999'), /2999999/),
  rule('未知的部门经济分类科目', 'M01', 'lineItems[0].econ', (i) => void (item(i, 0).econ = '30198'), /30198/),
  rule('未知的政府经济分类科目', 'M01', 'lineItems[0].govEcon', (i) => void (item(i, 0).govEcon = '50198'), /50198/),
  rule('项目编码重复', 'T17', 'projects[1].code', (i) => void (at(i, 'projects', 1).code = 'P001'), /重复/),
  rule('项目没有任何支出明细', 'T17', 'projects[2]', (i) =>
    void i.projects?.push({ ...minimalInput().projects![0]!, code: 'P003', name: '空项目' }),
  ),
  rule('支出明细属于不存在的单位', 'I01', 'lineItems[0].unit', (i) => void (item(i, 0).unit = '900009'), /900009/),
  rule('项目属于不存在的单位', 'I01', 'projects[0].unit', (i) => void (at(i, 'projects', 0).unit = '900009')),
  rule('项目支出明细指向不存在的项目', 'I02', 'lineItems[3].project', (i) => void (item(i, 3).project = 'P999'), /P999/),
  rule('项目支出明细没有项目编码', 'I02', 'lineItems[3].project', (i) => void delete item(i, 3).project),
  rule('项目支出明细的单位与项目的单位不同', 'I02', 'lineItems[3].unit', (i) => {
    secondUnit(i);
    item(i, 3).unit = '900002';
  }),
  rule('单位代码重复', 'I03', 'units[1].code', (i) => {
    secondUnit(i);
    at(i, 'units', 1).code = '900001';
  }),
  rule('没有本级单位', 'I04', 'units', (i) => void (at(i, 'units', 0).isBase = false)),
  rule('两个本级单位', 'I04', 'units[1].isBase', (i) => secondUnit(i, true)),
  rule('重点评价项目不在项目列表中', 'I05', 'keyEvaluationProjects[0]', (i) => void (i.keyEvaluationProjects = ['P999'])),
  rule('E2024 模板缺少整体绩效目标', 'R01', 'overallPerformance', (i) => void delete i.overallPerformance),
  rule('E2023 模板缺少整体绩效目标', 'R01', 'overallPerformance', (i) => {
    i.year = 2023;
    delete i.overallPerformance;
  }),
  rule('E2024 模板缺少上年机构运转经费', 'R02', 'prior', (i) => void delete at(i, 'prior').operatingFunds),
  rule('控制数与计算结果不符', 'C01', 'controlTotals.total', (i) => void (i.controlTotals = { total: '1.00' })),
  rule('没有对应模板的版式', 'S07', 'edition', (i) => void (i.edition = 'E2030')),
  rule('不存在的模板', 'S07', 'profile', (i) => void (i.profile = 'no-such-profile')),
];

describe('坏输入：引用与编码不一致（规则编号与位置，不写任何文件）', () => {
  for (const c of REFERENCE_CASES) it(c.title, async () => expectRefused(await runCase(c), c));
});
