import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/diagnostic.js';
import { formatReport } from './report.js';
import { runRules } from './summary.js';
import { notApplicable, notRun, type InputRule } from './rule.js';

const d = (rule: string, severity: Diagnostic['severity'], path: string, message: string): Diagnostic => ({ rule, severity, at: { kind: 'json', path }, message });

describe('报告：按严重程度分组并计数', () => {
  it('先列错误再列警告，每组带数量，组内按规则编号排序', () => {
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
});
