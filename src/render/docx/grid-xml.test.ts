import { Document, Packer, Table, TableLayoutType, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import type { GridTable } from '../../document/model.js';
import { readZip } from '../../zip/index.js';
import { columnWidths } from './column-widths.js';
import { gridRows } from '../../../tests/render/docx-reference.js';
import { writeGridRows } from './grid-xml.js';
import { Utf8ChunkWriter } from '../../xml/text.js';
import { LANDSCAPE_TEXT_WIDTH } from './typography.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetInputSchema } from '../../model/schema.js';
import { buildFromBudget } from '../../pipeline.js';
import { PACKAGE_ROOT } from '../../model/paths.js';
import { documentTables } from '../xlsx/index.js';

/** Every table of the three examples, as the pipeline builds them. */
function exampleTables(): GridTable[] {
  return ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024'].flatMap((name) => {
    const json: unknown = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'examples', name, 'input.json'), 'utf8'));
    const document = buildFromBudget(budgetInputSchema.parse(json), undefined).document;
    return document ? documentTables(document) : [];
  });
}

/** What docx 9.7 itself writes for `gridRows`: the w:tr elements of a one-table document. */
async function docxRows(table: GridTable, widths: number[]): Promise<string> {
  const doc = new Document({ sections: [{ children: [new Table({ rows: gridRows(table, widths), columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA } })] }] });
  const xml = new TextDecoder().decode(readZip(await Packer.toBuffer(doc)).find((e) => e.name === 'word/document.xml')?.data);
  return xml.slice(xml.indexOf('<w:tr>'), xml.lastIndexOf('</w:tr>') + '</w:tr>'.length);
}

/** The rows writeGridRows writes, decoded. */
function rowsXml(table: GridTable, widths: number[]): string {
  const out = new Utf8ChunkWriter();
  const chunks = [...writeGridRows(table, widths, out)];
  return Buffer.concat([...chunks, out.finish() ?? new Uint8Array(0)]).toString('utf8');
}

const tricky: GridTable = {
  id: '预算99', key: 'test', columnKeys: [], rowKeys: [],
  label: '预算99表',
  title: '转义与换行',
  columns: [10, 6, 6],
  headerRows: 1,
  density: 'dense',
  notes: [],
  rows: [
    [{ kind: 'content', text: '项目', role: 'header', rowSpan: 2, colSpan: 1, align: 'center', bold: true }, { kind: 'content', text: 'A & B <c> "d" \'e\'', role: 'header', rowSpan: 1, colSpan: 2, align: 'center' }, { kind: 'covered' }],
    [{ kind: 'covered' }, { kind: 'content', text: '第一行\n第二行\t制表\r\n第三行', role: 'text', rowSpan: 1, colSpan: 1, align: 'left' }, { kind: 'content', text: '', role: 'amount', rowSpan: 1, colSpan: 1, align: 'right' }],
    [{ kind: 'content', text: '=cmd|\' /C calc\'!A0\u0007', role: 'label', rowSpan: 1, colSpan: 2, align: 'left' }, { kind: 'covered' }, { kind: 'content', text: '12.30', role: 'amount', rowSpan: 1, colSpan: 1, align: 'right' }],
  ],
};

describe('gridRowStrings：与 docx 9.7 对 gridRows 的序列化逐字节相同', () => {
  it('转义、换行、制表符、空单元格、横向与纵向合并', async () => {
    const widths = columnWidths(tricky, LANDSCAPE_TEXT_WIDTH);
    expect(rowsXml(tricky, widths)).toBe(await docxRows(tricky, widths));
  });

  it('三个示例的每一张表', async () => {
    for (const table of exampleTables()) {
      const widths = columnWidths(table, LANDSCAPE_TEXT_WIDTH);
      expect(rowsXml(table, widths), table.label).toBe(await docxRows(table, widths));
    }
  });
});
