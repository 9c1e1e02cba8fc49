import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import type { GridTable } from '../../src/document/model.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';
import { FIXED_PARTS_FILE, useFixedParts, type FixedParts } from '../../src/render/docx/fixed-parts.js';
import { fixedPartsFromDocx } from '../../src/render/docx/fixed-parts-docx.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { coreXml } from '../../src/render/docx/package.js';
import { tableXml } from '../../src/render/docx/table.js';
import { Utf8ChunkWriter } from '../../src/xml/text.js';
import { readZip } from '../../src/zip/index.js';
import { referenceSection, referenceTable } from './docx-reference.js';
import { fixtureDocument } from './fixture.js';

afterAll(() => useFixedParts(undefined));

/** What docx 9.7 writes for `file`: its XML parts by name (its compiler, before it zips them). */
function docxXml(file: Document): Map<string, string> {
  const compiler = (Packer as unknown as { compiler: { xmlifyFile(f: Document): Record<string, { path: string; data: string } | { path: string; data: string }[]> } }).compiler;
  return new Map(Object.values(compiler.xmlifyFile(file)).flatMap((e) => (Array.isArray(e) ? e : [e])).map((p) => [p.path, p.data]));
}

const doc = fixtureDocument();
const tables = doc.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : [])));
const decoder = new TextDecoder();
const partsOf = (bytes: Uint8Array) => new Map(readZip(bytes).map((e) => [e.name, decoder.decode(e.data)]));

// The .docx is written directly (sections.ts, table.ts, grid-xml.ts, package.ts), as docx 9.7 wrote it for the same
// options; the parts every document shares are docx's own, precompiled by the build (fixed-parts.ts).
describe('Word 文档的骨架：与 docx 9.7 对同样选项的序列化逐字节相同', () => {
  it('各节的 w:sectPr（封面、纵向、横向）', async () => {
    const ours = [...partsOf(await renderDocx(doc)).get('word/document.xml')!.matchAll(/<w:sectPr>[^]*?<\/w:sectPr>/g)].map((m) => m[0].replace(/<w:footerReference [^>]*\/>/g, ''));
    const sections = [referenceSection(false, true, [new Paragraph('封面')]), referenceSection(false, false, [new Paragraph('说明')]), referenceSection(true, false, [new Paragraph('表')])];
    const theirs = [...docxXml(new Document({ sections })).get('word/document.xml')!.matchAll(/<w:sectPr>[^]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(ours[0]).toBe(theirs[0]);
    for (const later of ours.slice(1)) expect([theirs[1], theirs[2]]).toContain(later);
    expect(ours.at(-1)).toBe(theirs[2]);
    // A document whose narrative runs past the cover's section has a plain portrait section too.
    const portrait = { ...doc, parts: doc.parts.filter((p) => p.id !== 'cover') };
    expect([...partsOf(await renderDocx(portrait)).get('word/document.xml')!.matchAll(/<w:sectPr>[^]*?<\/w:sectPr>/g)][0]?.[0].replace(/<w:footerReference [^>]*\/>/g, '')).toBe(theirs[1]);
  });

  it.each(tables.map((t) => [t.label, t] as const))('%s：表格属性、列宽与全部行', (_, table: GridTable) => {
    const xml = docxXml(new Document({ sections: [{ children: [referenceTable(table)] }] })).get('word/document.xml')!;
    const out = new Utf8ChunkWriter();
    const chunks = [...tableXml(table, out)];
    expect(Buffer.concat([...chunks, out.finish() ?? new Uint8Array(0)]).toString('utf8')).toBe(xml.slice(xml.indexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length));
  });

  it('docProps/core.xml：标题与说明按 docx 转义，日期有则写、无则不写', () => {
    const core = { title: `标题 & <甲> "乙" '丙'`, description: '说明' };
    const theirs = docxXml(new Document({ creator: 'yusuan', lastModifiedBy: 'yusuan', ...core, sections: [] })).get('docProps/core.xml')!;
    const date = new Date('2024-03-01T00:00:00Z');
    // docx stamps the current time: its two dates set to `date`, or removed.
    const dated = (stamp: string | undefined) => theirs.replace(/<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">[^<]*<\/dcterms:\1>/g, (_, name: string) => (stamp ? `<dcterms:${name} xsi:type="dcterms:W3CDTF">${stamp}</dcterms:${name}>` : ''));
    expect(coreXml(core, date)).toBe(dated('2024-03-01T00:00:00Z'));
    expect(coreXml(core)).toBe(dated(undefined));
  });
});

describe('Word 文档的固定部件：构建预编译的文件与 docx 当场生成的相同', () => {
  it('构建写出的 precompiled-docx-parts.json 等于 docx 生成的部件，用它写出的 .docx 逐字节相同', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yusuan-docx-parts-'));
    try {
      const { precompileDocxParts } = (await import(join(PACKAGE_ROOT, 'scripts', 'precompile-templates.mjs'))) as { precompileDocxParts(root: string, targets: string[]): Promise<string> };
      await precompileDocxParts(PACKAGE_ROOT, [dir]);
      const precompiled = JSON.parse(readFileSync(join(dir, FIXED_PARTS_FILE), 'utf8')) as FixedParts;
      const made = fixedPartsFromDocx();
      expect(precompiled).toEqual(made);
      useFixedParts(made);
      const fromDocx = await renderDocx(doc);
      useFixedParts(precompiled);
      expect((await renderDocx(doc)).equals(fromDocx)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('固定部件不含每份文档各自写出的部件', () => {
    const { parts, documentOpen } = fixedPartsFromDocx();
    expect(Object.keys(parts)).not.toContain('word/document.xml');
    expect(Object.keys(parts)).not.toContain('docProps/core.xml');
    expect(parts['word/styles.xml']).toContain('w:styleId="TableText21"');
    expect(documentOpen).toMatch(/^<\?xml [^>]*\?><w:document [^>]*>$/);
  });
});
