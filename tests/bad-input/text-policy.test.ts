import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { readZip } from '../../src/zip/index.js';
import type { BudgetInputJson } from '../../src/model/schema.js';
import { minimalInput } from '../fixtures/minimal.js';
import { readDocxText } from '../render/docx-parts.js';
import { fakeIo } from './harness.js';
import { cell } from './workbooks.js';

/** Characters XML 1.0 forbids or that no document shows. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'yusuan-text-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Generates docx, xlsx and md from one input file; returns the exit code, stderr and the files by extension. */
async function generate(file: string, bytes: Uint8Array | string): Promise<{ code: number; err: string; out: Map<string, Buffer> }> {
  const folder = await mkdtemp(join(dir, 'case-'));
  await writeFile(join(folder, file), bytes);
  const io = fakeIo(folder);
  const code = await execute(['generate', file, '-o', 'out', '--format', 'docx,xlsx,md'], io);
  const names = await readdir(join(folder, 'out')).catch(() => []);
  const out = new Map(await Promise.all(names.map(async (n) => [n.slice(n.lastIndexOf('.') + 1), await readFile(join(folder, 'out', n))] as const)));
  return { code, err: io.err.join(''), out };
}

function json(edit: (input: BudgetInputJson) => void): string {
  const input = minimalInput();
  edit(input);
  return JSON.stringify(input);
}

/** Every text of a written package's XML parts. */
function xmlOf(bytes: Buffer | undefined): string {
  return bytes ? readZip(bytes).filter((e) => /\.(xml|rels)$/.test(e.name)).map((e) => new TextDecoder().decode(e.data)).join('\n') : '';
}

describe('坏输入：文字在输入处按同一规则规范化（S10 警告指出位置），所有输出一致', () => {
  it('单行字段（部门名称）中有换行：不再是内部错误；换行去掉，警告在 department.name', async () => {
    const { code, err, out } = await generate('换行.json', json((input) => void (input.department.name = '测试市\n测试中心')));
    expect(code, err).toBe(0);
    expect(err).not.toMatch(/内部错误/);
    expect(err).toMatch(/S10 department\.name：这一项只能有一行，其中的换行和制表符已去掉：已按“测试市测试中心”读取/);
    expect(out.get('md')?.toString()).toContain('测试市测试中心');
  });

  it('U+FFFE、U+FFFF、NUL 与响铃字符：在输入处删去并警告，.docx、.xlsx、.md 中都没有', async () => {
    const { code, err, out } = await generate('控制字符.json', json((input) => {
      input.projects![0]!.name = '公务\u0000接待\ufffe';
      input.units[0]!.name = '测试市\uffff测试\u0007中心';
    }));
    expect(code, err).toBe(0);
    expect(err).toMatch(/S10 projects\[0\]\.name：删去了 2 个不可见的控制字符（U\+0000、U\+FFFE）/);
    expect(err).toMatch(/S10 units\[0\]\.name：删去了 2 个不可见的控制字符（U\+FFFF、U\+0007）/);
    expect(xmlOf(out.get('xlsx'))).not.toMatch(INVISIBLE);
    expect(xmlOf(out.get('docx'))).not.toMatch(INVISIBLE);
    expect(out.get('md')?.toString()).not.toMatch(INVISIBLE);
    expect(out.get('md')?.toString()).toContain('公务接待');
    const docxText = (await readDocxText(out.get('docx') ?? Buffer.alloc(0))).map((i) => (i.kind === 'paragraph' ? i.text : i.rows.flat().join('|'))).join('\n');
    expect(docxText).toContain('公务接待');
  });

  it('多行字段（原因说明）中的 Windows 换行（CRLF）：读作换行，不警告', async () => {
    const { code, err } = await generate('多行.json', json((input) => void (input.reasons = { total: '项目支出增加。\r\n人员增加。' })));
    expect(code, err).toBe(0);
    expect(err).not.toMatch(/S10/);
  });

  it('填报表中单位名称的单元格里有换行（Alt+Enter）：警告指向 单位!B2', async () => {
    const { code, err } = await generate('填报表.xlsx', await cell('单位', 'B2', '测试市\n测试中心')());
    expect(code, err).toBe(0);
    expect(err).toMatch(/S10 单位!B2：这一项只能有一行/);
  });
});
