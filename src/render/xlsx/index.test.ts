import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GridTable } from '../../document/model.js';
import { content, fixtureDocument } from '../../../tests/render/fixture.js';
import { AMOUNT_FORMAT } from './cells.js';
import { documentTables, gridTopOf, renderXlsx } from './index.js';
import { arrayBufferOf, readXlsx, type ReadSheet } from '../../../tests/render/xlsx-read.js';

const tables = documentTables(fixtureDocument());

/** The grid part of a read-back sheet as printed texts, covered positions as null. */
function gridTexts(sheet: ReadSheet, table: GridTable): (string | null)[][] {
  const top = gridTopOf(table) - 1;
  return sheet.rows.slice(top, top + table.rows.length).map((row) => row.slice(0, table.columns.length).map((c) => (c.merge ? null : c.text)));
}

const expectedTexts = (table: GridTable) => table.rows.map((row) => row.map((c) => (c.kind === 'content' ? c.text : null)));

describe('renderXlsx', () => {
  afterEach(() => vi.useRealTimers());

  it('writes one sheet per table, named by 表号, with the title block on top', async () => {
    const sheets = await readXlsx(await renderXlsx(fixtureDocument()));
    expect(sheets.map((s) => s.name)).toEqual(['预算01表', '预算02表', '预算08表', '预算14表']);
    const first = sheets[0]!;
    expect(first.rows[0]?.[0]?.text).toBe('预算01表');
    expect(first.rows[1]?.[0]?.text).toBe('2024年部门收支预算表');
    expect(first.rows[2]?.[0]?.text).toBe('部门名称：洛阳市城乡一体化示范区政务服务中心');
    expect(first.rows[2]?.[3]?.text).toBe('单位：万元');
    expect(sheets[2]?.rows.slice(-2).map((r) => r[0]?.text)).toEqual(tables[2]?.notes);
  });

  it('reads back every grid cell: texts, merges in the top-left cell, amounts as 2-decimal numbers', async () => {
    const sheets = await readXlsx(await renderXlsx(tables));
    tables.forEach((table, i) => expect(gridTexts(sheets[i]!, table)).toEqual(expectedTexts(table)));
    const [sheet] = sheets;
    const amount = sheet!.rows[gridTopOf(tables[0]!) + 1]?.[1];
    expect(amount).toMatchObject({ number: 148.53, numFmt: AMOUNT_FORMAT, text: '148.53' });
    expect(sheets[3]?.merges).toContain('A8:A10');
  });

  it('writes a text starting with =, +, - or @ as text, never a formula', async () => {
    const risky = ['=SUM(A1:A2)', '+1', '-2', '@cmd', '=1+1'];
    const table: GridTable = {
      id: '预算99', key: 'test', columnKeys: [], rowKeys: [], label: '预算99表', title: '注入测试', columns: [10, 10, 10, 10, 10], headerRows: 1, notes: ['=HYPERLINK("x")'], density: 'normal',
      rows: [risky.map((t) => content(t, 'header')), risky.map((t) => content(t, 'text'))],
    };
    const buffer = await renderXlsx([table]);
    const [sheet] = await readXlsx(buffer);
    expect(gridTexts(sheet!, table)).toEqual([risky, risky]);
    expect(sheet!.rows.flat().some((c) => c.formula)).toBe(false);
    const xml = await (await JSZip.loadAsync(buffer)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it('never writes a character XML 1.0 forbids: control characters are dropped, the rest of the text kept', async () => {
    const table: GridTable = {
      id: '预算98', key: 'test', columnKeys: [], rowKeys: [], label: '预算98表', title: '控制\u0001字符', columns: [10], headerRows: 0, notes: ['注\u000b'], density: 'normal',
      rows: [[content('a\u0008b', 'text')]],
    };
    const zip = await JSZip.loadAsync(await renderXlsx([table]));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml')))
      expect(await zip.file(name)!.async('string'), name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const [sheet] = await readXlsx(await renderXlsx([table]));
    expect([sheet!.rows[1]?.[0]?.text, sheet!.rows[2]?.[0]?.text, sheet!.rows[3]?.[0]?.text]).toEqual(['控制字符', 'ab', '注']);
  });

  it('gives every cell of a merge a border, so merged header cells print closed', async () => {
    const buffer = await renderXlsx([tables[3]!]);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(arrayBufferOf(buffer));
    const ws = wb.worksheets[0]!;
    const top = gridTopOf(tables[3]!);
    for (const [r, c] of [[top, 4], [top, 7], [top + 1, 7], [top + 5, 1], [top + 6, 4]] as const)
      expect(ws.getCell(r, c).border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
  });

  it('sets up printing: A4 landscape, one page wide, header rows repeated, frozen under the header', async () => {
    const buffer = await renderXlsx([tables[3]!]);
    const zip = await JSZip.loadAsync(buffer);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const book = await zip.file('xl/workbook.xml')!.async('string');
    const top = gridTopOf(tables[3]!);
    expect(sheet).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    expect(sheet).toMatch(/<pageSetUpPr fitToPage="1"/);
    expect(sheet).toContain(`<pane ySplit="${top + 2}"`);
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'预算14表'!$${top}:$${top + 2}</definedName>`);
  });

  it('gives the same bytes for the same input, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
    const first = await renderXlsx(fixtureDocument());
    vi.setSystemTime(new Date('2042-11-12T13:14:15Z'));
    const second = await renderXlsx(fixtureDocument());
    expect(Buffer.compare(first, second)).toBe(0);
  });
});
