import { describe, expect, it, vi } from 'vitest';
import { InternalError } from '../../src/model/diagnostic.js';
import { ZipError } from '../../src/zip/index.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { expectedItems, readEmbeddedModel, verifyDocx, type DocxItem } from '../../src/render/docx/verify.js';
import type { BudgetDocument } from '../../src/document/model.js';
import { docxParts, readDocxText } from './docx-parts.js';
import { fixtureDocument, fixtureWithChangedCell } from './fixture.js';

const doc = fixtureDocument();
const bytes = await renderDocx(doc);
const parts = await docxParts(bytes);

describe('renderDocx：文字与模型一致', () => {
  it('读回的段落和表格单元格与文档模型逐项相同', async () => {
    const flat = (items: DocxItem[]) => JSON.parse(JSON.stringify(items).replace(/\\n/g, '')) as unknown;
    // 目录 lines end in `⇥页码` (layout, not content): compared without it.
    const items = (await readDocxText(bytes)).map((i) => (i.kind === 'paragraph' ? { ...i, text: i.text.replace(/\t\d+$/, '') } : i));
    expect(flat(items)).toEqual(flat(expectedItems(doc)));
    await expect(verifyDocx(bytes, doc)).resolves.toBeUndefined();
  });

  it('部分标题是一个段落（第一部分⏎标题），过长的封面标题分两行，表格读回为去掉合并续格的单元格', async () => {
    const items = await readDocxText(bytes);
    expect(items[0]).toEqual({ kind: 'paragraph', text: '2024年洛阳市城乡一体化示范区\n政务服务中心部门预算说明' });
    expect(items).toContainEqual({ kind: 'paragraph', text: '第一部分\n洛阳市城乡一体化示范区政务服务中心概况' });
    expect(items).toContainEqual({ kind: 'paragraph', text: '部门名称：洛阳市城乡一体化示范区政务服务中心\t单位：万元' });
    const grids = items.flatMap((i) => (i.kind === 'table' ? [i.rows] : []));
    expect(grids).toHaveLength(4);
    expect(grids[0]?.[0]).toEqual(['收入', '支出']);
    expect(grids[3]?.[4]).toHaveLength(15); // first row of a project block: all 15 cells
    expect(grids[3]?.[5]).toHaveLength(8); // its next rows: the 8 indicator cells only
  });

  it('模型改动一个单元格后，校验抛出 InternalError 并指出位置', async () => {
    const changed = fixtureWithChangedCell();
    await expect(verifyDocx(bytes, changed)).rejects.toThrow(InternalError);
    await expect(verifyDocx(bytes, changed)).rejects.toThrow(/预算\d+表!B\d+：「148.54」改成了「148.53」/);
  });

  it('模型文字里有 XML 不允许的字符时：写出的 XML 仍合法，校验通过，内嵌模型原样读回', async () => {
    const odd = structuredClone(doc);
    const overview = odd.parts[2]?.blocks[2];
    if (overview?.type !== 'paragraph') throw new Error('fixture changed');
    overview.text = `控制\u0001字符\uffff与\r\n换行`;
    const grid = odd.parts.at(-1)?.blocks[1];
    const cell = grid?.type === 'table' ? grid.table.rows[2]?.[0] : undefined;
    if (cell?.kind !== 'content') throw new Error('fixture changed');
    cell.text = '一、一般\u0007公共预算';
    const written = await renderDocx(odd);
    await verifyDocx(written, odd);
    for (const [name, xml] of await docxParts(written)) {
      if (name.endsWith('.xml')) expect(xml, name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    }
    expect(await readEmbeddedModel(written)).toEqual(odd);
    expect(await readDocxText(written)).toContainEqual({ kind: 'paragraph', text: '控制字符与\n换行' });
  });

  it('少一段时校验失败', async () => {
    const changed: BudgetDocument = structuredClone(doc);
    changed.parts[2]?.blocks.pop();
    await expect(verifyDocx(bytes, changed)).rejects.toThrow(/Word 文档与文档模型不一致/);
  });
});

describe('renderDocx：确定性与内嵌模型', () => {
  it('同一文档两次生成的字节完全相同；没有给出日期时不写创建和修改日期（不编造日期）', async () => {
    const again = await renderDocx(fixtureDocument());
    expect(Buffer.compare(again, bytes)).toBe(0);
    expect(parts.get('docProps/core.xml')).not.toMatch(/dcterms:(created|modified)/);
  });

  it('给出日期（填报的公开日期）时，创建和修改日期都是它', async () => {
    const dated = await docxParts(await renderDocx(fixtureDocument(), { created: new Date('2024-02-20T00:00:00Z') }));
    expect(dated.get('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-02-20T00:00:00Z</dcterms:created>');
    expect(dated.get('docProps/core.xml')).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-02-20T00:00:00Z</dcterms:modified>');
  });

  it('系统时钟不同，字节也相同（docx 写入的时间被固定）', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-06-15T12:34:56Z'));
      const later = await renderDocx(fixtureDocument());
      vi.setSystemTime(new Date('1999-01-02T03:04:05Z'));
      const earlier = await renderDocx(fixtureDocument());
      expect(Buffer.compare(later, bytes)).toBe(0);
      expect(Buffer.compare(earlier, bytes)).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('不同的文档生成不同的字节', async () => {
    const changed = fixtureDocument();
    changed.meta.title = `${changed.meta.title}（修订）`;
    expect(Buffer.compare(await renderDocx(changed), bytes)).not.toBe(0);
  });

  it('内嵌的文档模型可读回，与原模型相同', async () => {
    expect(await readEmbeddedModel(bytes)).toEqual(doc);
    expect(parts.get('[Content_Types].xml')).toContain('PartName="/customXml/itemProps1.xml"');
    expect(parts.get('word/_rels/document.xml.rels')).toContain('Target="../customXml/item1.xml"');
  });

  it('不是 yusuan 生成的文件读不出模型；不是 zip 的文件是 ZipError（verify 报告其中文原因）', async () => {
    await expect(readEmbeddedModel(new TextEncoder().encode('not a zip'))).rejects.toThrow(ZipError);
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('customXml/item1.xml', '<model xmlns="urn:other">{}</model>');
    expect(await readEmbeddedModel(await zip.generateAsync({ type: 'uint8array' }))).toBeUndefined();
  });

  it('字体表给出替代字体（方正小标宋简体 → 黑体，仿宋_GB2312 → 仿宋）', () => {
    const fonts = parts.get('word/fontTable.xml') ?? '';
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });
});
