import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/input/limits.js';
import { processInput } from '../../src/pipeline.js';
import type { BudgetInputJson } from '../../src/model/schema.js';
import { minimalInput } from '../fixtures/minimal.js';
import { budgetFromJson, edit, fixtureWorkbook, jsonOf, lines, readBack, sheet } from './helpers.js';

/** The small fixture with 14 line items, so that lineItems[11] sits on row 13 of 支出明细 (header on row 1). */
function fixture(): BudgetInputJson {
  const input = minimalInput();
  const extra = Array.from({ length: 9 }, (_, i) => ({ unit: '900001', func: '2010301', econ: '30102', kind: '基本' as const, amount: `${i + 1}.00` }));
  return { ...input, lineItems: [...input.lineItems, ...extra] };
}

let base: Uint8Array;
beforeAll(async () => {
  base = await fixtureWorkbook(jsonOf(budgetFromJson(new TextEncoder().encode(JSON.stringify(fixture())))));
});

async function diagnosticsAfter(change: Parameters<typeof edit>[1]): Promise<string[]> {
  const processed = await processInput(await edit(base, change), '预算填报.xlsx');
  return lines(processed.diagnostics);
}

describe('编辑过的填报表：每个问题都带“工作表!单元格”位置', () => {
  it('未编辑的填报表没有任何诊断', async () => {
    expect(lines((await processInput(base, '预算填报.xlsx')).diagnostics)).toEqual([]);
  });

  it('金额单元格里的文字“12,3O”：支出明细!K13（lineItems[11].amount），只报一次', async () => {
    const found = await diagnosticsAfter((wb) => void (sheet(wb, '支出明细').getCell('K13').value = '12,3O'));
    expect(found).toEqual(['S08 支出明细!K13：金额（万元）必须是数字，实际为“12,3O”']);
  });

  it('13位整数的金额：说的是位数上限，定位到单元格 → 支出明细!K13', async () => {
    const found = await diagnosticsAfter((wb) => void (sheet(wb, '支出明细').getCell('K13').value = '1234567890123'));
    expect(found).toEqual(['S08 支出明细!K13：金额（万元）过大：整数部分最多 12 位（单位：万元），实际为“1234567890123”']);
  });

  it('千位分隔符、全角数字、文本格式的数字、是/否 都照常读取', async () => {
    const bytes = await edit(base, (wb) => {
      const ws = sheet(wb, '支出明细');
      ws.getCell('K2').value = '1,234.50';
      ws.getCell('K3').value = '１２．３４';
      ws.getCell('K4').value = ' 5 ';
      sheet(wb, '单位').getCell('D2').value = 'TRUE';
    });
    const { diagnostics, budget } = await readBack(bytes);
    expect(lines(diagnostics)).toEqual([]);
    expect(budget?.lineItems.slice(0, 3).map((i) => i.amount.toFixed(2))).toEqual(['1234.50', '12.34', '5.00']);
    expect(budget?.units[0]?.isBase).toBe(true);
  });

  it('代码表中没有的功能科目编码：M01 定位到 支出明细!B5', async () => {
    const found = await diagnosticsAfter((wb) => void (sheet(wb, '支出明细').getCell('B5').value = '2999999'));
    expect(found.filter((l) => l.startsWith('M01'))).toEqual([
      'M01 支出明细!B5：功能分类科目“2999999”不在2024年代码表中，且未填写名称（“功能科目名称（代码表没有时填写）”），表中该行将没有科目名称；是否应为 2299999 其他支出？',
    ]);
  });

  it('“项目”表中没有的项目编码（绩效指标行）：项目绩效指标!A2', async () => {
    const found = await diagnosticsAfter((wb) => void (sheet(wb, '项目绩效指标').getCell('A2').value = 'P999'));
    expect(found).toContain('S08 项目绩效指标!A2：项目编码“P999”不在“项目”表中');
  });

  it('“单位”表中没有的单位代码（内设科室行）：职责与科室!A5 一类的位置', async () => {
    const found = await diagnosticsAfter((wb) => {
      const ws = sheet(wb, '职责与科室');
      const row = findRow(ws, '内设科室（每行一个科室）') + 2;
      ws.getCell(`A${row}`).value = '123456';
    });
    expect(found.some((l) => /^S08 职责与科室!A\d+：单位代码“123456”不在“单位”表中$/.test(l))).toBe(true);
  });

  it('缺少工作表：上年数!A1，且不再继续校验', async () => {
    const found = await diagnosticsAfter((wb) => wb.removeWorksheet(sheet(wb, '上年数').id));
    expect(found).toEqual(['S06 上年数!A1：缺少工作表“上年数”（可能被删除或改名）：请使用 yusuan init 生成的填报表，并保持各工作表的名称不变']);
  });

  it('删除或改名的表头：支出明细!K1', async () => {
    const expected = ['S06 支出明细!K1：找不到表头“金额（万元）”（该列可能被删除或改名）：请恢复这一列的表头'];
    expect(await diagnosticsAfter((wb) => void (sheet(wb, '支出明细').getCell('K1').value = null))).toEqual(expected);
    expect(await diagnosticsAfter((wb) => void (sheet(wb, '支出明细').getCell('K1').value = '金额'))).toEqual(expected);
  });

  it('改动了 A 列的项目名称：基本信息 找不到“部门全称”一行', async () => {
    const found = await diagnosticsAfter((wb) => {
      const ws = sheet(wb, '基本信息');
      ws.getCell(`A${findRow(ws, '部门全称')}`).value = '部门名称';
    });
    expect(found).toEqual(['S06 基本信息!A1：找不到“部门全称”一行（A列的文字可能被改动，或整行被删除）']);
  });

  it('没有缓存结果的公式：支出明细!K3；有缓存结果的公式取其结果', async () => {
    const found = await diagnosticsAfter((wb) => {
      const ws = sheet(wb, '支出明细');
      ws.getCell('K3').value = { formula: 'K2*2', date1904: false };
      ws.getCell('K4').value = { formula: 'K2/12', result: 5 };
    });
    expect(found).toEqual(['S08 支出明细!K3：金额（万元）是公式但没有计算结果（公式 =K2*2）：请在 Excel 或 WPS 中打开、保存后重试，或直接填写数值']);
  });

  it('金额单元格里的日期：支出明细!K4', async () => {
    const found = await diagnosticsAfter((wb) => {
      const cell = sheet(wb, '支出明细').getCell('K4');
      cell.value = new Date(Date.UTC(2024, 2, 12));
      cell.style = { ...cell.style, numFmt: 'yyyy-mm-dd' }; // a style of its own: exceljs shares style objects
    });
    expect(found).toEqual([
      'S08 支出明细!K4：金额（万元）必须是数字，但单元格是日期 2024-03-12（Excel 可能把输入当成了日期）：请把单元格格式设为“数值”后重新填写',
    ]);
  });

  it('数据行上的合并单元格：支出明细!K5（被覆盖的 K6、K7 不再重复报“缺少金额”）', async () => {
    const found = await diagnosticsAfter((wb) => sheet(wb, '支出明细').mergeCells('K5:K7'));
    expect(found).toEqual(['S06 支出明细!K5：K5:K7 是合并单元格：表格每一行都要单独填写，请取消合并后逐行填写']);
  });

  it('超过长度上限的文字：项目!B2', async () => {
    const bytes = await edit(base, (wb) => void (sheet(wb, '项目').getCell('B2').value = '很长的项目名称'.repeat(20)));
    const { diagnostics } = await readBack(bytes, { ...DEFAULT_LIMITS, maxTextLength: 100 });
    expect(lines(diagnostics)).toEqual(['S08 项目!B2：项目名称过长（140 字），上限为 100 字']);
  });

  it('空白的必填项由模式报告，也定位到单元格：项目!B3', async () => {
    const found = await diagnosticsAfter((wb) => void (sheet(wb, '项目').getCell('B3').value = null));
    expect(found).toEqual(['S01 项目!B3：缺少必填项“名称”']);
  });

  it('整列的数据验证（在 Excel 中选中整列设置时写出 K1:K1048576）不会拖慢读取', async () => {
    const zip = await JSZip.loadAsync(base);
    const path = 'xl/worksheets/sheet5.xml';
    const xml = (await zip.file(path)?.async('string')) ?? '';
    expect(xml).toContain('<dataValidations');
    const wide = '<dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" sqref="K1:K1048576 A1:J1048576"><formula1>0</formula1></dataValidation>';
    zip.file(path, xml.replace(/<dataValidations count="(\d+)">/, (_, n: string) => `<dataValidations count="${Number(n) + 1}">${wide}`));
    const started = Date.now();
    const { diagnostics, budget } = await readBack(await zip.generateAsync({ type: 'uint8array' }));
    expect(lines(diagnostics)).toEqual([]);
    expect(budget?.lineItems).toHaveLength(14);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('不是压缩包：文件级错误', async () => {
    const processed = await processInput(new TextEncoder().encode('这不是表格'), '预算填报.xlsx');
    expect(lines(processed.diagnostics)).toEqual([
      'S06 预算填报.xlsx：不是有效的 .xlsx 文件（文件已损坏，或是改了扩展名的其他格式）：请在 Excel 或 WPS 中另存为“Excel 工作簿 (*.xlsx)”',
    ]);
  });

  it('CFB 文件头（加密或 .xls）：文件级错误', async () => {
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const processed = await processInput(bytes, '预算填报.xlsx');
    expect(lines(processed.diagnostics)).toEqual(['S06 预算填报.xlsx：文件已加密（有打开密码）或是旧版 .xls：请取消密码并另存为 .xlsx']);
  });
});

function findRow(ws: import('exceljs').Worksheet, label: string): number {
  for (let row = 1; row <= ws.rowCount; row++) if (ws.getCell(row, 1).value === label) return row;
  throw new Error(`no row ${label}`);
}
