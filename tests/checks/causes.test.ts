import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/checks/report.js';
import { groupByCause } from '../../src/checks/causes.js';
import type { BudgetInputJson } from '../../src/model/schema.js';
import { buildFromBudget } from '../../src/pipeline.js';
import { parsed } from './fixtures.js';

/** The full pipeline's findings (input and document rules) on the edited minimal input. */
function findings(edit: (j: BudgetInputJson) => void) {
  return buildFromBudget(parsed(edit), undefined).diagnostics;
}

/** The report's finding lines (two-space indented). */
const lines = (text: string) => text.split('\n').filter((l) => l.startsWith('  '));

describe('一个原因引起的多处发现只报一次：“另有 N 处由此引起”（issue 15 第5项）', () => {
  it('未知的功能科目“类”：M01 一条，预算01/03/04 表的关系错误并入其下', () => {
    const found = findings((j) => (j.lineItems[0]!.func = '2990101'));
    expect(found.filter((d) => d.severity === 'error').length).toBe(4);
    const report = formatReport(found);
    expect(lines(report)).toEqual([expect.stringMatching(/^ {2}M01 lineItems\[0\]\.func：功能分类科目“2990101”.*（另有 3 处由此引起：/)]);
    expect(report).toContain('发现 1 个问题：错误 1 个，警告 0 个（另有 3 处由这些问题引起，已并入）。');
  });

  it('项目编码打错：I02 一条（猜出应为 P002），P002 没有支出明细（T17）和项目表的关系错误并入其下', () => {
    const groups = groupByCause(findings((j) => (j.lineItems[4]!.project = 'P992')));
    expect(groups.map((g) => g.finding.rule)).toEqual(['I02']);
    expect(groups[0]?.finding.message).toContain('是否应为 P002 信息系统运维？');
    expect(groups[0]?.consequences.map((d) => d.rule).sort()).toEqual(['T13', 'T17', 'X12', 'X12', 'X12']);
  });

  it('一笔金额填错：五个控制数都不符，只报最窄的一个（人员经费），其余并入', () => {
    const found = findings((j) => {
      j.controlTotals = { total: '100.00', expenditure: '100.00', basic: '75.05', generalPublic: '100.00', personnel: '65.00' };
      j.lineItems[0]!.amount = '60.10';
    });
    expect(found.filter((d) => d.rule === 'C01')).toHaveLength(5);
    expect(lines(formatReport(found))).toEqual([expect.stringMatching(/^ {2}C01 controlTotals\.personnel：控制数“人员经费”为65\.00万元，由支出明细计算为65\.10万元.*（另有 4 处由此引起：/)]);
  });

  it('重复录入的一行：控制数之差正是这一笔，并入 I06', () => {
    const found = findings((j) => {
      j.lineItems.push({ ...j.lineItems[0]! });
      j.controlTotals = { total: '100.00', personnel: '65.00' };
    });
    const groups = groupByCause(found);
    expect(groups.map((g) => `${g.finding.rule}:${g.consequences.map((c) => c.rule).join(',')}`)).toEqual(['I06:C01,C01']);
  });
});

describe('a finding whose data is a bound, not a number', () => {
  it('never ends the report: P01 expected “≤1.00” beside a root with an amount (was exit 70)', async () => {
    const { attributeCauses } = await import('../../src/checks/causes.js');
    const root = { rule: 'M01', severity: 'error' as const, at: { kind: 'json' as const, path: 'lineItems[0].func' }, message: '未知', data: { amount: '1.00' } };
    const bound = { rule: 'P01', severity: 'warning' as const, at: { kind: 'json' as const, path: 'projects[0]' }, message: '成本指标', data: { expected: '≤1.00', actual: '2.00' } };
    expect(() => attributeCauses([root, bound])).not.toThrow();
    expect(attributeCauses([root, bound])[1]?.cause).toBeUndefined();
  });
});
