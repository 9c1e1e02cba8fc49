import { describe, expect, it } from 'vitest';
import { expectRefused, runCase, type BadCase } from './harness.js';
import { cell, edited, encryptedWorkbook, manyRowsSheet, repacked, sheetPath, validWorkbook, zipBomb } from './workbooks.js';
import { sheet } from '../workbook/helpers.js';

const xlsx = (title: string, input: BadCase['input'], rule: string, at: string, message?: RegExp, extra: Partial<BadCase> = {}): BadCase => ({
  title,
  file: '预算填报.xlsx',
  input,
  rule,
  at,
  ...(message ? { message } : {}),
  ...extra,
});
const FILE = '预算填报.xlsx';

/** Workbooks that cannot be read, or whose cells do not hold what their column says: every one located. */
export const XLSX_CASES: BadCase[] = [
  xlsx('不是 zip 文件（随机字节）', () => new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) & 0xff)), 'S06', FILE, /不是有效的 \.xlsx/),
  xlsx('空文件', () => new Uint8Array(), 'S06', FILE),
  xlsx('JSON 文件改名为 .xlsx', () => '{"year": 2024}', 'S06', FILE),
  xlsx('下载中断、被截断的 .xlsx', async () => (await validWorkbook()).slice(0, 6000), 'S06', FILE),
  xlsx('是 zip 但不是工作簿', repacked((zip) => {
    for (const name of Object.keys(zip.files)) zip.remove(name);
    zip.file('readme.txt', '你好');
  }), 'S06', FILE, /缺少工作簿内容/),
  xlsx('zip 炸弹：目录如实声明 300 MB 解压大小', () => zipBomb(300), 'S06', FILE, /解压后过大/),
  xlsx('zip 炸弹：目录谎称 1 MB，实际解压 300 MB', () => zipBomb(300, 1), 'S06', FILE, /解压后过大/),
  xlsx('加密（有打开密码）的工作簿：OLE 复合文件', encryptedWorkbook, 'S06', FILE, /加密/),
  xlsx('外部链接', repacked((zip) => void zip.file('xl/externalLinks/externalLink1.xml', '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')), 'S06', FILE, /外部链接/),
  xlsx('支出明细有一百万行', repacked(async (zip) => void zip.file(await sheetPath(zip, '支出明细'), manyRowsSheet(1_000_000))), 'S06', '支出明细!A200001', /1000000 行/),
  xlsx('缺少“支出明细”工作表', edited((wb) => wb.removeWorksheet(sheet(wb, '支出明细').id)), 'S06', '支出明细!A1'),
  xlsx('“支出明细”工作表被改名', edited((wb) => void (sheet(wb, '支出明细').name = '明细')), 'S06', '支出明细!A1'),
  xlsx('“金额（万元）”表头被改名', cell('支出明细', 'K1', '金额'), 'S06', '支出明细!K1'),
  xlsx('表头行被清空', edited((wb) => {
    const row = sheet(wb, '支出明细').getRow(1);
    row.eachCell((c) => void (c.value = null));
  }), 'S06', '支出明细!K2', /找不到表头“金额（万元）”/),
  xlsx('金额所在的单元格被合并', edited((wb) => sheet(wb, '支出明细').mergeCells('K2:K3')), 'S06', '支出明细!K2'),
  xlsx('金额是没有缓存值的公式', cell('支出明细', 'K2', { formula: 'SUM(A1:A9)' } as never), 'S08', '支出明细!K2', /公式/),
  xlsx('金额处是日期（输入 2024/1/15，Excel 存为日期格式）', edited((wb) => {
    const target = sheet(wb, '支出明细').getCell('K2');
    target.value = new Date(Date.UTC(2024, 0, 15));
    target.numFmt = 'yyyy/m/d';
  }), 'S08', '支出明细!K2', /日期/),
  xlsx('金额处是文字', cell('支出明细', 'K2', '六十万'), 'S08', '支出明细!K2'),
  xlsx('金额为负数', cell('支出明细', 'K2', -5), 'S08', '支出明细!K2', /不能为负数/),
  xlsx('金额有三位小数', cell('支出明细', 'K2', 1.234), 'S08', '支出明细!K2', /最多两位小数/),
  xlsx('金额输入为 1E-30（不能当作 0 而从合计中消失）', cell('支出明细', 'K2', 1e-30), 'S08', '支出明细!K2', /最多两位小数.*1e-30/),
  xlsx('金额有 16 位整数：说的是位数上限', cell('支出明细', 'K2', 1e15), 'S08', '支出明细!K2', /过大：整数部分最多 12 位/),
  xlsx('金额是 16 位数字的文本', cell('支出明细', 'K2', '1000000000000000'), 'S08', '支出明细!K2', /过大：整数部分最多 12 位/),
  xlsx('单位类型无效', cell('单位', 'C2', '企业'), 'S01', '单位!C2', /行政.*事业/),
  xlsx('预算年度是文字', cell('基本信息', 'B2', '二〇二四'), 'S08', '基本信息!B2'),
  xlsx('项目名称超过文本长度上限', cell('项目', 'B2', '长'.repeat(5000)), 'S08', '项目!B2', /4000/),
  xlsx('未知的功能科目编码', cell('支出明细', 'B2', '2999999'), 'M01', '支出明细!B2'),
  xlsx('单位代码重复', edited((wb) => {
    const ws = sheet(wb, '单位');
    ws.getRow(3).values = ['900001', '测试市测试中心二', '事业', '否'];
  }), 'I03', '单位!A3'),
  xlsx('项目支出指向不存在的项目', cell('支出明细', 'I5', 'P999'), 'I02', '支出明细!I5'),
  {
    title: '用环境变量 YUSUAN_MAX_ROWS 降低行数上限：普通填报表也被拒绝',
    file: FILE,
    input: validWorkbook,
    env: { YUSUAN_MAX_ROWS: '50' },
    rule: 'S06',
    at: '支出明细!A51',
    message: /超过上限 50 行/,
  },
];

describe('坏输入：Excel 填报表（位置到工作表与单元格，不写任何文件）', () => {
  for (const c of XLSX_CASES) it(c.title, async () => expectRefused(await runCase(c), c), 60_000);

  it('工作表名含超出 Unicode 范围的字符引用（&#x110000;）：读作空，不是内部错误', async () => {
    const input = repacked(async (zip) => {
      const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
      zip.file('xl/workbook.xml', workbook.replace('name="支出明细"', 'name="支出明细&#x110000;"'));
    });
    const run = await runCase({ file: FILE, input });
    expect(run.code, run.stderr).toBe(0);
  });
});
