import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, explain, formatDiagnostic, generate, validate, type Format } from '../../src/api.js';
import { execute } from '../../src/cli/execute.js';
import { fakeIo } from '../bad-input/harness.js';
import { minimalInput } from '../fixtures/minimal.js';

const EXAMPLE = join('examples', '000-luoyang-2022', 'input.json');
const ALL: Format[] = ['docx', 'xlsx', 'json', 'md', 'fdp'];

/** Every file under a folder, by its path relative to it. */
async function filesUnder(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return new Map(await Promise.all(files.map(async (f) => [relative(dir, f), await readFile(f)] as const)));
}

async function cliGenerate(args: string[]): Promise<{ code: number; files: Map<string, Buffer>; stdout: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'yusuan-api-'));
  try {
    const io = fakeIo(process.cwd());
    const code = await execute(['generate', EXAMPLE, '-o', dir, '--name', '{文件名}', ...args], io);
    return { code, files: await filesUnder(dir), stdout: io.out.join('') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('库 API：generate 在内存中生成与命令行逐字节相同的文件', () => {
  it('docx、xlsx、json、md、fdp 与 yusuan generate 写出的文件逐字节相同，且不写任何文件', async () => {
    const before = await filesUnder(join('examples', '000-luoyang-2022'));
    const generated = await generate(EXAMPLE, { formats: ALL, force: true });
    expect(await filesUnder(join('examples', '000-luoyang-2022'))).toEqual(before);
    const cli = await cliGenerate(['--format', ALL.join(','), '--force']);
    expect(cli.code).toBe(generated.diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
    expect(generated.files.map((f) => f.name).sort()).toEqual([...cli.files.keys()].sort());
    for (const file of generated.files) expect(Buffer.from(file.bytes).equals(cli.files.get(file.name) ?? Buffer.alloc(0)), file.name).toBe(true);
    expect(generated.files.map((f) => f.format)).toEqual(expect.arrayContaining(ALL));
    expect(generated.document?.meta.source).toBe('000-luoyang-2022');
  });

  it('输入可以是路径、字节加文件名、或内存中的数据，结果相同', async () => {
    const bytes = await readFile(EXAMPLE);
    const options = { formats: ['docx'] as Format[], force: true };
    const fromPath = await generate({ path: EXAMPLE }, options);
    const fromBytes = await generate({ bytes, fileName: EXAMPLE }, options);
    const fromData = await generate({ data: JSON.parse(bytes.toString('utf8')), name: '000-luoyang-2022' }, options);
    const docx = (g: typeof fromPath) => Buffer.from(g.files[0]?.bytes ?? []);
    expect(docx(fromBytes).equals(docx(fromPath))).toBe(true);
    expect(docx(fromData).equals(docx(fromPath))).toBe(true);
    expect(fromData.diagnostics.map(formatDiagnostic)).toEqual(fromPath.diagnostics.map(formatDiagnostic));
  });

  it('有错误且未加 force 时不渲染：返回文档与诊断，files 为空；validate 给出同样的诊断', async () => {
    const data = minimalInput();
    data.lineItems[3] = { ...data.lineItems[3]!, project: 'P999' };
    const generated = await generate({ data });
    expect(generated.files).toEqual([]);
    expect(generated.document).toBeDefined();
    expect(generated.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toContainEqual(expect.stringMatching(/^I02 lineItems\[3\]\.project：.*P999/));
    const validated = await validate({ data });
    expect(validated.diagnostics.map(formatDiagnostic)).toEqual(generated.diagnostics.map(formatDiagnostic));
    expect(validated.ledger?.failed).toBeGreaterThan(0);
    expect(validated.ledger?.rules.find((r) => r.id === 'I02')?.status).toBe('fail');
    expect((await generate({ data }, { force: true })).files.map((f) => f.name)).toEqual(['input.docx', 'input.xlsx']);
  });

  it('超过大小上限的文件不读取，报告 S04；未知格式抛出 RangeError', async () => {
    const limits = { maxFileBytes: 100, maxUnzippedBytes: 1e9, maxRows: 1e6, maxTextLength: 4000 };
    const generated = await generate(EXAMPLE, { limits });
    expect(generated.diagnostics.map((d) => d.rule)).toEqual(['S04']);
    expect(generated.ledger?.notRun).toBe(generated.ledger?.total);
    expect(generated.document).toBeUndefined();
    await expect(generate(EXAMPLE, { formats: ['rtf' as Format] })).rejects.toThrow(/不支持的输出格式：rtf/);
    expect(FORMATS.slice(0, 6)).toEqual(['docx', 'xlsx', 'pdf', 'json', 'md', 'fdp']);
  });

  it('加上 trace 格式不改变其他格式的字节（只有 trace 看到单元格的来源）', async () => {
    const plain = await generate(EXAMPLE, { formats: ['docx', 'json'] });
    const traced = await generate(EXAMPLE, { formats: ['docx', 'json', 'trace'] });
    for (const file of plain.files) expect(Buffer.from(file.bytes).equals(Buffer.from(traced.files.find((f) => f.name === file.name)?.bytes ?? [])), file.name).toBe(true);
    expect(traced.files.map((f) => f.name)).toContain('000-luoyang-2022.trace.json');
  });

  it('explain 把打印的数字追溯到填报数据（与 yusuan explain 相同）', async () => {
    const explained = await explain(EXAMPLE, ['预算01 支出总计']);
    expect(explained.name).toBe('000-luoyang-2022');
    expect(explained.trace?.figures.length).toBeGreaterThan(0);
    expect(explained.matches[0]?.entries[0]?.value).toBe('3374.03');
  });

  it('命令行 --format fdp 整体替换 <名称>.fdp/ 目录：旧文件不会残留', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'yusuan-fdp-'));
    try {
      await mkdir(join(dir, '000-luoyang-2022.fdp'));
      await writeFile(join(dir, '000-luoyang-2022.fdp', 'stale.csv'), 'old\r\n');
      const io = fakeIo(process.cwd());
      expect(await execute(['generate', EXAMPLE, '-o', dir, '--format', 'fdp', '--name', '{文件名}'], io)).toBe(0);
      const files = await filesUnder(dir);
      expect([...files.keys()]).not.toContain(join('000-luoyang-2022.fdp', 'stale.csv'));
      expect([...files.keys()]).toContain(join('000-luoyang-2022.fdp', 'datapackage.json'));
      expect(io.out.join('')).toMatch(/已生成：\n {2}.*000-luoyang-2022\.fdp\n/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
