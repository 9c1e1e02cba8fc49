import { describe, expect, it } from 'vitest';
import type { GridTable } from '../../document/model.js';
import { content, covered, fixtureDocument } from '../../../tests/render/fixture.js';
import { openZip, readZip } from '../../zip/index.js';
import { MODEL_PART, readModelPart } from '../verify/model-part.js';
import { columnName, parseAddress } from './address.js';
import { documentTables, gridTopOf, renderXlsx } from './index.js';

const decoder = new TextDecoder();
const partsOf = (bytes: Uint8Array) => new Map(readZip(bytes).map((e) => [e.name, decoder.decode(e.data)]));
const attrs = (xml: string, tag: string, name: string) => [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

const table = (label: string, rows: GridTable['rows'], headerRows = 1): GridTable => ({
  id: label, key: 'test', columnKeys: [], rowKeys: [], label, title: '标题', columns: [10, 10, 10], headerRows, notes: [], density: 'normal', rows,
});

describe('the .xlsx package', () => {
  it('types every part, and every relationship points at a part that is there', async () => {
    const parts = partsOf(await renderXlsx(fixtureDocument()));
    const types = parts.get('[Content_Types].xml')!;
    const overrides = attrs(types, 'Override', 'PartName').map((p) => p.slice(1));
    for (const name of parts.keys()) if (!name.endsWith('.rels') && name !== '[Content_Types].xml' && name !== MODEL_PART) expect(overrides, name).toContain(name);
    for (const part of overrides) expect(parts.has(part), part).toBe(true);
    const targets = [
      ...attrs(parts.get('_rels/.rels')!, 'Relationship', 'Target'),
      ...attrs(parts.get('xl/_rels/workbook.xml.rels')!, 'Relationship', 'Target').map((t) => new URL(t, 'file:///xl/').pathname.slice(1)),
    ];
    expect(targets).toContain('xl/sharedStrings.xml');
    expect(targets).toContain(MODEL_PART);
    for (const target of targets) expect(parts.has(target), target).toBe(true);
  });

  it('carries the model part and yusuan as author; the dates are the input date, or none', async () => {
    const doc = fixtureDocument();
    expect(readModelPart(openZip(await renderXlsx(doc)))).toEqual(doc);
    const undated = partsOf(await renderXlsx(doc)).get('docProps/core.xml')!;
    expect(undated).toContain('<dc:creator>yusuan</dc:creator><cp:lastModifiedBy>yusuan</cp:lastModifiedBy>');
    expect(undated).not.toContain('dcterms:created');
    const dated = partsOf(await renderXlsx(doc, { created: new Date('2024-03-01T00:00:00Z') })).get('docProps/core.xml')!;
    expect(dated).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-01T00:00:00Z</dcterms:modified>');
    expect(partsOf(await renderXlsx(doc)).get('docProps/app.xml')).toContain('<vt:lpstr>预算01表</vt:lpstr>');
  });

  it('writes every position a merge covers as a cell in the style of its top-left cell, bordered', async () => {
    const grid = documentTables(fixtureDocument())[3]!;
    const parts = partsOf(await renderXlsx([grid]));
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    const styles = parts.get('xl/styles.xml')!;
    const xfs = [...styles.matchAll(/<xf numFmtId="\d+" fontId="\d+" fillId="0" borderId="(\d)" xfId="0"/g)].map((m) => m[1]);
    const styleAt = new Map([...sheet.matchAll(/<c r="([A-Z]+\d+)" s="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])]));
    const merges = attrs(sheet, 'mergeCell', 'ref').map((ref) => {
      const [from, to] = ref.split(':').map((a) => parseAddress(a)!);
      return [ref, from!, to!] as const;
    });
    const inGrid = merges.filter(([, from]) => from.row >= gridTopOf(grid));
    expect(inGrid.length).toBeGreaterThan(3);
    for (const [ref, from, to] of inGrid) {
      const master = styleAt.get(ref.split(':')[0]!);
      expect(xfs[master!], ref).toBe('1');
      for (let r = from.row; r <= to.row; r++) for (let c = from.column; c <= to.column; c++) expect(styleAt.get(`${columnName(c)}${r}`), `${ref}: ${columnName(c)}${r}`).toBe(master);
    }
  });

  it("names the print titles of each sheet with header rows, quoting a ' in its name", async () => {
    const head = [content('甲', 'header'), content('乙', 'header', { colSpan: 2 }), covered()];
    const tables = [table("预算'1表", [head, head.map(() => content('x', 'text'))]), table('预算02表', [[content('a', 'text'), content('b', 'text'), content('c', 'text')]], 0), table('预算03表', [head, head], 2)];
    const parts = partsOf(await renderXlsx(tables));
    const book = parts.get('xl/workbook.xml')!;
    expect(attrs(book, 'sheet', 'name')).toEqual(["预算'1表", '预算02表', '预算03表']);
    expect(book).toContain(`<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'预算''1表'!$3:$3</definedName><definedName name="_xlnm.Print_Titles" localSheetId="2">'预算03表'!$3:$4</definedName></definedNames>`);
    expect(parts.get('xl/worksheets/sheet2.xml')).not.toContain('<pane');
    expect(parts.get('xl/worksheets/sheet3.xml')).toContain('<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>');
  });

  it('refuses a grid whose covered position has no owner above or to the left', async () => {
    await expect(renderXlsx([table('预算09表', [[covered(), content('a', 'text'), content('b', 'text')]])])).rejects.toThrow(/合并区域不完整/);
  });
});
