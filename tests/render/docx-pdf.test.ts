import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/index.js';
import { convertToPdf, findSoffice } from '../../src/render/pdf.js';
import { fixtureDocument } from './fixture.js';

const soffice = await findSoffice().catch(() => undefined);
const poppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const reason = !soffice ? '（跳过：本机没有 LibreOffice soffice；运行 scripts/install-pdf-tools.sh 安装）' : !poppler ? '（跳过：本机没有 poppler-utils 的 pdfinfo）' : '';

describe.skipIf(!soffice || !poppler)(`PDF：LibreOffice 转换${reason}`, () => {
  const doc = fixtureDocument();
  let dir = '';
  let pdf = '';
  let pages: string[] = [];
  let sizes: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'yusuan-pdf-test-'));
    const docx = join(dir, '示例 单位.docx');
    await writeFile(docx, await renderDocx(doc));
    pdf = await convertToPdf(docx, dir);
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(count), pdf], { encoding: 'utf8' });
    sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/g)].map((m) => m[1] ?? '');
    pages = Array.from({ length: count }, (_, i) =>
      execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
    );
  }, 180_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('PDF 与 docx 同名，放在输出目录', () => {
    expect(pdf).toBe(join(dir, '示例 单位.pdf'));
  });

  it('叙述页为纵向 A4，每张表所在页为横向 A4', () => {
    expect(sizes[0]).toBe('595.304 x 841.89');
    const tables = doc.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : [])));
    for (const table of tables) {
      const page = pages.findIndex((text) => text.replace(/\s/g, '').includes(table.label));
      expect(page, table.label).toBeGreaterThan(0);
      expect(sizes[page]).toBe('841.89 x 595.304');
    }
  });

  it('全文包含每张表的标题', () => {
    const all = pages.join('').replace(/\s/g, '');
    for (const part of doc.parts) {
      for (const block of part.blocks) if (block.type === 'table') expect(all).toContain(block.table.title);
    }
  });

  it('目录已更新：每条都有页码，且等于目标所在页', () => {
    const toc = pages[1]?.split('\n') ?? [];
    const pageOf = (marker: string) => pages.findIndex((text, i) => i > 1 && text.replace(/\s/g, '').includes(marker)) + 1;
    const expectations: [string, string][] = [
      ['第三部分 名词解释', '第三部分名词解释'],
      ['一、部门收支预算表', '预算01表'],
      ['四、部门预算项目绩效目标表', '预算14表'],
    ];
    for (const [entry, marker] of expectations) {
      const line = toc.find((l) => l.replace(/\s/g, '').includes(entry.replace(/\s/g, '')));
      expect(line, entry).toMatch(/\.{3,}\s*\d+\s*$/);
      expect(Number(/(\d+)\s*$/.exec(line ?? '')?.[1])).toBe(pageOf(marker));
    }
  });

  it('页脚为“- 页码 -”，封面不编页码', () => {
    expect(pages[0]).not.toMatch(/-\s*1\s*-/);
    pages.slice(1).forEach((text, i) => expect(text).toMatch(new RegExp(`-\\s*${i + 2}\\s*-`)));
  });

  it('数字不在行中断开（948.39 不会排成“9⏎48.39”）', () => {
    const narrative = execFileSync('pdftotext', ['-f', '3', '-l', '5', pdf, '-'], { encoding: 'utf8' });
    expect(narrative).toContain('948.39');
    expect(narrative).not.toMatch(/\d\n[\d.%]/);
  });

  it('长表跨页时表头在下一页重复', () => {
    const continued = pages.filter((text) => text.includes('成本指标') && !text.includes('预算14表'));
    expect(continued.length).toBeGreaterThan(0);
    for (const text of continued) {
      expect(text).toContain('绩效目标');
      expect(text).toContain('满意度指标');
    }
  });
});
