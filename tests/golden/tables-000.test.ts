import { describe, expect, it } from 'vitest';
import { THREE_PUBLIC_NOTE } from '../../src/document/tables/budget08-three-public-costs.js';
import { basicTable, budget01Amounts, econTable, funcTable, load } from './tables-examples.js';

/** Seed 000's tables checked against the spec's own numbers (§3, Appendix B), independently of the snapshot. */
describe('000 (E2022, 单位): tables against spec §3 and Appendix B', () => {
  const { table, body, figures } = load('000-luoyang-2022');
  const name = '洛阳市政务服务中心';

  it('01表: seed values; 年终结转结余 blank in E2022', () => {
    expect(budget01Amounts(body('预算01'))).toEqual({
      '一、一般公共预算': '3374.03', '其中：财政拨款': '3374.03', '一、一般公共服务': '3081.54', '八、社会保障和就业': '134.27',
      '十、卫生健康': '84.52', '二十一、住房保障支出': '73.70', 本年收入合计: '3374.03', 本年支出合计: '3374.03', 收入总计: '3374.03', 支出总计: '3374.03',
    });
    expect(body('预算01').at(-2)).toEqual(['上年结转结余', '', '年终结转结余', '']);
    expect(table('预算01').nameLine).toBe(`单位名称：${name}`); // 000-11: full-width colon
  });

  it('02表: 合计 and the unit row only (单位 scope)', () => {
    const row = (code: string, label: string) => [code, label, '3374.03', '3374.03', '3374.03', '3374.03', ...Array<string>(14).fill('')];
    expect(body('预算02')).toEqual([row('', '合计'), row('157002', name)]);
  });

  it('03表 = 05表 = Appendix B.1, with 基本支出小计 filled on every row (000-6)', () => {
    expect(body('预算03')).toEqual(funcTable(figures, '157002', name));
    expect(body('预算05')).toEqual(body('预算03'));
    expect(body('预算03')[2]?.[6]).toBe('935.77');
  });

  it('04表: the 类 rows equal 01表 in 合计, 一般公共预算 and 财政拨款', () => {
    const rows = body('预算04');
    const byLabel = Object.fromEntries(rows.map((r) => [r[2], r.slice(3)]));
    expect(byLabel['（一）一般公共服务支出']).toEqual(['3081.54', '3081.54', '3081.54', '', '']);
    expect(byLabel['（八）社会保障和就业支出']).toEqual(['134.27', '134.27', '134.27', '', '']);
    expect(byLabel['（十）卫生健康支出']).toEqual(['84.52', '84.52', '84.52', '', '']);
    expect(byLabel['（二十一）住房保障支出']).toEqual(['73.70', '73.70', '73.70', '', '']);
    expect(rows).toHaveLength(33);
    expect(rows[0]).toEqual(['一、本年收入', '3374.03', '一、本年支出', '3374.03', '3374.03', '3374.03', '', '']);
    expect(rows.at(-1)).toEqual(['收入合计', '3374.03', '支出合计', '3374.03', '3374.03', '3374.03', '', '']);
  });

  it('06表 = Appendix B.2 in printed order; 07表 = Appendix B.3', () => {
    expect(body('预算06')).toEqual(basicTable(figures));
    expect(body('预算07')).toEqual(econTable(figures, '157002', name));
  });

  it('08表: one data row 4.67 | | 3.92 | | 3.92 | 0.75 and the 注; no 备注 in E2022', () => {
    expect(body('预算08')).toEqual([['4.67', '', '3.92', '', '3.92', '0.75']]);
    expect(table('预算08').notes).toEqual([THREE_PUBLIC_NOTE]);
  });

  it('09/10表: the empty 合计 row and no 备注 (E2022)', () => {
    for (const id of ['预算09', '预算10']) {
      expect(body(id)).toEqual([['', '', '', '', '合计', ...Array<string>(9).fill('')]]);
      expect(table(id).notes).toEqual([]);
    }
  });

  it('11表 项目支出: blank-label total, group row, the 36 projects of Appendix B.4 (1690.67 + 455.10)', () => {
    const rows = body('预算11');
    expect(rows[0]?.slice(0, 5)).toEqual(['', '', '', '2145.77', '2145.77']);
    expect(rows[1]?.slice(0, 5)).toEqual(['', '157002', name, '2145.77', '2145.77']);
    expect(rows.slice(2).map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual(figures.projects.map((p) => [p.type, p.name, name, p.amount, p.amount]));
  });

  it('12表 项目绩效: no name line, the unit row, then blocks by 类型 and code (C.2; the repeated Y1060007 block, 000-14, is a page-break artifact)', () => {
    expect(table('预算12').nameLine).toBeUndefined();
    const rows = body('预算12');
    expect(rows[0]?.slice(0, 6)).toEqual(['157002', name, '2145.77', '2145.77', '', '']);
    const start = rows.findIndex((r) => r[0] === '410300200000000016001');
    expect(rows.slice(start, start + 3)).toEqual([
      ['410300200000000016001', '市政府门户网站建设运行维护经费', '15.30', '15.30', '', '', '运维成本', '15.3万元', '市政府门户网站系统', '1套', '工作效率的提升情况', '明显', '网站使用者满意度', '100%'],
      ['', '', '', '', '', '', '', '', '运行维护合格率', '100%', '', '', '', ''],
      ['', '', '', '', '', '', '', '', '运行维护及时性', '及时', '', '', '', ''],
    ]);
    const codes = rows.map((r) => r[0]).filter((c) => c && c !== '157002');
    const byType = (type: string) => figures.projects.filter((p) => p.type === type).map((p) => p.code).sort();
    expect(codes).toEqual([...byType('其他运转类'), ...byType('特定目标类')]);
  });
});
