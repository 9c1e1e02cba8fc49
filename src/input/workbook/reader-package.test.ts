import { describe, expect, it } from 'vitest';
import { openZip, writeZip } from '../../zip/index.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { readPackage } from './reader-package.js';

const encoder = new TextEncoder();
const date = new Date(Date.UTC(2024, 0, 1));

/** A workbook package written by hand: sheets by name → sheetData XML (with an `x:` prefix, as some writers use). */
function workbook(sheets: Record<string, string>, extra: { strings?: string; styles?: string; date1904?: boolean } = {}) {
  const names = Object.keys(sheets);
  const parts = [
    { name: 'xl/workbook.xml', text: `<x:workbook xmlns:x="m" xmlns:r="r">${extra.date1904 ? '<x:workbookPr date1904="1"/>' : ''}<x:sheets>${names.map((n, i) => `<x:sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</x:sheets></x:workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', text: `<Relationships>${names.map((_, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>` },
    { name: 'xl/sharedStrings.xml', text: `<x:sst>${extra.strings ?? ''}</x:sst>` },
    { name: 'xl/styles.xml', text: extra.styles ?? '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="10"/></cellXfs></styleSheet>' },
    ...names.map((n, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, text: `<x:worksheet><x:sheetData>${sheets[n]}</x:sheetData><x:mergeCells><x:mergeCell ref="B5:B7"/></x:mergeCells><x:dataValidations><x:dataValidation sqref="A1:A1048576"/></x:dataValidations></x:worksheet>` })),
  ];
  return openZip(writeZip(parts.map((p) => ({ name: p.name, data: encoder.encode(p.text) })), date));
}

async function sheetOf(zip: ReturnType<typeof workbook>, name: string) {
  const result = await readPackage(zip, 'a.xlsx', DEFAULT_LIMITS);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const ws = result.workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('readPackage：直接从工作簿的 XML 读出单元格（不经 exceljs）', () => {
  it('共享文本（含多段格式与注音）、内联文本、数字、布尔、错误、公式与缓存值、无缓存值的公式', async () => {
    const strings = '<x:si><x:t>单位代码</x:t></x:si><x:si><x:r><x:t>≥</x:t></x:r><x:r><x:t>95%</x:t></x:r><x:rPh><x:t>よみ</x:t></x:rPh></x:si>';
    const cells =
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>内联&amp;文本</x:t></x:is></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2"><x:v>12.5</x:v></x:c><x:c r="B2" t="b"><x:v>1</x:v></x:c><x:c r="C2" t="e"><x:v>#N/A</x:v></x:c><x:c r="D2"><x:f>A2*2</x:f><x:v>25</x:v></x:c><x:c r="E2"><x:f>SUM(A1:A9)</x:f></x:c><x:c r="F2" s="1"/></x:row>';
    const ws = await sheetOf(workbook({ 支出明细: cells }, { strings }), '支出明细');
    const value = (address: string) => ws.getCell(address).value;
    expect([value('A1'), value('B1'), value('C1'), value('A2'), value('B2')]).toEqual(['单位代码', '≥95%', '内联&文本', 12.5, true]);
    expect([value('C2'), value('D2'), value('E2'), value('F2')]).toEqual([{ error: '#N/A' }, { formula: 'A2*2', result: 25 }, { formula: 'SUM(A1:A9)' }, null]);
  });

  it('日期格式的数字读成日期（含 1904 日期系统），百分比格式带上格式', async () => {
    const cells = '<x:row r="1"><x:c r="A1" s="1"><x:v>45306</x:v></x:c><x:c r="B1" s="2"><x:v>0.95</x:v></x:c></x:row>';
    const ws = await sheetOf(workbook({ 支出明细: cells }), '支出明细');
    expect(ws.getCell('A1').value).toEqual(new Date(Date.UTC(2024, 0, 15)));
    expect(ws.getCell('B1')).toMatchObject({ value: 0.95, numFmt: '0.00%' });
    const ws1904 = await sheetOf(workbook({ 支出明细: cells }, { date1904: true }), '支出明细');
    expect(ws1904.getCell('A1').value).toEqual(new Date(Date.UTC(2028, 0, 16)));
  });

  it('合并单元格：每个被合并的位置都指向左上角；模板以外的列和不是填报表的工作表不读', async () => {
    const cells = '<x:row r="5"><x:c r="B5"><x:v>1</x:v></x:c><x:c r="AZ5"><x:v>9</x:v></x:c></x:row>';
    const ws = await sheetOf(workbook({ 支出明细: cells, 说明: cells }), '支出明细');
    expect(ws.getCell('B6')).toMatchObject({ isMerged: true, master: { address: 'B5' }, value: 1 });
    expect(ws.getCell('AZ5').value).toBeNull();
    expect(ws.columnCount).toBe(2);
    expect((await sheetOf(workbook({ 支出明细: cells, 说明: cells }), '说明')).rowCount).toBe(0);
  });
});
