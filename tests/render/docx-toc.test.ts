import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/api.js';
import { execute } from '../../src/cli/execute.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { estimateTocPages } from '../../src/render/docx/toc-pages.js';
import { findSoffice } from '../../src/render/pdf.js';
import { readZip } from '../../src/zip/index.js';
import { fakeIo } from '../bad-input/harness.js';
import { docxParts, readDocxText } from './docx-parts.js';
import { fixtureDocument } from './fixture.js';

/** The 目录 lines of a .docx: the paragraphs after `目录` that end in a page number, as [text, page]. */
async function tocLines(bytes: Uint8Array): Promise<[string, number][]> {
  const items = await readDocxText(bytes);
  const start = items.findIndex((i) => i.kind === 'paragraph' && i.text === '目录');
  const out: [string, number][] = [];
  for (const item of items.slice(start + 1)) {
    const m = item.kind === 'paragraph' ? /^(.*)\t(\d+)$/.exec(item.text) : null;
    if (!m) break;
    out.push([m[1] ?? '', Number(m[2])]);
  }
  return out;
}

/** Page numbers LibreOffice 7 gave these examples' 目录 (layout pass of this repository's .docx, A4, GB/T 9704). */
const LIBREOFFICE_PAGES: Record<string, number[]> = {
  '000-luoyang-2022': [3, 3, 5, 6, 10, 12, 12, 14, 15, 16, 18, 19, 20, 22, 23, 24, 25, 28],
  '002-chengxiang-2024': [3, 3, 4, 5, 9, 11, 11, 13, 14, 15, 17, 18, 19, 20, 21, 22, 23, 24, 25, 30],
  '004-xigong-2023': [3, 3, 4, 6, 10, 12, 12, 14, 15, 16, 18, 19, 21, 23, 24, 25, 26, 27, 31],
};

describe('Word 文档的目录带页码：不经 PDF 也是填好的（估算），打开时不弹对话框', () => {
  it('每条目录都以制表符和页码结尾，页码不减；文档属性说明页码是估算的', async () => {
    const bytes = await renderDocx(fixtureDocument());
    const lines = await tocLines(bytes);
    expect(lines.map(([text]) => text)).toEqual(fixtureDocument().parts[1]?.blocks.flatMap((b) => (b.type === 'toc' ? b.entries.map((e) => e.text) : [])));
    const pages = lines.map(([, page]) => page);
    expect(pages.every((p, i) => p >= 2 && (i === 0 || p >= (pages[i - 1] ?? 0)))).toBe(true);
    expect((await docxParts(bytes)).get('docProps/core.xml')).toMatch(/<dc:description>[^<]*目录页码为按版面估算的值/);
  });

  for (const [example, expected] of Object.entries(LIBREOFFICE_PAGES)) {
    it(`${example}：估算的页码与 LibreOffice 排版的页码相差不超过 1 页`, async () => {
      const { document } = await generate(`examples/${example}/input.json`, { formats: [], force: true });
      const { pages } = estimateTocPages(document!);
      expect(pages).toHaveLength(expected.length);
      pages.forEach((page, i) => expect(Math.abs(page - (expected[i] ?? 0)), `第${i + 1}条`).toBeLessThanOrEqual(1));
    });
  }

  it('命令行说明页码是估算的（提示 S11），JSON 中也有这一条；退出码仍为 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'yusuan-toc-'));
    try {
      const io = fakeIo(dir);
      const code = await execute(['generate', join(process.cwd(), 'examples', '000-luoyang-2022', 'input.json'), '-o', 'out', '--format', 'docx,json'], io);
      expect(code).toBe(0);
      expect(io.err.join('')).toMatch(/提示（1）：\n {2}S11 \S+\.docx：目录页码为按版面估算的值/);
      const json = (await readdir(join(dir, 'out'))).find((f) => f.endsWith('.json')) ?? '';
      const { diagnostics } = JSON.parse(await readFile(join(dir, 'out', json), 'utf8')) as { diagnostics: { rule: string; severity: string }[] };
      expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'S11', severity: 'info' }));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

const soffice = await findSoffice().catch(() => undefined);
const pdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!soffice || !pdftotext)('生成 PDF 时：Word 文档的目录页码取自 LibreOffice 的排版，与 PDF 一致，不再说是估算', () => {
  let dir = '';
  beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'yusuan-toc-pdf-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('002：docx 的目录页码等于 PDF 目录页上的页码；没有 S11，文档属性不说估算', async () => {
    const { files, diagnostics } = await generate('examples/002-chengxiang-2024/input.json', { formats: ['docx', 'pdf'] });
    const docx = files.find((f) => f.format === 'docx')?.bytes ?? new Uint8Array();
    const pdf = files.find((f) => f.format === 'pdf')?.bytes ?? new Uint8Array();
    expect(pdf.length).toBeGreaterThan(0);
    await writeFile(join(dir, 'x.pdf'), pdf);
    const tocPage = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', join(dir, 'x.pdf'), '-'], { encoding: 'utf8' });
    // An entry's last line ends in its page number, after the dot leader or, on a full line, right after the text.
    const pdfPages = tocPage.split('\n').flatMap((line) => {
      const m = /(?:\.{2,}|[\u4e00-\u9fff）])\s*(\d+)\s*$/.exec(line);
      return m ? [Number(m[1])] : [];
    });
    expect((await tocLines(docx)).map(([, page]) => page)).toEqual(pdfPages);
    expect(diagnostics.some((d) => d.rule === 'S11')).toBe(false);
    const core = new TextDecoder().decode(readZip(docx).find((e) => e.name === 'docProps/core.xml')?.data);
    expect(core).not.toMatch(/估算/);
  }, 180_000);
});
