import { describe, expect, it } from 'vitest';
import { numeralValue } from '../../src/audit/assemble/narrative.js';
import { joinParagraphs } from '../../src/audit/assemble/paragraphs.js';
import { quotedTexts } from '../../src/audit/locate.js';
import { formatPlace, placeAtOffset } from '../../src/audit/read-model.js';
import { tableLabelId } from '../../src/audit/recognise/titles.js';
import { amountText, amountValue } from '../../src/audit/tables/keyed-grid.js';
import { cleanText, docxText, squeezeSpaces } from '../../src/audit/text-clean.js';
import { rowsByPosition } from '../../src/audit/pdf/rows.js';
import type { ReadLine } from '../../src/audit/read-model.js';
import { placeAmounts } from '../../src/audit/text/place-amounts.js';
import { EQUATIONS } from '../../src/audit/text/table-arithmetic.js';
import { textLines } from '../../src/audit/text/read-text.js';

describe('读取公开文档的基本处理', () => {
  it('去掉提取造成的空格、全角数字和粗体标记；.docx 的字符照原样', () => {
    expect(squeezeSpaces('市政务服务中心 2022 年收入总计 3374.03 万元')).toBe('市政务服务中心2022年收入总计3374.03万元');
    expect(cleanText('本 年 收 入 合 计')).toBe('本年收入合计');
    expect(cleanText('因公出国（境）费**0**万元，２０２４年')).toBe('因公出国（境）费0万元，2024年');
    expect(docxText('1. 年度履职目标')).toBe('1. 年度履职目标');
    expect(docxText('收入总计 3374.03 万元')).toBe('收入总计3374.03万元');
  });

  it('表格金额：“-”和“—”是空白的零，全角数字换成半角；千分位照印（P03 据此判断），作为数字时去掉', () => {
    expect([amountText('-'), amountText('—'), amountText('1,234.50'), amountText('１２.５0'), amountText(' 41.1 ')]).toEqual(['', '', '1,234.50', '12.50', '41.1']);
    expect([amountValue('1,016,900.00'), amountValue('1,2,3'), amountValue('—')]).toEqual(['1016900.00', '1,2,3', '']);
  });

  it('折行的段落记住每一行从第几个字开始：引文所在的行就是发现的位置', () => {
    const lines: ReadLine[] = ['（二）公务接待费0.75万元，主要用于按规定开支的各类公', '务接待支出，预算数与2021年增加（减少）0万', '元。'].map((text, i) => ({ text, place: { kind: 'line', line: 165 + 2 * i } }));
    const [paragraph] = joinParagraphs(lines, true, cleanText);
    expect(paragraph!.starts.map((s) => [s.at, formatPlace(s.place)])).toEqual([
      [0, '第165行'],
      [28, '第167行'],
      [51, '第169行'],
    ]);
    const at = paragraph!.text.indexOf('增加（减少）');
    expect(formatPlace(placeAtOffset(paragraph!.starts, at, paragraph!.place)!)).toBe('第167行');
    expect(placeAtOffset(undefined, 5, { kind: 'paragraph', paragraph: 3 })).toEqual({ kind: 'paragraph', paragraph: 3 });
  });

  it('消息引用的原文：开头的引文（不含其后的建议用语）、「」中的片段、条目的结尾', () => {
    expect(quotedTexts('“与2021年增加”、“与2021年增加”：“与”应搭配“相比”或“保持一致”')).toEqual(['与2021年增加']);
    expect(quotedTexts('中文文字中有半角标点：「(一)贯彻」、「设等工作;协助做好」，应改为全角（；，：（））')).toEqual(['(一)贯彻', '设等工作;协助做好']);
    expect(quotedTexts('职责条目没有以“。”结尾（…级交办的其他工作）')).toEqual(['级交办的其他工作']);
  });

  it('表号、中文序数和位置的写法', () => {
    expect([tableLabelId(' 预算 01表'), tableLabelId('预算 12 表'), tableLabelId('2024年部门收支预算表')]).toEqual(['预算01', '预算12', undefined]);
    expect([numeralValue('十'), numeralValue('十四'), numeralValue('二十一'), numeralValue('三')]).toEqual([10, 14, 21, 3]);
    expect([formatPlace({ kind: 'line', line: 12 }), formatPlace({ kind: 'line', line: 12, page: 3 }), formatPlace({ kind: 'paragraph', paragraph: 40 }), formatPlace({ kind: 'cell', table: 5, row: 3, column: 2 })]).toEqual([
      '第12行',
      '第3页（第12行）',
      '第40段',
      '第5个表格第3行第2列',
    ]);
  });

  it('页码：每页都印了才算（004 只留下 3 个，不据此标页）；页码行本身不是正文', () => {
    const paged = textLines('甲\n- 1 -\n乙\n- 2 -\n丙\n');
    expect(paged.map((b) => (b.kind === 'line' ? formatPlace(b.line.place) : ''))).toEqual(['第1页（第1行）', '第2页（第3行）', '第3页（第5行）']);
    const sparse = textLines('甲\n- 7 -\n乙\n- 30 -\n');
    expect(sparse.map((b) => (b.kind === 'line' ? formatPlace(b.line.place) : ''))).toEqual(['第1行', '第3行']);
  });

  it('空格分隔的行：按表内算术确定每个数字的列（种子 000 的 03 表，基本支出小计印成空白）', () => {
    const columns = ['total', 'basic', 'wages', 'personalFamily', 'goodsServices', 'capital', 'project', 'projectOperating', 'projectSpecific'];
    const totals = '3374.03 1228.26 1073.37 55.74 99.15 2145.77 1690.67 455.10'.split(' ');
    const rows = [
      { values: totals, role: 'total' as const },
      { values: '935.77 838.07 97.70'.split(' '), role: 'detail' as const },
      { values: '2145.77 2145.77 1690.67 455.10'.split(' '), role: 'detail' as const },
      { values: '57.19 55.74 1.45'.split(' '), role: 'detail' as const },
      { values: '77.08 77.08'.split(' '), role: 'detail' as const },
      { values: '84.52 84.52'.split(' '), role: 'detail' as const },
      { values: '73.70 73.70'.split(' '), role: 'detail' as const },
    ];
    const placed = placeAmounts(rows, columns, EQUATIONS['expenditure-by-function']!, new Set(['capital']));
    expect(placed.open).toEqual([]);
    expect(placed.columns.slice(1)).toEqual([
      ['total', 'wages', 'goodsServices'],
      ['total', 'project', 'projectOperating', 'projectSpecific'],
      ['total', 'personalFamily', 'goodsServices'],
      ['total', 'wages'],
      ['total', 'wages'],
      ['total', 'wages'],
    ]);
  });

  it('算术定不下来的数字不猜：留空并列出（08 表的购置费与运行费）', () => {
    const placed = placeAmounts([{ values: ['4.67', '3.92', '3.92', '0.75'], role: 'other' }], ['total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOps', 'reception'], EQUATIONS['three-public-costs']!, new Set());
    expect(placed.open).toEqual([0]);
    expect(placed.columns[0]).toEqual(['total', 'vehicles', undefined, 'reception']);
    const known = placeAmounts([{ values: ['4.67', '3.92', '3.92', '0.75'], role: 'other' }], ['total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOps', 'reception'], EQUATIONS['three-public-costs']!, new Set(['vehiclePurchase', 'abroad']));
    expect(known.columns[0]).toEqual(['total', 'vehicles', 'vehicleOps', 'reception']);
  });

  it('PDF 表格行按位置重建：竖排居中的单位名称上下两截并回它的数字行；逐行排版的文字照原样', () => {
    const line = (y: number, ...runs: [string, number][]): ReadLine => ({ text: runs.map(([t]) => t).join(' '), place: { kind: 'line', line: 0, page: 1 }, y, height: 9, runs: runs.map(([text, x]) => ({ text, x, width: text.length * 9 })) });
    const centred = [line(515, ['合计', 20], ['148.53', 260], ['148.53', 330]), line(500, ['洛阳市城乡一体化示范区', 60]), line(488, ['015', 20], ['148.53', 260], ['148.53', 330]), line(476, ['政务服务中心', 60])];
    expect(rowsByPosition(centred).map((l) => l.text)).toEqual(['合计 148.53 148.53', '015 洛阳市城乡一体化示范区政务服务中心 148.53 148.53']);
    const linear = [line(500, ['30108', 20]), line(488, ['机关事业单位基本养老保险', 20]), line(476, ['50102', 20], ['77.08', 80])];
    expect(rowsByPosition(linear).map((l) => l.text)).toEqual(['30108', '机关事业单位基本养老保险', '50102 77.08']);
  });
});
