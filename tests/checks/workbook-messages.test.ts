import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/checks/report.js';
import { codeListsFor } from '../../src/compute/codes.js';
import { writeWorkbook } from '../../src/input/workbook/write-workbook.js';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../src/model/diagnostic.js';
import { Workbook } from '../../src/model/excel-workbook.js';
import type { BudgetInputJson } from '../../src/model/schema.js';
import { processInput } from '../../src/pipeline.js';
import { inputJson } from './fixtures.js';

/** The fill-in workbook of the edited minimal input, with `rows` typed into 支出明细 below its five line items (row 7 on). */
async function workbook(edit?: (j: BudgetInputJson) => void, rows: Record<string, string | number>[] = []): Promise<Diagnostic[]> {
  const bytes = await writeWorkbook(inputJson(edit), { codes: codeListsFor(2024) });
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('支出明细');
  if (!ws) throw new Error('no 支出明细');
  const header = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => header.set(String(cell.value), col));
  rows.forEach((values, i) => {
    for (const [label, value] of Object.entries(values)) ws.getRow(7 + i).getCell(header.get(label) ?? 0).value = value;
  });
  const edited = new Uint8Array(await wb.xlsx.writeBuffer());
  return (await processInput(edited, '填报.xlsx')).diagnostics;
}

const lines = (d: readonly Diagnostic[]) => d.map(formatDiagnostic);

describe('填报表中手工加的合计、小计、注释行（issue 15 第4项）', () => {
  it('合计行与各行之和一致：只给一条提示，不报错误，不把它当作支出明细', async () => {
    const found = await workbook(undefined, [{ 单位代码: '合计', '金额（万元）': 100 }]);
    expect(found.filter((d) => d.severity !== 'info').map(formatDiagnostic)).toEqual([]);
    expect(lines(found)).toEqual(['S11 支出明细!A7：第7行是手工填写的“合计”行，与上方各行之和一致，不作为数据读取（文档中的合计由各行计算）']);
  });

  it('合计行与各行之和不一致：一条错误写出两个数，先查各行；没有连锁错误', async () => {
    const found = await workbook(undefined, [{ 单位代码: '合 计', '金额（万元）': 100.5 }]);
    expect(lines(found)).toEqual([
      expect.stringMatching(/^S11 支出明细!K7：第7行是手工填写的“合计”行（不作为数据读取）：“金额（万元）”填为100\.50，上方各行之和为100\.00（各行少0\.50）：请先核对上方各行/),
    ]);
    expect(hasErrors(found)).toBe(true);
  });

  it('小计行核对上一个小计以来的各行；注释行给出提示并跳过', async () => {
    const found = await workbook(undefined, [{ 单位代码: '小计', '金额（万元）': 100 }, { 单位代码: '注：本表金额单位为万元' }]);
    expect(found.map((d) => d.severity)).toEqual(['info', 'info']);
    expect(lines(found)[1]).toBe('S11 支出明细!A8：第8行是说明文字（“注：本表金额单位为万元”），不作为数据读取，也不会出现在文档中');
  });

  it('提示不计入问题：报告中单独列出', async () => {
    const report = formatReport(await workbook(undefined, [{ 单位代码: '注：以上为2024年预算' }]));
    expect(report.startsWith('未发现问题。\n\n提示（1）：\n  S11 支出明细!A7：')).toBe(true);
  });
});

describe('填报表模式的消息用工作表的中文表头，并给出最接近的编码（issue 15 第6项）', () => {
  it('未知科目编码：照录所填编码，给出最接近的有效编码和名称，名称列写表头而不写 funcName', async () => {
    const found = await workbook((j) => (j.lineItems[0]!.func = '2010310'));
    expect(lines(found)).toEqual([
      'M01 支出明细!B2：功能分类科目“2010310”不在2024年代码表中，且未填写名称（“功能科目名称（代码表没有时填写）”），表中该行将没有科目名称；是否应为 2010301 行政运行？',
    ]);
  });

  it('各条消息都不出现内部字段名', async () => {
    const found = await workbook((j) => {
      j.lineItems[0]!.func = '2010310';
      j.lineItems[1]!.econ = '30998';
      j.lineItems[4]!.project = 'P992';
      j.units[0]!.isBase = false;
      j.prior.operatingFunds = '9.00';
    });
    expect(found.length).toBeGreaterThan(3);
    for (const d of found) expect(d.message).not.toMatch(/funcName|econName|govEcon|isBase|lineItems|prior\.|reasons\./);
  });
});
