import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { readDocxText } from '../render/docx-parts.js';
import type { BudgetInputJson } from '../../src/model/schema.js';
import { minimalInput } from '../fixtures/minimal.js';
import { fakeIo } from './harness.js';

/** Text a spreadsheet would run as a formula (CSV/DDE injection) if a writer stored it as one. */
const FORMULAS = ["=cmd|' /C calc'!A0", '+SUM(1,2)', '-2+3+cmd|"/C calc"!A0', '@SUM(A1:A9)', '=HYPERLINK("http://example.invalid","点我")'];
/** Characters XML 1.0 forbids: one of them in a part and Word or Excel refuses the whole file. */
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'yusuan-hostile-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Generates docx + xlsx from an edited minimal input; returns the exit code and both files. */
async function generate(name: string, edit: (input: BudgetInputJson) => void): Promise<{ code: number; err: string; docx: Buffer; xlsx: Buffer }> {
  const input = minimalInput();
  edit(input);
  const path = join(dir, `${name}.json`);
  await writeFile(path, JSON.stringify(input));
  const io = fakeIo(dir);
  const code = await execute(['generate', path, '-o', join(dir, 'out'), '--format', 'docx,xlsx', '--name', '{文件名}'], io);
  const out = (ext: string) => readFile(join(dir, 'out', `${name}.${ext}`));
  return { code, err: io.err.join(''), docx: await out('docx'), xlsx: await out('xlsx') };
}

async function xmlParts(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) parts.set(name, (await zip.file(name)?.async('string')) ?? '');
  return parts;
}

describe('危险文本：写成文本，绝不成为公式；XML 不被破坏', () => {
  it('项目名称、单位名称、指标值中的 =cmd|… 等公式文本：xlsx 中是文本单元格，没有任何公式', async () => {
    const { code, err, xlsx, docx } = await generate('formula', (input) => {
      const project = input.projects?.[0];
      if (!project) throw new Error('fixture has no project');
      project.name = FORMULAS[0] ?? '';
      project.indicators = { ...project.indicators, output: FORMULAS.slice(1).map((value, i) => ({ name: `指标${i}`, value })) };
      input.units[0] = { ...input.units[0]!, name: FORMULAS[4] ?? '' };
    });
    expect(code, err).toBe(0);
    for (const [name, xml] of await xmlParts(xlsx)) expect(xml, name).not.toMatch(/<f[ >]/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    const found = new Map<string, ExcelJS.ValueType[]>();
    workbook.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Merge) return; // a covered cell reports its merge's value
          for (const f of FORMULAS) if (c.value === f) found.set(f, [...(found.get(f) ?? []), c.type]);
        }),
      ),
    );
    for (const f of FORMULAS) expect(found.get(f), f).toBeDefined();
    for (const types of found.values()) expect(new Set(types)).toEqual(new Set([ExcelJS.ValueType.String]));
    const text = (await readDocxText(docx)).map((i) => (i.kind === 'paragraph' ? i.text : i.rows.flat().join('|'))).join('\n');
    for (const f of FORMULAS) expect(text).toContain(f);
  });

  it('XML 特殊字符与控制字符（铃声、垂直制表、孤立代理项）：照常生成，两个文件的 XML 都合法', async () => {
    const nasty = '<w:t>&amp;"\'</w:t>\u0007响铃\u000b换行\ud800孤立]]>';
    const { code, err, docx, xlsx } = await generate('control', (input) => {
      input.projects![0]!.name = nasty;
      input.overview.duties = [`职责${nasty}`];
      input.reasons = { total: `原因${nasty}` };
    });
    expect(code, err).toBe(0);
    for (const bytes of [docx, xlsx]) for (const [name, xml] of await xmlParts(bytes)) expect(xml, name).not.toMatch(XML_ILLEGAL);
    const text = (await readDocxText(docx)).map((i) => (i.kind === 'paragraph' ? i.text : i.rows.flat().join('|'))).join('\n');
    expect(text).toContain('<w:t>&amp;"\'</w:t>响铃');
  });

  it('极大的合法金额（12 位整数）：照常生成，表格印出完整金额', async () => {
    const { code, err, xlsx } = await generate('huge', (input) => {
      for (const item of input.lineItems) item.amount = '999999999999.99';
    });
    expect(code, err).toBeLessThan(2);
    const sheets = [...(await xmlParts(xlsx)).values()].join('');
    expect(sheets).toContain('999999999999.99');
  });
});

describe('编码：带 BOM 的 UTF-8 与带 BOM 的 UTF-16 是有效输入，照常生成', () => {
  const encodings: [string, (text: string) => Uint8Array][] = [
    ['UTF-8 BOM', (t) => new TextEncoder().encode(`\ufeff${t}`)],
    ['UTF-16LE BOM', (t) => new Uint8Array(Buffer.from(`\ufeff${t}`, 'utf16le'))],
  ];
  for (const [title, encode] of encodings) {
    it(title, async () => {
      const path = join(dir, `${title.replace(/\W/g, '')}.json`);
      await writeFile(path, encode(JSON.stringify(minimalInput())));
      const io = fakeIo(dir);
      const code = await execute(['generate', path, '-o', join(dir, 'bom-out'), '--format', 'docx'], io);
      expect(code, io.err.join('')).toBe(0);
      expect(io.out.join('')).toContain('.docx');
    });
  }
});
