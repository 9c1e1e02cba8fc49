import { describe, expect, it } from 'vitest';
import { ALL_RULES, checkDocument, checkInput, combinedSummary, nothingChecked, runDocumentChecks, runInputChecks } from '../../src/checks/index.js';
import { computeFigures } from '../../src/compute/figures.js';
import { formatDiagnostic, formatLocation, type Location } from '../../src/model/diagnostic.js';
import { built, editSection, parsed, profileFor } from './fixtures.js';

describe('注册表与运行入口', () => {
  it('每条规则声明编号、层、严重程度、容差和中文说明', () => {
    for (const r of ALL_RULES) {
      expect(r.id).toMatch(/^[TXNMPCLRIAU]\d{2}$/);
      expect(['input', 'document']).toContain(r.layer);
      expect(['error', 'warning']).toContain(r.severity);
      expect(['exact', 'rounded', 'text']).toContain(r.tolerance);
      expect(r.description).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('locate 把 JSON 路径变成填报表的单元格（输入层发现用调用方的定位）', () => {
    const input = parsed((j) => (j.lineItems[0]!.govEcon = '50501'));
    const locate = (path: (string | number)[]): Location => ({ kind: 'cell', sheet: '支出明细', cell: `D${Number(path[1]) + 2}` });
    const m02 = runInputChecks(input, computeFigures(input), locate, profileFor(input)).filter((d) => d.rule === 'M02');
    expect(m02.map((d) => formatLocation(d.at))).toEqual(['支出明细!D2']);
    expect(m02[0]?.data).toEqual({ expected: '行政单位可用的政府经济分类', actual: '50501 60.00' });
  });

  it('没有模板时按模板判断的规则（R01–R03）报告“未运行”，而不是“通过”', () => {
    const input = parsed();
    const run = checkInput(input, computeFigures(input));
    expect(run.summary.rules.filter((r) => r.status === 'not-run').map((r) => r.id)).toEqual(['C01', 'R01', 'R02', 'R03']);
    expect(run.summary.passed + run.summary.failed + run.summary.notApplicable + run.summary.notRun).toBe(run.summary.total);
  });

  it('两层的台账可以合并，供 yusuan validate 打印；各状态条数之和等于规则总数', () => {
    const input = parsed();
    const summary = combinedSummary(checkInput(input, computeFigures(input), undefined, profileFor(input)), checkDocument(built().document, { input }));
    expect(summary.total).toBe(ALL_RULES.length);
    expect(summary.rules.map((r) => `${r.id}/${r.layer}`)).toEqual(ALL_RULES.map((r) => `${r.id}/${r.layer}`));
    expect(summary.passed + summary.failed + summary.notApplicable + summary.notRun).toBe(summary.total);
    expect(summary.failed).toBe(0);
  });

  it('输入无法读取时每条规则都记为“未运行”，不记为通过', () => {
    const summary = nothingChecked('输入无法解析');
    expect(summary).toMatchObject({ total: ALL_RULES.length, passed: 0, failed: 0, notApplicable: 0, notRun: ALL_RULES.length });
  });

  it('文档层的文字检查：给出输入时，输入文字的问题只在输入层报告；不给输入时在打印位置报告', () => {
    const input = parsed((j) => (j.reasons.total = '项目支出增加;人员增加'));
    const view = built({ edit: (j) => (j.reasons.total = '项目支出增加;人员增加') });
    expect(runDocumentChecks(view.document, { input }).filter((d) => d.rule === 'L01')).toEqual([]);
    expect(runDocumentChecks(view.document).filter((d) => d.rule === 'L01').map((d) => formatLocation(d.at))).toEqual(['explanation.1', 'explanation.4']);
  });

  it('说明中的错误按节定位，消息写出两边的数值和位置，以及先核对哪一边', () => {
    const view = built({ corrupt: (d) => editSection(d, 'explanation.1', (t) => t.replace('收入总计100.00万元', '收入总计100.10万元')) });
    const n01 = runDocumentChecks(view.document).filter((d) => d.rule === 'N01');
    expect(n01.map(formatDiagnostic)).toEqual([
      'N01 explanation.1：说明一的收入总计 = 预算01表收入总计：说明一的收入总计为100.10万元（explanation.1），预算01表收入总计为100.00万元（预算01 收入总计/收入金额），前者多0.10万元；请先核对说明一的收入总计（explanation.1）',
    ]);
    expect(n01[0]?.data).toEqual({ expected: '100.00', actual: '100.10' });
  });
});
