import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditBytes } from '../../src/audit/audit.js';
import { AUDITED_INPUT_RULES } from '../../src/audit/input-checks.js';
import { checkDocument } from '../../src/checks/index.js';
import { execute } from '../../src/cli/execute.js';
import { findSoffice } from '../../src/render/pdf.js';
import { formatDiagnostic } from '../../src/model/diagnostic.js';
import { fakeIo } from '../bad-input/harness.js';
import { EXAMPLES, SEED_OF, figuresOf, generatedExample, reportedByGenerator, tablesOf } from './helpers.js';
import { pdfOf, type PdfText } from './pdf-fixture.js';
import { documentPdf } from './pdf-layout.js';

/** A seed text drawn as a PDF: one text run per line (tab-separated cells side by side), 45 lines a page. */
function seedPdf(file: string): Buffer {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const pages: PdfText[][] = [];
  lines.forEach((line, i) => {
    const page = (pages[Math.floor(i / 45)] ??= []);
    line.split('\t').forEach((cell, k) => cell.trim() && page.push({ x: 20 + k * 70, y: 560 - (i % 45) * 12, text: cell.trim(), size: 9 }));
  });
  return pdfOf(pages);
}

describe('audit 读取 PDF 文字层（issue 17 第3步，pdfjs-dist）', () => {
  it('种子文本画成 PDF 后读出的表格数字、发现与读 .txt 相同，位置带页码', async () => {
    const file = SEED_OF['000-luoyang-2022'];
    const fromText = await auditBytes(readFileSync(file), '000.txt');
    const fromPdf = await auditBytes(seedPdf(file), '000.pdf');
    expect(fromPdf.unreadable).toBeUndefined();
    expect(fromPdf.format).toBe('pdf');
    const figures = (r: typeof fromText) => [...r.read!.tables.values()].flatMap((t) => figuresOf(t.table)).sort();
    expect(figures(fromPdf)).toEqual(figures(fromText));
    expect(fromPdf.findings.map((f) => `${f.rule} ${f.where}`).sort()).toEqual(fromText.findings.map((f) => `${f.rule} ${f.where}`).sort());
    const t07 = fromPdf.findings.find((f) => f.rule === 'T07');
    expect(t07?.place).toMatchObject({ kind: 'line', page: expect.any(Number) as number });
  });

  it.each(EXAMPLES)('%s 按版面画成 PDF（每格一段文字、页脚页码）：读出全部印刷数字，没有新的发现', async (example) => {
    const { document } = await generatedExample(example);
    const result = await auditBytes(documentPdf(document), `${example}.pdf`);
    const read = new Set([...result.read!.tables.values()].flatMap((t) => figuresOf(t.table)));
    expect(tablesOf(document).flatMap(figuresOf).filter((f) => !read.has(f))).toEqual([]);
    const inputRules = new Set(AUDITED_INPUT_RULES);
    expect(result.findings.filter((f) => !inputRules.has(f.rule)).map((f) => `${f.rule} ${f.where}：${f.message}`)).toEqual(checkDocument(document).diagnostics.map(formatDiagnostic));
    const { diagnostics } = await generatedExample(example);
    // Indicator categories read by position from text may be wrong: a category found empty there is only a hint (info).
    for (const f of result.findings.filter((x) => inputRules.has(x.rule) && x.severity !== 'info')) expect(reportedByGenerator(f, diagnostics), `${f.rule} ${f.message}`).toBe(true);
    expect(result.problems.filter((p) => p.kind !== 'note')).toEqual([]);
  });

  it('没有文字层的 PDF（扫描件）：说明无法读取、不做 OCR，退出码 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'yusuan-audit-pdf-'));
    try {
      await writeFile(join(dir, 'scan.pdf'), pdfOf([]));
      await writeFile(join(dir, 'broken.pdf'), '%PDF-1.7\nnot really');
      const io = fakeIo(dir);
      expect(await execute(['audit', 'scan.pdf', 'broken.pdf'], io)).toBe(1);
      const err = io.err.join('');
      expect(err).toContain('scan.pdf：无法读取：PDF 中没有文字层（可能是扫描件或图片），无法读取；本工具不做文字识别（OCR）');
      expect(err).toMatch(/broken\.pdf：无法读取：不是有效的 PDF 文件/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

const soffice = await findSoffice().catch(() => undefined);

describe.skipIf(!soffice)(`生成 → PDF → audit 往返${soffice ? '' : '（跳过：本机没有 LibreOffice；scripts/install-pdf-tools.sh 安装，CI 运行）'}`, () => {
  it.each(EXAMPLES)('%s.pdf：读出全部印刷数字，没有新的发现', async (example) => {
    const { document, files } = await generatedExample(example, ['pdf']);
    const result = await auditBytes(files.get('.pdf')!, `${example}.pdf`);
    expect(result.unreadable).toBeUndefined();
    const read = new Set([...result.read!.tables.values()].flatMap((t) => figuresOf(t.table)));
    expect(tablesOf(document).flatMap(figuresOf).filter((f) => !read.has(f))).toEqual([]);
    const expected = checkDocument(document).diagnostics.map(formatDiagnostic);
    expect(result.findings.filter((f) => !AUDITED_INPUT_RULES.includes(f.rule)).map((f) => `${f.rule} ${f.where}：${f.message}`)).toEqual(expected);
  }, 180_000);
});
