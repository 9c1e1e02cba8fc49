import { describe, expect, it } from 'vitest';
import { THREE_PUBLIC_NOTE } from '../../src/document/tables/budget08-three-public-costs.js';
import { basicTable, budget01Amounts, econTable, funcTable, load } from './tables-examples.js';

/** Seed 004's tables checked against the spec's own numbers (§3, Appendix A/B), independently of the snapshot. */
describe('004 (E2023, 部门汇总): tables against spec §3 and Appendix B', () => {
  const { table, body, figures } = load('004-xigong-2023');
  const dept = '洛阳市西工区政务服务和大数据管理局';
  const centre = '洛阳市西工区政务服务中心';
  const units: Record<string, string> = { '113001': dept, '113002': centre };

  it('name lines carry the full-width （汇总） on every table (004-10: 04表 printed a half-width one)', () => {
    for (const id of ['预算01', '预算02', '预算03', '预算04', '预算07', '预算13']) expect(table(id).nameLine).toBe(`部门名称：${dept}（汇总）`);
  });

  it('01表: seed values; 年终结转结余 printed 0.00', () => {
    expect(budget01Amounts(body('预算01'))).toEqual({
      '一、一般公共预算': '948.39', '其中：财政拨款': '948.39', '一、一般公共服务': '902.51', '八、社会保障和就业': '15.92', '十、卫生健康': '15.86',
      '二十一、住房保障支出': '14.10', 本年收入合计: '948.39', 本年支出合计: '948.39', 年终结转结余: '0.00', 收入总计: '948.39', 支出总计: '948.39',
    });
  });

  it('02表: 合计, department row, one row per unit (622.63 + 325.76)', () => {
    const row = (code: string, label: string, v: string) => [code, label, v, v, v, v, ...Array<string>(14).fill('')];
    expect(body('预算02')).toEqual([row('', '合计', '948.39'), row('113', dept, '948.39'), row('113001', dept, '622.63'), row('113002', centre, '325.76')]);
  });

  it('03表 = 05表 = Appendix B.1 (113001 项 codes first, then 113002 new ones)', () => {
    expect(body('预算03')).toEqual(funcTable(figures, '113', dept));
    expect(body('预算05')).toEqual(body('预算03'));
  });

  it('06表 = Appendix B.2 as a multiset (004-13: 113002 rows print in another order than in 07表); 07表 = B.3 in order', () => {
    const sortRows = (rows: string[][]) => [...rows].sort((a, b) => a.join('|').localeCompare(b.join('|')));
    expect(sortRows(body('预算06'))).toEqual(sortRows(basicTable(figures)));
    expect(body('预算06')[0]).toEqual(['合计', '', '', '', '196.28', '184.42', '11.86']);
    expect(body('预算07')).toEqual(econTable(figures, '113', dept));
  });

  it('08表: header only, then the 注 and the E2023 备注', () => {
    expect(body('预算08')).toEqual([]);
    expect(table('预算08').notes).toEqual([THREE_PUBLIC_NOTE, `备注：${dept}2023年无“三公”经费预算拨款安排的支出，故此表无数据。`]);
  });

  it('09/10表: the empty 合计 row and the 备注; 10表 reads 国有资本经营预算拨款 (004-5)', () => {
    expect(body('预算09')).toEqual([['', '', '', '', '合计', ...Array<string>(9).fill('')]]);
    expect(table('预算09').notes).toEqual([`备注：${dept}2023年无政府性基金预算拨款安排的支出，故此表无数据。`]);
    expect(table('预算10').notes).toEqual([`备注：${dept}2023年无国有资本经营预算拨款安排的支出，故此表无数据。`]);
  });

  it('11表 项目支出: total, group row 113, the 16 projects of Appendix B.4 with their unit names', () => {
    const rows = body('预算11');
    expect(rows.slice(0, 2).map((r) => r.slice(0, 5))).toEqual([['', '', '', '752.11', '752.11'], ['', '113', dept, '752.11', '752.11']]);
    expect(rows.slice(2).map((r) => r.slice(0, 5))).toEqual(figures.projects.map((p) => [p.type, p.name, units[p.unit!], p.amount, p.amount]));
  });

  it('12表 整体绩效: name row, goals, task, 预算情况 948.39 / 948.39 / – / – / 196.28 / 752.11', () => {
    expect([table('预算12').title, table('预算12').subtitle, table('预算12').nameLine]).toEqual(['区级部门整体绩效目标表', '（2023年度）', undefined]);
    const rows = body('预算12');
    expect(rows[0]?.slice(0, 2)).toEqual(['部门（单位）名称', `${dept}（汇总）`]);
    expect(rows[1]?.[1]).toMatch(/^1\.加强线上线下融合.*加强自身建设。$/);
    expect(rows[3]?.slice(1, 3)).toEqual(['提升营商环境政务服务指标排名', '持续提升政务服务能力，规范大厅管理，加强数据归集共享，完善制度体系']);
    expect(rows.slice(4, 10).map((r) => r[3])).toEqual(['948.39', '948.39', '', '', '196.28', '752.11']);
    expect(rows[10]).toEqual(['一级指标', '二级指标', '三级指标', '指标值', '指标值说明']);
  });

  it('12表 整体绩效: 20 投入管理 rows with 004 values (A.1; its ≤10% is input: 004-6 is reported, not corrected), then A.3 rows', () => {
    const rows = body('预算12').slice(11);
    expect(rows.slice(0, 20).map((r) => r[3])).toEqual(['相关', '科学', '合理', '完整', '≥95%', '≥92%', '≤20%', '≤15%', '≤10%', '≥90%', '真实', '合规', '健全', '公开', '规范', '100%', '100%', '100%', '100%', '100%']);
    expect(rows[6]?.[4]).toContain('追加、追减');
    expect(rows[11]?.[4]).toContain('部门（单位）是否按照'); // 004-11: normalised parentheses
    expect(rows.slice(20).map((r) => r.slice(2, 5))).toEqual([
      ['营商环境政务服务指标排名', '17名', '根据河南省优化营商环境测评结果'],
      ['推进智慧城市建设', '全面提升', '基层调研摸底是否形成方案'],
      ['政务服务覆盖', '覆盖基层', '政务服务事项是否延伸街道社区，是否向社会公示'],
      ['有诉即办机制', '联动单位达到66家', '是否制定政务服务热线工作机制'],
      ['完善制度体系，实现数据共享', '100%', '是否实现政务数据挂载，挂载率=挂载资源数/共享事项目录数'],
      ['完成年度工作内容与指标', '全部', '完成年度工作内容与指标'],
      ['提升政务服务水平', '明显', '政务服务大厅是否实现更新完善'],
      ['最大程度使公众满意', '100%', '政务服务网差评率是否为零'],
    ]);
  });

  it('13表 项目绩效: blank-label total 752.11, then per unit its row and projects (C.3)', () => {
    const rows = body('预算13');
    expect(rows[0]?.slice(0, 4)).toEqual(['', '', '752.11', '752.11']);
    expect(rows[1]?.slice(0, 4)).toEqual(['113001', dept, '557.96', '557.96']);
    const second = rows.findIndex((r) => r[0] === '113002');
    expect(rows[second]?.slice(0, 4)).toEqual(['113002', centre, '194.15', '194.15']);
    const start = rows.findIndex((r) => r[0] === '410303220000000014228');
    expect(rows.slice(start, start + 4).map((r) => r.slice(6))).toEqual([
      ['总成本', '≤28万元', '单位劳务派遣人员', '8人', '减少失业率，更好为群众服务', '提升', '劳务派遣人员', '≥95%'],
      ['', '', '工作合格率', '≥95%', '', '', '', ''],
      ['', '', '工资发放及时率', '≥90%', '', '', '', ''],
      ['', '', '按时出勤率', '≥95%', '', '', '', ''],
    ]);
    expect(rows[start]?.slice(0, 4)).toEqual(['410303220000000014228', '政府购买服务（8人）', '28.00', '28.00']);
    expect(rows.filter((r) => /^4103/.test(r[0] ?? ''))).toHaveLength(16);
  });
});
