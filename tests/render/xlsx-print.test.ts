import { describe, expect, it } from 'vitest';
import { generate } from '../../src/api.js';
import { FONT_SIZE, MIN_PRINTED_FONT, paperFor, printScale } from '../../src/render/xlsx/geometry.js';
import { documentTables } from '../../src/render/xlsx/tables.js';
import { readZip } from '../../src/zip/index.js';

const EXAMPLES = ['000-luoyang-2022', '002-chengxiang-2024', '004-xigong-2023'];

describe('Excel 表格打印：一页宽，字号不小于 7 磅（过宽的表用 A3 横向）', () => {
  for (const example of EXAMPLES) {
    it(`${example}：每张表按所选纸张缩放到一页宽后，字号不小于 ${MIN_PRINTED_FONT} 磅`, async () => {
      const { document, files } = await generate(`examples/${example}/input.json`, { formats: ['xlsx'], force: true });
      if (!document) throw new Error('no document');
      const sheets = readZip(files[0]?.bytes ?? new Uint8Array()).filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
      const setups = new Map(sheets.map((e) => [Number(/sheet(\d+)/.exec(e.name)?.[1]), /<pageSetup[^>]*>/.exec(new TextDecoder().decode(e.data))?.[0] ?? '']));
      documentTables(document).forEach((table, i) => {
        const font = FONT_SIZE[table.density];
        const paper = paperFor(table.columns, font);
        expect(font * printScale(table.columns, font, paper), table.id).toBeGreaterThanOrEqual(MIN_PRINTED_FONT);
        expect(setups.get(i + 1), table.id).toMatch(new RegExp(`paperSize="${paper.paperSize}".*orientation="landscape".*fitToWidth="1"`));
      });
    });
  }

  it('002 的预算11（26 列）用 A3 横向，其余表用 A4', async () => {
    const { document } = await generate('examples/002-chengxiang-2024/input.json', { formats: [], force: true });
    const papers = documentTables(document!).map((t) => `${t.id}:${paperFor(t.columns, FONT_SIZE[t.density]).name}`);
    expect(papers.filter((p) => p.endsWith('A3'))).toEqual(['预算11:A3']);
  });
});
