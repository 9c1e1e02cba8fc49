import { describe, expect, it } from 'vitest';
import { generate } from '../../src/api.js';
import { FONT_SIZE, MIN_PRINTED_FONT, paperFor, printScale } from '../../src/render/xlsx/geometry.js';
import { planSheet } from '../../src/render/xlsx/sheet.js';
import { documentTables, sheetNames } from '../../src/render/xlsx/tables.js';
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

  it('000 的长表手工分页（项目绩效不跨页拆分），分页处和“一页高”与版面规划一致，页脚为“- 页码 -”', async () => {
    const { document, files } = await generate('examples/000-luoyang-2022/input.json', { formats: ['xlsx'], force: true });
    const parts = new Map(readZip(files[0]?.bytes ?? new Uint8Array()).map((e) => [e.name, new TextDecoder().decode(e.data)]));
    const tables = documentTables(document!);
    const names = sheetNames(tables);
    const plans = tables.map((t, i) => planSheet(t, names[i]!));
    expect(plans.some((p) => p.breaks.length > 0)).toBe(true);
    plans.forEach((plan, i) => {
      const xml = parts.get(`xl/worksheets/sheet${i + 1}.xml`) ?? '';
      expect([...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"\/>/g)].map((m) => Number(m[1])), plan.table.id).toEqual(plan.breaks);
      expect(xml, plan.table.id).toContain(`fitToHeight="${plan.onePage ? 1 : 0}"`);
      expect(xml, plan.table.id).toContain('<headerFooter><oddFooter>&amp;C- &amp;P -</oddFooter></headerFooter>');
    });
  });

  it('002 的预算11（26 列）用 A3 横向，其余表用 A4', async () => {
    const { document } = await generate('examples/002-chengxiang-2024/input.json', { formats: [], force: true });
    const papers = documentTables(document!).map((t) => `${t.id}:${paperFor(t.columns, FONT_SIZE[t.density]).name}`);
    expect(papers.filter((p) => p.endsWith('A3'))).toEqual(['预算11:A3']);
  });
});
