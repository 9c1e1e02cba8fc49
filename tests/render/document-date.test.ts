import { describe, expect, it, vi } from 'vitest';
import { generate } from '../../src/api.js';
import { readZip } from '../../src/zip/index.js';
import { minimalInput } from '../fixtures/minimal.js';
import { edit, fixtureWorkbook, sheet } from '../workbook/helpers.js';

/** docProps/core.xml of each generated package (docx, xlsx), and the first zip entry's date. */
async function datesOf(data: object, name = 'x'): Promise<{ core: string[]; entry: string[] }> {
  const { files } = await generate({ data: data as never, name }, { formats: ['docx', 'xlsx'] });
  const core = files.map((f) => new TextDecoder().decode(readZip(f.bytes).find((e) => e.name === 'docProps/core.xml')?.data));
  const entry = files.map((f) => {
    const view = Buffer.from(f.bytes);
    const time = view.readUInt16LE(10);
    const day = view.readUInt16LE(12);
    return `${(day >> 9) + 1980}-${String((day >> 5) & 15).padStart(2, '0')}-${String(day & 31).padStart(2, '0')} ${time >> 11}`;
  });
  return { core, entry };
}

describe('生成文件的创建日期：取填报的公开日期或 SOURCE_DATE_EPOCH，不再固定为 1 月 1 日', () => {
  it('填了公开日期：Word 与 Excel 的创建、修改日期都是它，压缩包条目的日期也是', async () => {
    const { core, entry } = await datesOf({ ...minimalInput(), publicationDate: '2024-02-20' });
    for (const xml of core) {
      expect(xml).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-02-20T00:00:00Z</dcterms:created>');
      expect(xml).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-02-20T00:00:00Z</dcterms:modified>');
    }
    expect(entry).toEqual(['2024-02-20 0', '2024-02-20 0']);
  });

  it('没填公开日期但设了 SOURCE_DATE_EPOCH：用它；两者都没有：不写日期（不编造），字节仍然确定', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1708387200');
    try {
      const { core } = await datesOf(minimalInput());
      for (const xml of core) expect(xml).toContain('2024-02-20T00:00:00Z</dcterms:created>');
    } finally {
      vi.unstubAllEnvs();
    }
    const first = await datesOf(minimalInput());
    for (const xml of first.core) expect(xml).not.toMatch(/dcterms:created|2024-01-01|2000-01-01/);
    expect(await datesOf(minimalInput())).toEqual(first);
  });

  it('填报表“基本信息”中的“公开日期”一行读入 publicationDate；没有这一行的旧填报表照常读取', async () => {
    const withDate = await edit(await fixtureWorkbook(), (wb) => {
      const ws = sheet(wb, '基本信息');
      ws.eachRow((row) => {
        if (row.getCell(1).value === '公开日期') row.getCell(2).value = '2024-02-20';
      });
    });
    const dated = await generate({ bytes: withDate, fileName: '填报.xlsx' }, { formats: ['docx'] });
    expect(dated.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(new TextDecoder().decode(readZip(dated.files[0]!.bytes).find((e) => e.name === 'docProps/core.xml')?.data)).toContain('2024-02-20T00:00:00Z');
    const old = await edit(await fixtureWorkbook(), (wb) => {
      const ws = sheet(wb, '基本信息');
      ws.eachRow((row) => {
        if (row.getCell(1).value === '公开日期') row.values = [];
      });
    });
    const read = await generate({ bytes: old, fileName: '旧填报.xlsx' }, { formats: [] });
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
