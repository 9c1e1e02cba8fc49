import { describe, expect, it } from 'vitest';
import { THREE_PUBLIC_NOTE } from '../../src/document/tables/budget08-three-public-costs.js';
import { basicTable, budget01Amounts, econTable, funcTable, load } from './tables-examples.js';

const E = (n: number) => Array<string>(n).fill('');

/** Seed 002's tables checked against the spec's own numbers (§3, Appendix A/B/C), independently of the snapshot. */
describe('002 (E2024, 部门, one unit): tables against spec §3 and Appendix B', () => {
  const { table, body, figures } = load('002-chengxiang-2024');
  const name = '洛阳市城乡一体化示范区政务服务中心';
  const short = '区政务服务中心';

  it('01表 and 02表: seed values; 年终结转结余 printed 0.00; 合计, 015, 015001 rows', () => {
    expect(budget01Amounts(body('预算01'))).toEqual({
      '一、一般公共预算': '148.53', '其中：财政拨款': '148.53', '一、一般公共服务': '129.57', '八、社会保障和就业': '7.82', '十、卫生健康': '4.37',
      '二十一、住房保障支出': '6.77', 本年收入合计: '148.53', 本年支出合计: '148.53', 年终结转结余: '0.00', 收入总计: '148.53', 支出总计: '148.53',
    });
    const row = (code: string, label: string) => [code, label, '148.53', '148.53', '148.53', '148.53', ...E(14)];
    expect(body('预算02')).toEqual([row('', '合计'), row('015', name), row('015001', name)]);
  });

  it('03表 = 05表 = Appendix B.1; 04表 rows (三十一)…(三十四) full-width, no space (002-10)', () => {
    expect(body('预算03')).toEqual(funcTable(figures, '015', name));
    expect(body('预算05')).toEqual(body('预算03'));
    expect(body('预算04').map((r) => r[2]).slice(27, 31)).toEqual(['（三十一）债务还本支出', '（三十二）债务付息支出', '（三十三）债务发行费用支出', '（三十四）抗疫特别国债安排的支出']);
  });

  it('06表 = Appendix B.2 and 07表 = Appendix B.3, both in printed order', () => {
    expect(body('预算06')).toEqual(basicTable(figures));
    expect(body('预算07')).toEqual(econTable(figures, '015', name));
  });

  it('08表: header only, the 注, the E2024 备注 with {简称}', () => {
    expect(body('预算08')).toEqual([]);
    expect(table('预算08').notes).toEqual([THREE_PUBLIC_NOTE, `备注：${short}2024年无一般公共预算“三公”经费预算拨款安排的支出，故此表无数据。`]);
  });

  it('09/10表 keep all 14 columns including 特定目标类 (002-9), with the 合计 row and 备注', () => {
    for (const id of ['预算09', '预算10']) {
      expect(table(id).columns).toHaveLength(14);
      expect(table(id).rows[1]?.at(-1)).toMatchObject({ kind: 'content', text: '特定目标类' });
      expect(body(id)).toEqual([['', '', '', '', '合计', ...E(9)]]);
    }
    expect(table('预算10').notes).toEqual([`备注：${short}2024年无国有资本经营预算拨款安排的支出，故此表无数据。`]);
  });

  it('11表 机构运转经费: 26 columns, 4 header rows, the rows of spec §3.11', () => {
    const t = table('预算11');
    expect([t.columns.length, t.headerRows]).toEqual([26, 4]);
    const amounts = (v: string) => [v, v, v, ...E(20)];
    expect(body('预算11')).toEqual([
      ['', '', '合计', ...amounts('7.44')],
      ['015', name, '', ...amounts('7.44')],
      ['015001', name, '', ...amounts('7.44')],
      ['30201', '办公费', '公用经费', ...amounts('1.90')],
      ['30211', '差旅费', '公用经费', ...amounts('3.00')],
      ['30228', '工会经费', '工会经费', ...amounts('1.13')],
      ['30229', '福利费', '职工福利费', ...amounts('1.41')],
    ]);
  });

  it('12表 项目支出: total, group row 015, the 6 projects of Appendix B.4', () => {
    const rows = body('预算12');
    expect(rows.slice(0, 2).map((r) => r.slice(0, 5))).toEqual([['', '', '', '41.05', '41.05'], ['', '015', name, '41.05', '41.05']]);
    expect(rows.slice(2).map((r) => r.slice(0, 5))).toEqual(figures.projects.map((p) => [p.type, p.name, name, p.amount, p.amount]));
  });

  it('13表 整体绩效: name row without a 部门名称： prefix (002-11); 预算情况 148.53 / 148.53 / 107.48 / 41.05 in 2 decimals (002-6)', () => {
    const rows = body('预算13');
    expect(table('预算13').title).toBe('部门（单位）整体绩效目标表（2024年度）');
    expect(rows[0]?.slice(0, 2)).toEqual(['部门（单位）名称', name]);
    expect(rows.slice(7, 13).map((r) => r.slice(1, 4))).toEqual([
      ['部门预算总额（万元）', '', '148.53'],
      ['1、资金来源：', '（1）政府预算资金', '148.53'],
      ['', '（2）财政专户管理资金', ''],
      ['', '（3）单位资金', ''],
      ['2、资金结构：', '（1）基本支出', '107.48'],
      ['', '（2）项目支出', '41.05'],
    ]);
  });

  it('13表 整体绩效: E2024 texts (1. with a space) with 追加、追减 and 占应实施 (002-12), then A.3 rows with the A.2 boilerplate', () => {
    const rows = body('预算13').slice(14);
    expect(rows[0]?.[4]).toMatch(/^1\. 年度履职目标是否符合/);
    expect(rows[6]?.[4]).toContain('涉及预算的追加、追减或结构调整');
    expect(rows[16]?.[4]).toContain('占应实施绩效监控项目总数的比重');
    expect(rows[17]?.[4]).toContain('占应实施绩效自评项目总数的比重');
    const outputNote = '反映本部门制定的年度工作目标达成情况。分项具体列示本部门年度工作目标达成情况，相关情况应予以细化、量化表述。';
    expect(rows.slice(20, 26).map((r) => [r[2], r[3], r[4]])).toEqual([
      ['政务服务能力', '提升', outputNote], ['效能督查工作', '提升', outputNote], ['110联动服务工作协调机制', '完善', outputNote],
      ['110联动服务工作协调机制排名', '<10名', outputNote], ['效能督查各项目标工作完成', '≥98%', outputNote],
      ['实现政务服务能力明显增强，政务服务效率明显提升完成', '≥98%', outputNote],
    ]);
    expect(rows.slice(26).map((r) => r[3])).toEqual(['≥98%', '≥98%', '健全', '≥98%', '≥98%']);
    expect(rows[29]?.[4]).toMatch(/^反映社会公众或服务对象/);
  });

  it('14表 项目绩效: 15 columns with 项目分类; dept and unit rows; Appendix C.1 in 2 decimals (002-7)', () => {
    expect(table('预算14').columns).toHaveLength(15);
    const rows = body('预算14');
    expect(rows.slice(0, 2).map((r) => r.slice(0, 7))).toEqual([['015', name, '', '41.05', '41.05', '', ''], ['015001', name, '', '41.05', '41.05', '', '']]);
    const heads = rows.filter((r) => /^41039524/.test(r[0] ?? '')).map((r) => r.slice(0, 5));
    expect(heads).toEqual([
      ['41039524000000012902', '工作经费', '其他运转类', '19.50', '19.50'],
      ['41039524000000012810', '2024年12345政务服务便民热线（110联动）工作经费', '特定目标类', '5.00', '5.00'],
      ['41039524000000012813', '2024年行政服务大厅工作人员综合考评经费', '特定目标类', '3.00', '3.00'],
      ['41039524000000012821', '洛阳市城乡一体化示范区便民热线诉求办理系统移动云服务', '特定目标类', '2.38', '2.38'],
      ['41039524000000012827', '政府网站等级保护安全防护产品项目', '特定目标类', '8.17', '8.17'],
      ['41039524000000012830', '北国花城建设行动项目', '特定目标类', '3.00', '3.00'],
    ]);
    expect(rows.slice(5, 8).map((r) => r.slice(7))).toEqual([
      ['便民工作经费', '≤50000元', '值班天数', '365天', '调动工作人员工作积极性', '明显', '工作人员满意度', '≥98%'],
      ['', '', '诉求受理单处理及时率', '≥98%', '', '', '', ''],
      ['', '', '诉求受理单处理时间', '≤24小时', '', '', '', ''],
    ]);
    expect(rows).toHaveLength(2 + 3 + 3 + 4 + 3 + 3 + 3);
    // The department and unit rows keep with the first project block (no leading row ends a page alone).
    expect(table('预算14').keepTogether?.[0]).toEqual([table('预算14').headerRows, table('预算14').headerRows + 4]);
  });
});
