import type { Workbook } from 'exceljs';
import type { SheetSpec } from '../spec.js';
import { FILLS, FONTS, protectSheet, styleLocked } from '../styles.js';

export const INSTRUCTIONS_SHEET = '填表说明';

/** What `init --from last-year.xlsx` keeps, clears and fills (the same words the CLI prints). */
export const ROLL_NOTE =
  '用“yusuan init --from 去年的填报表.xlsx”生成本年填报表时：预算年度加 1；去年计算出的收支总计、一般公共预算、政府性基金、' +
  '国有资本经营预算、“三公”经费四项和机构运转经费自动填入“上年数”；保留基本信息、单位、职责与科室、项目及其绩效指标、整体绩效、' +
  '资产数量和重点绩效评价项目（请逐项核对是否仍然适用）；“支出明细”保留每一行的单位、科目、支出类型、项目编码和资金来源，' +
  '但金额已清空，须逐行填写本年金额，不再需要的行请清空；政府采购金额、专项转移支付金额、控制数和全部原因说明已清空；版式和模板按新年度自动选择。';

function paragraphs(sheets: readonly SheetSpec[]): string[] {
  return [
    '一、本表用于生成部门预算公开说明（Word）和预算01–14表（Excel）。请只在浅黄色单元格中填写；蓝灰色是表头和项目名称，灰色是说明或自动显示的内容（例如科目名称、项目金额），程序不会读取灰色单元格。',
    '二、金额单位一律为“万元”，不小于 0，最多两位小数。可以填 1234.5、1,234.50 或全角数字（１２３４．５），程序会统一识别；请不要填“元”、负数或文字。没有的金额填 0 或留空（表中注明“不填按 0”的才可留空）。',
    '三、各类编码（单位代码、科目编码、项目编码）按文本填写，保留开头的 0。功能科目、经济科目可从下拉列表选择，旁边会自动显示名称；代码表中没有的新编码，请在同一行右侧“……名称（代码表没有时填写）”列中填写名称。政府经济编码一般不填，程序按单位类型自动对应，旁边显示默认值。',
    '四、“是否本级”等列填“是”或“否”。有下拉箭头的单元格请从列表中选择。',
    '五、各工作表的用途：',
    ...sheets.map((sheet) => `    ${sheet.name}：${sheet.purpose}`),
    '六、表格行数不够时，在已有的浅黄色行之间插入行（插入的行带有格式和下拉列表）；不需要的行清空内容即可，空行会被忽略。',
    '七、工作表设有保护（没有密码），防止误改表头和结构。如确需调整，可在“审阅 → 撤销工作表保护”后操作，但请不要改动表头文字、A 列的项目名称和标题，也不要改工作表名称，否则程序无法识别。',
    '八、程序只读取 Excel 或 WPS 保存的公式计算结果，不会自己计算公式；如果文件是用其他程序生成或修改的，请先在 Excel 或 WPS 中打开并保存一次。',
    '九、填好后，运行“yusuan validate 预算填报.xlsx”检查，或“yusuan generate 预算填报.xlsx”直接生成文档。每个问题都会标明位置，例如“支出明细!K13：金额必须是数字，实际为“12,3O””，表示“支出明细”表 K 列第 13 行。',
    `十、${ROLL_NOTE}`,
  ];
}

/** 填表说明: how to fill in the workbook, in plain Chinese; first sheet, protected, never read. */
export async function writeInstructions(wb: Workbook, sheets: readonly SheetSpec[], notes: readonly string[]): Promise<void> {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET, { properties: { tabColor: { argb: 'FF4472C4' } } });
  ws.getColumn(1).width = 76;
  styleLocked(ws.getCell(1, 1), FILLS.title, FONTS.title, false);
  ws.getCell(1, 1).value = '部门预算公开填报表 · 填表说明';
  const lines = [...notes, ...paragraphs(sheets)];
  lines.forEach((text, i) => {
    const cell = ws.getCell(i + 3, 1);
    cell.value = text;
    cell.font = FONTS.base;
    cell.alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(i + 3).height = Math.ceil(text.length / 38) * 15 + 4; // ~38 CJK characters per line at width 76
  });
  ws.pageSetup = { orientation: 'portrait', paperSize: 9, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };
  await protectSheet(ws);
}
