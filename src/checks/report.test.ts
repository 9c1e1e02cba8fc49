import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/diagnostic.js';
import { formatReport } from './report.js';
import { runRules } from './summary.js';
import { notApplicable, notRun, type InputRule } from './rule.js';

const d = (rule: string, severity: Diagnostic['severity'], path: string, message: string): Diagnostic => ({ rule, severity, at: { kind: 'json', path }, message });

describe('报告：按严重程度分组并计数', () => {
  it('先列错误再列警告，每组带数量，组内按位置排序', () => {
    const text = formatReport([d('P01', 'warning', 'projects[1]', '成本指标不符'), d('T17', 'error', 'projects[2]', '没有支出明细'), d('M02', 'warning', 'lineItems[1].govEcon', '行政单位不应使用505类')]);
    expect(text).toBe(
      ['发现 3 个问题：错误 1 个，警告 2 个。', '', '错误（1）：', '  T17 projects[2]：没有支出明细', '', '警告（2）：', '  M02 lineItems[1].govEcon：行政单位不应使用505类', '  P01 projects[1]：成本指标不符', ''].join('\n'),
    );
  });

  it('没有发现时说明未发现问题；附上规则台账时一行列出各状态条数，再列出未运行的规则及原因', () => {
    const rules: InputRule[] = [
      { id: 'A', layer: 'input', severity: 'error', tolerance: 'exact', description: '', run: () => [] },
      { id: 'B', layer: 'input', severity: 'error', tolerance: 'exact', description: '', run: () => notRun('输入未填写控制数') },
      { id: 'C', layer: 'input', severity: 'warning', tolerance: 'text', description: '', run: () => [d('C', 'warning', 'x', 'y')] },
      { id: 'D', layer: 'input', severity: 'error', tolerance: 'exact', description: '', run: () => notApplicable('本模板没有表 three-public-costs') },
    ];
    const run = runRules(rules, (r) => r.run({} as never));
    expect(run.summary).toMatchObject({ total: 4, passed: 1, failed: 1, notApplicable: 1, notRun: 1 });
    expect(run.summary.rules.map((r) => r.status)).toEqual(['pass', 'not-run', 'fail', 'not-applicable']);
    const text = formatReport([], run.summary);
    expect(text).toContain('未发现问题。');
    expect(text).toContain('规则 4 条：通过 1，未通过 1，不适用 1，未运行 1。');
    expect(text).toContain('B（输入）未运行：输入未填写控制数');
    expect(text).not.toContain('D（输入）');
  });

  it('许多规则因同一原因未运行时合并为一行', () => {
    const rules: InputRule[] = Array.from({ length: 8 }, (_, i) => ({ id: `T0${i + 1}`, layer: 'input', severity: 'error', tolerance: 'exact', description: '', run: () => notRun('输入无法解析') }));
    const text = formatReport([], runRules(rules, (r) => r.run({} as never)).summary);
    expect(text).toContain('规则 8 条：通过 0，未通过 0，不适用 0，未运行 8。\n  T01（输入）、T02（输入）、T03（输入）、T04（输入）、T05（输入）等 8 条未运行：输入无法解析');
  });

  it('按工作表（填报表中的顺序）、再按行号和列号的数值排序：K2 在 K10 之前，第2行在第3行之前', () => {
    const cell = (sheet: string, address: string, rule = 'S08'): Diagnostic => ({ rule, severity: 'error', at: { kind: 'cell', sheet, cell: address }, message: '金额必须是数字' });
    const text = formatReport([cell('支出明细', 'K10'), cell('项目', 'A2'), cell('支出明细', 'K2'), cell('支出明细', 'AA2'), cell('支出明细', 'B3'), cell('基本信息', 'B9')]);
    const order = text.split('\n').filter((l) => l.startsWith('  S08')).map((l) => l.split('：')[0]);
    expect(order).toEqual(['  S08 基本信息!B9', '  S08 支出明细!K2', '  S08 支出明细!AA2', '  S08 支出明细!B3', '  S08 支出明细!K10', '  S08 项目!A2']);
  });

  it('JSON 路径中的序号按数值排序', () => {
    const text = formatReport([d('I01', 'error', 'lineItems[10].unit', 'x'), d('I01', 'error', 'lineItems[2].unit', 'x')]);
    expect(text.indexOf('lineItems[2]')).toBeLessThan(text.indexOf('lineItems[10]'));
  });

  it('提示单独列出，不计入问题数', () => {
    const text = formatReport([d('S11', 'info', 'x', '第12行是说明文字，已跳过')]);
    expect(text).toBe(['未发现问题。', '', '提示（1）：', '  S11 x：第12行是说明文字，已跳过', ''].join('\n'));
  });

  it('同一原因引起的多处发现只列一条，注明“另有 N 处由此引起”', () => {
    const root: Diagnostic = { ...d('M01', 'error', 'lineItems[0].func', '功能分类科目 2990101 不在代码表中'), data: { amount: '60.00' } };
    const table = (rule: string, row: string, expected: string, actual: string): Diagnostic => ({
      rule,
      severity: 'error',
      at: { kind: 'table', key: 'income-expenditure', table: '预算01', row, column: '支出金额' },
      message: '不一致',
      data: { expected, actual },
    });
    const text = formatReport([table('T03', '本年支出合计', '40.00', '100.00'), root, table('T09', '支出合计', '100.00', '40.00'), table('T04', '收入总计', '1.00', '2.00')]);
    expect(text).toContain('发现 2 个问题：错误 2 个，警告 0 个（另有 2 处由这些问题引起，已并入）。');
    expect(text).toContain('  M01 lineItems[0].func：功能分类科目 2990101 不在代码表中（另有 2 处由此引起：T09 预算01 支出合计/支出金额、T03 预算01 本年支出合计/支出金额）');
    expect(text).toContain('  T04 预算01 收入总计/支出金额：不一致');
  });
});
