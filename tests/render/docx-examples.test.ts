import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/compute/figures.js';
import { buildDocument } from '../../src/document/build.js';
import { chooseProfile, loadProfile } from '../../src/document/profile.js';
import { budgetInputSchema } from '../../src/model/schema.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { readEmbeddedModel, verifyDocx } from '../../src/render/docx/verify.js';
import { all, docxParts, sections } from './docx-parts.js';

const root = join(import.meta.dirname, '..', '..', 'examples');
const examples = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, 'input.json'))) : [];

describe.each(examples)('示例 %s 的 Word 文档', (name) => {
  const budget = budgetInputSchema.parse(JSON.parse(readFileSync(join(root, name, 'input.json'), 'utf8')));
  const doc = buildDocument(budget, computeFigures(budget), loadProfile(chooseProfile(budget).profile));
  const tableCount = doc.parts.flatMap((p) => p.blocks).filter((b) => b.type === 'table').length;

  it('正文与表格逐项等于文档模型，内嵌模型可读回，两次生成字节相同', async () => {
    const bytes = await renderDocx(doc);
    await verifyDocx(bytes, doc);
    expect(await readEmbeddedModel(bytes)).toEqual(doc);
    expect(Buffer.compare(await renderDocx(doc), bytes)).toBe(0);
  });

  it('每张表一个横向分节，每条目录都有 TC 域', async () => {
    const xml = (await docxParts(await renderDocx(doc))).get('word/document.xml') ?? '';
    const landscape = sections(xml).filter((s) => s.sectPr.includes('w:orient="landscape"'));
    expect(landscape).toHaveLength(tableCount);
    for (const s of landscape) expect(all(s.body, /<w:tbl>/)).toHaveLength(1);
    const toc = doc.parts.flatMap((p) => p.blocks).find((b) => b.type === 'toc');
    const marks = all(xml, / TC &quot;(.*?)&quot; \\l \d /);
    expect(marks).toHaveLength(toc?.type === 'toc' ? toc.entries.length : 0);
    const labels = new Set(doc.parts.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'table' ? [b.table.label] : [])));
    let onTables = 0;
    for (const mark of marks) {
      // The paragraph holding the TC field shows the entry's text, or is a table's label (预算NN表, 公开NN表).
      const start = xml.lastIndexOf('<w:p>', mark.index);
      const paragraph = xml.slice(start, xml.indexOf('</w:p>', mark.index));
      const text = all(paragraph, /<w:t[^>]*>([^<]*)<\/w:t>/).map((m) => m[1]).join('');
      if (labels.has(text ?? '')) onTables++;
      else expect(text.replace(/\s/g, '')).toBe((mark[1] ?? '').replace(/\s/g, ''));
    }
    expect(onTables).toBe(tableCount);
  });
});
