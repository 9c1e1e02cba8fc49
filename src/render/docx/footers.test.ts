import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../model/paths.js';
import { budgetInputSchema } from '../../model/schema.js';
import { buildFromBudget } from '../../pipeline.js';
import { readZip } from '../../zip/index.js';
import { FIRST_FOOTER_PART, FOOTER_PART } from './footers.js';
import { renderDocx } from './index.js';

async function exampleParts(name: string): Promise<Map<string, string>> {
  const json: unknown = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'examples', name, 'input.json'), 'utf8'));
  const document = buildFromBudget(budgetInputSchema.parse(json), undefined).document;
  if (!document) throw new Error(`${name} builds no document`);
  const decoder = new TextDecoder();
  return new Map(readZip(await renderDocx(document)).map((e) => [e.name, decoder.decode(e.data)]));
}

const parts = await exampleParts('000-luoyang-2022');
const documentXml = parts.get('word/document.xml') ?? '';
const sectPrs = [...documentXml.matchAll(/<w:sectPr>[^]*?<\/w:sectPr>/g)].map((m) => m[0]);

describe('页脚：全文共用一个页脚部件', () => {
  it('只有两个页脚部件：带 PAGE 域的“- N -”页脚和封面的空页脚', () => {
    const footers = [...parts.keys()].filter((name) => /^word\/footer\d*\.xml$/.test(name)).sort();
    expect(footers).toEqual([FOOTER_PART.path, FIRST_FOOTER_PART.path]);
    expect(parts.get(FOOTER_PART.path)).toMatch(/<w:jc w:val="center"\/>[^]*<w:t xml:space="preserve">- <\/w:t>[^]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[^]*<w:t xml:space="preserve"> -<\/w:t>/);
    expect(parts.get(FIRST_FOOTER_PART.path)).not.toContain('PAGE');
    expect(parts.get(FIRST_FOOTER_PART.path)).not.toContain('<w:t');
  });

  it('每一节（含最后一节）都以引用同一页脚开头；封面一节另有空的首页页脚并设 titlePg', () => {
    expect(sectPrs.length).toBeGreaterThan(10);
    for (const s of sectPrs) expect(s.startsWith(`<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_PART.id}"/>`)).toBe(true);
    expect(sectPrs[0]).toContain(`<w:footerReference w:type="first" r:id="${FIRST_FOOTER_PART.id}"/><w:pgSz`);
    expect(sectPrs[0]).toContain('<w:titlePg/>');
    for (const s of sectPrs.slice(1)) {
      expect(s).not.toContain('w:type="first"');
      expect(s).toContain('<w:titlePg w:val="false"/>');
    }
    expect(documentXml.match(/<w:footerReference /g)?.length).toBe(sectPrs.length + 1);
  });

  it('关系与内容类型各列出两个页脚部件一次', () => {
    const rels = parts.get('word/_rels/document.xml.rels') ?? '';
    const types = parts.get('[Content_Types].xml') ?? '';
    for (const f of [FOOTER_PART, FIRST_FOOTER_PART]) {
      expect(rels.split(`Id="${f.id}"`).length).toBe(2);
      expect(rels).toContain(`Target="${f.path.slice('word/'.length)}"`);
      expect(types.split(`PartName="/${f.path}"`).length).toBe(2);
    }
    expect(rels.match(/relationships\/footer"/g)?.length).toBe(2);
  });

  it('没有封面的文档不写空页脚，第一节也只引用页码页脚', async () => {
    const withCover = buildFromBudget(budgetInputSchema.parse(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'examples', '000-luoyang-2022', 'input.json'), 'utf8'))), undefined).document;
    if (!withCover) throw new Error('000 builds no document');
    const document = { ...withCover, parts: withCover.parts.filter((p) => p.id !== 'cover') };
    const decoder = new TextDecoder();
    const written = new Map(readZip(await renderDocx(document)).map((e) => [e.name, decoder.decode(e.data)]));
    const xml = written.get('word/document.xml') ?? '';
    const sections = [...xml.matchAll(/<w:sectPr>[^]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections.length).toBe(sectPrs.length);
    for (const s of sections) expect(s).toMatch(new RegExp(`^<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_PART.id}"/><w:pgSz [^>]*/>[^]*<w:titlePg w:val="false"/>`));
    expect(xml).not.toContain('w:type="first"');
    expect(written.has(FIRST_FOOTER_PART.path)).toBe(false);
    expect(written.get('word/_rels/document.xml.rels')).not.toContain(FIRST_FOOTER_PART.id);
  });
});
