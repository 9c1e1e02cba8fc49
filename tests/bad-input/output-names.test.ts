import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import type { BudgetInputJson } from '../../src/model/schema.js';
import { minimalInput } from '../fixtures/minimal.js';
import { fakeIo, listFiles } from './harness.js';
import { validWorkbook } from './workbooks.js';

const NAME = '2024年测试市测试中心单位预算公开';
let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'yusuan-names-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A fresh folder with the given input files (path → content), and `yusuan generate <args>` run in it. */
async function run(files: Record<string, string | Uint8Array>, args: string[]): Promise<{ code: number; err: string; out: string; written: string[]; root: string }> {
  const root = await mkdtemp(join(dir, 'case-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  const io = fakeIo(root);
  const code = await execute(['generate', ...args, '-o', 'out', '--jobs', '1'], io);
  const written = (await listFiles(join(root, 'out'))).map((p) => p.slice(join(root, 'out').length + 1)).sort();
  return { code, err: io.err.join(''), out: io.out.join(''), written, root };
}

function input(edit: (i: BudgetInputJson) => void = () => undefined): string {
  const data = minimalInput();
  edit(data);
  return JSON.stringify(data);
}

describe('输出以单位和年度命名；批量时同名的输出改名并在汇总中说明', () => {
  it('单个文件：输出名为“2024年测试市测试中心单位预算公开”，不再是 input', async () => {
    const { code, err, written } = await run({ 'input.json': input() }, ['input.json']);
    expect(code, err).toBe(0);
    expect(written).toEqual([`${NAME}.docx`, `${NAME}.xlsx`]);
  });

  it('a/x.json 与 b/x.json（同一单位）：第二个改为“…（2）”，汇总说明；进度与汇总按单位名和路径标注', async () => {
    const { code, err, written } = await run({ 'a/x.json': input(), 'b/x.json': input() }, ['a/x.json', 'b/x.json']);
    expect(code, err).toBe(0);
    expect(written).toEqual([`${NAME}.docx`, `${NAME}.xlsx`, `${NAME}（2）.docx`, `${NAME}（2）.xlsx`]);
    expect(err).toMatch(/\[1\/2\] 测试市测试中心（a\/x\.json） 完成/);
    expect(err).toMatch(/\[2\/2\] 测试市测试中心（b\/x\.json） 完成/);
    expect(err).toMatch(/测试市测试中心\s+a\/x\.json\s+0\s+\d+\s+2024年测试市测试中心单位预算公开\.docx/);
    expect(err).toMatch(/同名的输出已改名（1）：\n {2}b\/x\.json 的输出名“2024年测试市测试中心单位预算公开”与 a\/x\.json 相同，已改为“2024年测试市测试中心单位预算公开（2）”/);
    expect(err).not.toMatch(/input\.json|== x\.json/);
  });

  it('预算填报.json 与 预算填报.xlsx 在同一目录：两套输出都在，后一个改名', async () => {
    const { code, err, written } = await run({ '各单位/预算填报.json': input(), '各单位/预算填报.xlsx': await validWorkbook() }, ['各单位']);
    expect(code, err).toBe(0);
    expect(written).toHaveLength(4);
    expect(written).toContain(`${NAME}（2）.xlsx`);
    expect(err).toMatch(/各单位\/预算填报\.xlsx 的输出名.*与 各单位\/预算填报\.json 相同/);
  });

  it('--name {文件名}：按填报文件名命名（旧的命名方式），同名同样加（2）', async () => {
    const { code, written } = await run({ 'a/x.json': input(), 'b/x.json': input() }, ['a/x.json', 'b/x.json', '--name', '{文件名}']);
    expect(code).toBe(0);
    expect(written).toEqual(['x.docx', 'x.xlsx', 'x（2）.docx', 'x（2）.xlsx']);
  });

  it('248 字节的填报文件名加 --name {文件名}：截到 200 字节，不再 ENAMETOOLONG（退出码 70）', async () => {
    const long = `${'预'.repeat(81)}.json`;
    expect(Buffer.byteLength(long)).toBe(248);
    const { code, err, written } = await run({ [long]: input() }, [long, '--name', '{文件名}']);
    expect(code, err).toBe(0);
    expect(written.map((w) => Buffer.byteLength(w.replace(/\.\w+$/, '')))).toEqual([198, 198]);
  });

  it('.hidden/input.json 加 --name {文件名}：输出不是隐藏文件', async () => {
    const { code, written } = await run({ '.hidden/input.json': input() }, ['.hidden/input.json', '--name', '{文件名}']);
    expect(code).toBe(0);
    expect(written).toEqual(['hidden.docx', 'hidden.xlsx']);
  });

  it('单位名称含 Windows 不允许的字符、是保留设备名：换成安全的文件名', async () => {
    const { written } = await run({ 'a.json': input((i) => void (i.department.name = '测试:中心/一<二>')) }, ['a.json']);
    expect(written[0]).toBe('2024年测试_中心_一_二_单位预算公开.docx');
    const con = await run({ 'a.json': input() }, ['a.json', '--name', 'CON']);
    expect(con.written).toEqual(['CON_.docx', 'CON_.xlsx']);
  });

  it('--name 中有无法识别的占位符：用法错误（退出码 2）', async () => {
    const { code, err } = await run({ 'a.json': input() }, ['a.json', '--name', '{单位名}']);
    expect({ code, err }).toMatchObject({ code: 2, err: expect.stringMatching(/--name 中有无法识别的占位符：\{单位名\}/) });
  });
});

describe('两个进程同时写入同一个输出目录：留下的是某一个单位的整套文件，不会混杂', () => {
  it('两个 yusuan generate 进程写同一名称（不同单位）：docx、xlsx、json、md 来自同一单位', async () => {
    const root = await mkdtemp(join(dir, 'two-'));
    await writeFile(join(root, 'a.json'), input((i) => void (i.department.name = '甲单位')));
    await writeFile(join(root, 'b.json'), input((i) => void (i.department.name = '乙单位')));
    const cli = join(import.meta.dirname, '..', '..', 'bin', 'yusuan.ts');
    // From the repository, where `--import tsx` resolves; the files are named by absolute paths.
    const args = (file: string) => ['--import', 'tsx', cli, 'generate', join(root, file), '-o', join(root, 'out'), '--name', '同名', '--format', 'docx,xlsx,json,md'];
    const repo = join(import.meta.dirname, '..', '..');
    await Promise.all([promisify(execFile)(process.execPath, args('a.json'), { cwd: repo }), promisify(execFile)(process.execPath, args('b.json'), { cwd: repo })]);
    const out = join(root, 'out');
    expect((await readdir(out)).sort()).toEqual(['同名.docx', '同名.json', '同名.md', '同名.xlsx']);
    const unitOf = (text: string) => (text.includes('甲单位') ? '甲' : text.includes('乙单位') ? '乙' : '?');
    const json = unitOf(await readFile(join(out, '同名.json'), 'utf8'));
    const md = unitOf(await readFile(join(out, '同名.md'), 'utf8'));
    expect([json, md]).toEqual([json, json]);
  }, 60_000);
});
