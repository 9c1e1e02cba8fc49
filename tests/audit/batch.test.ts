import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { openZip } from '../../src/zip/index.js';
import { fakeIo } from '../bad-input/harness.js';
import { SEED_OF, generatedExample } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yusuan-audit-batch-'));
  await mkdir(join(dir, '公开文档', '二〇二四'), { recursive: true });
  await writeFile(join(dir, '公开文档', '城乡一体化示范区.docx'), (await generatedExample('002-chengxiang-2024')).files.get('.docx')!);
  await copyFile(SEED_OF['000-luoyang-2022'], join(dir, '公开文档', '市政务服务中心.txt'));
  await writeFile(join(dir, '公开文档', '二〇二四', '扫描件.pdf'), '%PDF-1.7\nnot a pdf');
  await writeFile(join(dir, '公开文档', '说明.json'), '{}');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('yusuan audit 目录（issue 17 第5步：批量、汇总表、审查报告）', () => {
  it('逐份审查并显示进度，最后打印汇总表；每份写出 .审查报告.md，.docx 另有带批注的副本；有错误或无法读取时退出码 1', async () => {
    const io = fakeIo(dir);
    const code = await execute(['audit', '公开文档', '-o', '报告'], io);
    const out = io.out.join('');
    const err = io.err.join('');
    expect(code).toBe(1);
    expect(err).toMatch(/\[1\/3\] 公开文档\/二〇二四\/扫描件\.pdf\n\[2\/3\] 公开文档\/城乡一体化示范区\.docx\n\[3\/3\] 公开文档\/市政务服务中心\.txt/);
    expect(err).toContain('扫描件.pdf：无法读取：不是有效的 PDF 文件');
    expect(out).toContain('审查 3 份文档：2 份有错误或无法读取。');
    expect(out).toMatch(/文件\s+单位\s+错误\s+警告\s+未运行规则\s+未能读取/);
    expect(out).toMatch(/公开文档\/城乡一体化示范区\.docx\s+洛阳市城乡一体化示范区政务服务中心\s+0\s+3\s+0\s+0/);
    expect(out).toMatch(/公开文档\/市政务服务中心\.txt\s+洛阳市政务服务中心\s+\d+\s+\d+/);
    const reports = (await readdir(join(dir, '报告'))).sort();
    expect(reports).toEqual(['城乡一体化示范区.审查报告.md', '城乡一体化示范区.批注.docx', '市政务服务中心.审查报告.md', '扫描件.审查报告.md']);
    expect(err).toContain('已写出审查报告：3 份，带批注的 Word 副本 1 份，在 报告/');
    // The .docx's three findings (M02, P01, P01) as Word comments in its annotated copy.
    const comments = openZip(await readFile(join(dir, '报告', '城乡一体化示范区.批注.docx'))).text('word/comments.xml')!;
    expect([...comments.matchAll(/<w:comment w:id="\d+" w:author="yusuan audit"/g)]).toHaveLength(3);
    expect(comments).toContain('M02（警告）：015001 基本支出 30107→50501 18.63万元');
    const md = await readFile(join(dir, '报告', '市政务服务中心.审查报告.md'), 'utf8');
    expect(md).toContain('# 预算公开文档审查报告：公开文档/市政务服务中心.txt');
    expect(md).toContain('| 规则 | 严重程度 | 位置 | 说明 | 原文 | 应为 |');
    expect(md).toMatch(/\| T07 \| 错误 \| 第450行（预算03 2010301 行政运行\/基本支出小计） \|/);
    expect(md).toContain('## 规则');
  });

  it('单个文件不加 -o 时不写报告', async () => {
    const io = fakeIo(dir);
    await execute(['audit', '公开文档/城乡一体化示范区.docx'], io);
    expect(io.err.join('')).not.toContain('已写出审查报告');
  });
});
