import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditBytes, type AuditResult } from '../../src/audit/audit.js';
import { formatPlace } from '../../src/audit/read-model.js';
import type { GridTable } from '../../src/document/model.js';
import { Decimal } from '../../src/model/money.js';
import { EXAMPLES, SEED_OF, generatedExample, tablesOf, type Example } from './helpers.js';

const audits = new Map<Example, Promise<AuditResult>>();

/** The audit of an example's published seed text (cached). */
function auditSeed(example: Example): Promise<AuditResult> {
  let hit = audits.get(example);
  if (!hit) audits.set(example, (hit = auditBytes(readFileSync(SEED_OF[example]), `${example}.txt`)));
  return hit;
}

/** Each figure of a table by `row|column`, as printed. */
function figures(table: GridTable): Map<string, string> {
  const out = new Map<string, string>();
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.kind === 'content' && cell.role === 'amount' && cell.text !== '') out.set(`${table.rowKeys[r]}|${table.columnKeys[c]}`, cell.text);
    }),
  );
  return out;
}

/**
 * A figure is recovered when the seed prints it where the example puts it: the same row and column, the same amount
 * to the places printed (002 prints 41.1 for 41.05, §5.3 002-7: read, and judged by P03, not lost).
 */
function recovered(expected: string, printed: string | undefined): boolean {
  if (printed === undefined) return false;
  const places = printed.split('.')[1]?.length ?? 0;
  return new Decimal(printed).equals(new Decimal(expected).toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
}

describe.each(EXAMPLES)('audit 读取种子文本 %s（issue 17 第2步）', (example) => {
  it('找到全部表格，读出样例输入中的表格数字至少 98%（逐表报告）', async () => {
    const result = await auditSeed(example);
    const { document } = await generatedExample(example);
    expect(result.unreadable).toBeUndefined();
    const read = result.read!;
    expect(read.tables.size).toBe(read.profile.tables.length);
    let all = 0;
    let got = 0;
    const rates: string[] = [];
    for (const table of tablesOf(document)) {
      const expected = figures(table);
      const printed = figures(read.tables.get(table.key)!.table);
      const ok = [...expected].filter(([k, v]) => recovered(v, printed.get(k))).length;
      all += expected.size;
      got += ok;
      rates.push(`${table.id} ${table.key}: ${ok}/${expected.size}`);
    }
    console.log(`${example} 读出的表格数字：${got}/${all}（${((got / all) * 100).toFixed(2)}%）\n  ${rates.join('\n  ')}`);
    expect(got / all).toBeGreaterThanOrEqual(0.98);
  });
});

/** One defect of spec §5.3 as audit must report it: the rule, what it names, where it is printed (seed line). */
interface Expected {
  id: string;
  rule: string;
  where: RegExp;
  line: number;
}

const DEFECTS: Record<Example, Expected[]> = {
  '000-luoyang-2022': [
    { id: '000-1', rule: 'N15', where: /^explanation\.4$/, line: 132 },
    { id: '000-2', rule: 'N15', where: /^explanation\.7$/, line: 155 },
    { id: '000-3', rule: 'N15', where: /^explanation\.7$/, line: 167 },
    ...[176, 178].map((line) => ({ id: '000-4', rule: 'N15', where: /^explanation\.7$/, line })),
    { id: '000-5', rule: 'L01', where: /^explanation\.1$/, line: 104 },
    ...[450, 454, 456, 462, 464].map((line) => ({ id: '000-6', rule: 'T07', where: /^预算03 .*\/基本支出小计$/, line })),
    { id: '000-7', rule: 'M02', where: /^预算06 30107\/50501$/, line: 609 },
    { id: '000-8', rule: 'P01', where: /^预算12 410300200000000017203\/成本指标$/, line: 1132 },
    { id: '000-9', rule: 'P01', where: /^预算12 410300200000000017208\/成本指标$/, line: 1164 },
    { id: '000-10', rule: 'P02', where: /^预算12 4103002100000Y1060003\/成本指标$/, line: 1216 },
    { id: '000-10', rule: 'P02', where: /^预算12 410300220000000029915\/成本指标$/, line: 1447 },
    // 无经济效益 1 (printed on 1413) and 印刷品合格率 100% (on 1224): the text reader places a project's indicators at
    // its code line. 公务接待费's 无经济效益 1 (1385) is not judged: “及时” in its block is left unpaired (提供 is not
    // read as a value), and audit does not judge the indicators of such a project.
    { id: '000-10', rule: 'P02', where: /^预算12 4103002100000Y1060024\/效益指标$/, line: 1411 },
    { id: '000-10', rule: 'P02', where: /^预算12 4103002100000Y1060021\/效益指标$/, line: 1381 },
    { id: '000-10', rule: 'P02', where: /^预算12 4103002100000Y1060003\/产出指标$/, line: 1216 },
    { id: '000-11', rule: 'L01', where: /^预算01 名称行$/, line: 298 },
    { id: '000-11', rule: 'L01', where: /^预算08 名称行$/, line: 764 },
    { id: '000-12', rule: 'L01', where: /^overview\.1$/, line: 7 },
    { id: '000-12', rule: 'L02', where: /^overview\.1$/, line: 72 },
    { id: '000-12', rule: 'L05', where: /^overview\.1$/, line: 82 },
    ...[11, 64, 66, 70, 72].map((line) => ({ id: '000-12', rule: 'D05', where: /^overview\.1$/, line })),
    { id: '000-13', rule: 'D04', where: /^explanation\.7$/, line: 161 },
  ],
  '004-xigong-2023': [
    { id: '004-1', rule: 'P03', where: /^explanation\.3$/, line: 109 },
    { id: '004-2', rule: 'L03', where: /^explanation\.5$/, line: 125 },
    { id: '004-2', rule: 'P03', where: /^explanation\.5$/, line: 126 },
    { id: '004-3', rule: 'D04', where: /^explanation\.7$/, line: 158 },
    { id: '004-4', rule: 'L01', where: /^explanation\.10\.3$/, line: 211 },
    { id: '004-4', rule: 'D04', where: /^explanation\.10\.3$/, line: 217 },
    { id: '004-5', rule: 'D04', where: /^预算10表$/, line: 1333 },
    { id: '004-6', rule: 'A03', where: /^预算12 “三公经费”控制率\/指标值$/, line: 1890 },
    { id: '004-9', rule: 'D04', where: /^annex$/, line: 307 },
    { id: '004-7', rule: 'M02', where: /^预算07 505\/506类（113001 项目支出）$/, line: 971 },
    { id: '004-8', rule: 'T18', where: /^预算13 410303230000000011953\/满意度指标$/, line: 2239 },
    { id: '004-10', rule: 'L01', where: /^预算04 名称行$/, line: 608 },
    { id: '004-11', rule: 'L02', where: /^预算12 /, line: 1918 },
    { id: '004-12', rule: 'D04', where: /^explanation\.9$/, line: 171 },
  ],
  '002-chengxiang-2024': [
    { id: '002-1', rule: 'L03', where: /预算说明$/, line: 3 },
    { id: '002-1', rule: 'D04', where: /^封面$/, line: 3 },
    ...[1, 2, 3, 4, 5].map(() => ({ id: '002-2/3', rule: 'D03', where: /^目录$/, line: 7 })),
    { id: '002-3', rule: 'D04', where: /^预算11表$/, line: 395 },
    { id: '002-3', rule: 'D04', where: /^预算14表$/, line: 480 },
    { id: '002-3', rule: 'L01', where: /^预算13 标题$/, line: 430 },
    { id: '002-4', rule: 'N15', where: /^explanation\.7$/, line: 101 },
    { id: '002-5', rule: 'D04', where: /^explanation\.10\.4$/, line: 137 },
    { id: '002-12', rule: 'D04', where: /^预算13 预算调整率\/指标值说明$/, line: 453 },
    { id: '002-12', rule: 'D04', where: /^预算13 绩效监控完成率\/指标值说明$/, line: 464 },
    { id: '002-12', rule: 'D04', where: /^预算13 绩效自评完成率\/指标值说明$/, line: 465 },
    { id: '002-11', rule: 'D04', where: /^预算13表$/, line: 432 },
    ...[439, 440, 443, 444].map((line) => ({ id: '002-6', rule: 'P03', where: /^预算13 /, line })),
    ...[487, 488, 489, 492, 495, 499, 502, 505].map((line) => ({ id: '002-7', rule: 'P03', where: /^预算14 /, line })),
    { id: '002-8', rule: 'P01', where: /^预算14 41039524000000012827\/成本指标$/, line: 502 },
    { id: '002-8', rule: 'P01', where: /^预算14 41039524000000012821\/成本指标$/, line: 499 },
    { id: '002-9', rule: 'D02', where: /^预算09表$/, line: 369 },
    { id: '002-9', rule: 'D02', where: /^预算10表$/, line: 382 },
    ...[282, 283, 284, 285].map((line) => ({ id: '002-10', rule: 'L01', where: /^预算04 /, line })),
    { id: '002-13', rule: 'M02', where: /^预算06 30107\/50501$/, line: 316 },
    { id: '002-14', rule: 'D04', where: /^explanation\.7$/, line: 105 },
  ],
};

describe.each(EXAMPLES)('audit 报告种子 %s 中规格 §5.3 所列的缺陷，位置指向原文', (example) => {
  it('目录与正文不一致的每一条都报告（002 共 5 条：两个标题、三个表题）', async () => {
    const result = await auditSeed(example);
    expect(result.findings.filter((f) => f.rule === 'D03').length).toBe(example.startsWith('002') ? 5 : 0);
  });

  it('audit 自己的规则（D01–D05）在种子中的每一条发现都是规格列出的缺陷', async () => {
    const result = await auditSeed(example);
    const listed = new Set(DEFECTS[example].map((d) => `${d.rule} 第${d.line}行`));
    const own = result.findings.filter((f) => /^D0\d$/.test(f.rule)).map((f) => `${f.rule} ${f.place ? formatPlace(f.place) : f.where}`);
    expect(own.filter((f) => !listed.has(f))).toEqual([]);
  });

  it.each(DEFECTS[example].map((d) => [`${d.id} ${d.rule} 第${d.line}行`, d] as const))('%s', async (_, d) => {
    const result = await auditSeed(example);
    const hits = result.findings.filter((f) => f.rule === d.rule && d.where.test(f.where));
    const places = hits.flatMap((f) => [f.place, ...(f.related ?? [])].map((p) => (p ? formatPlace(p) : '?')));
    expect(places, hits.map((f) => `${f.where}：${f.message}`).join('\n')).toContain(`第${d.line}行`);
  });
});

describe('004-7：多单位文档的政府经济分类按类合计判断（M02）', () => {
  it('行政单位113001的项目支出中至少29.00万元列在505/506类：07表减06表223.15，事业单位项目支出194.15', async () => {
    const result = await auditSeed('004-xigong-2023');
    const m02 = result.findings.filter((f) => f.rule === 'M02');
    expect(m02).toHaveLength(1);
    expect(m02[0]).toMatchObject({ severity: 'warning', expected: '事业单位的项目支出 194.15', actual: '505/506类 223.15' });
    expect(m02[0]!.message).toMatch(/^113001 项目支出中至少29\.00万元列在505\/506类政府经济分类/);
  });
});

describe('§5.3 的观察（000-14、004-13、002-15）不是缺陷：读得出，不报告', () => {
  it('000-14：分页重印的项目 4103002100000Y1060007 网络租赁费只读作一个项目，T17 不报重复', async () => {
    const result = await auditSeed('000-luoyang-2022');
    const table = result.read!.tables.get('project-performance')!.table;
    expect(table.rowKeys.filter((k) => k === 'project:4103002100000Y1060007')).toHaveLength(1);
    expect(result.findings.filter((f) => f.rule === 'T17')).toEqual([]);
  });

  it('004-13：113002 在06表与07表中的行序不同，不是问题', async () => {
    const result = await auditSeed('004-xigong-2023');
    expect(result.findings.filter((f) => ['T10', 'T11', 'X08', 'X09'].includes(f.rule))).toEqual([]);
  });
});
