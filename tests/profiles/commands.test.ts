import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { loadProfile } from '../../src/document/profile.js';
import { TEMPLATES_DIR } from '../../src/model/paths.js';
import { fakeIo } from '../bad-input/harness.js';
import { inputFile, tempDir, writeFiles } from './helpers.js';

const root = tempDir('yusuan-profile-cmd-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(root);
  const code = await execute(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('yusuan profile list / show / new', () => {
  it('list：每个随附模板一行：id、版式、一句话说明', async () => {
    const { code, out } = await cli('profile', 'list');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual(['central-2022 E2024', 'guangxi-wuzhou-2023 E2024', 'luoyang-2022 E2022', 'luoyang-2023 E2023', 'luoyang-2024 E2024']);
    expect(lines[2]).toMatch(/洛阳市部门预算公开模板 2022 版（种子 000）。$/);
  });

  it('show：合并后的选项、结构、表格、名词解释和文字；--json 为同样内容的数据', async () => {
    const text = await cli('profile', 'show', 'luoyang-2024');
    expect(text.code).toBe(0);
    expect(text.out).toContain('继承：luoyang-2024 → luoyang-2023 → luoyang-2022');
    expect(text.out).toContain('  zeroStyle = "0"');
    expect(text.out).toContain('  预算14  project-performance  project-performance  {{year}}年{{scopeWord}}预算项目绩效目标表');
    expect(text.out).toContain('    explanation.9  九、国有资本经营预算支出预算情况说明  narrative/explanation-9.hbs');
    const json = await cli('profile', 'show', 'luoyang-2024', '--json');
    const data = JSON.parse(json.out) as { chain: string[]; tables: { key: string }[]; options: Record<string, unknown>; outline: { parts: { id: string }[] } };
    expect(data.chain).toEqual(['luoyang-2024', 'luoyang-2023', 'luoyang-2022']);
    expect(data.tables).toHaveLength(14);
    expect(data.options.operatingFundsChange).toBe(true);
    expect(data.outline.parts.map((p) => p.id)).toEqual(['overview', 'explanation', 'glossary', 'annex']);
  });

  it('new：写出最小的 profile.json（$schema、extends、空的 options/texts 和“//”说明），可直接使用', async () => {
    const created = await cli('profile', 'new', 'my-county', '--extends', 'luoyang-2024');
    expect(created.code, created.err).toBe(0);
    expect(created.out).toContain('已创建 my-county/profile.json（继承 luoyang-2024');
    const file = JSON.parse(readFileSync(join(root, 'my-county', 'profile.json'), 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ id: 'my-county', extends: 'luoyang-2024', options: {}, texts: {} });
    expect(file.$schema).toMatch(/templates\/profile\.schema\.json$/);
    expect((file['//'] as string[]).join('\n')).toMatch(/options：[\s\S]*texts：[\s\S]*tables：[\s\S]*outline：[\s\S]*narrative\//);
    const profile = loadProfile(join(root, 'my-county'), [TEMPLATES_DIR]);
    expect(profile.tables).toEqual(loadProfile('luoyang-2024').tables);
    expect((await cli('profile', 'show', './my-county')).out).toContain('继承：my-county → luoyang-2024');
    const input = inputFile(join(root, 'in'), '../my-county');
    expect((await cli('validate', input)).code).toBe(0);
  });

  it('new：extends 一个目录时写成相对新目录的路径；已存在时不覆盖', async () => {
    writeFiles(root, { 'base/profile.json': { extends: 'luoyang-2023' } });
    expect((await cli('profile', 'new', 'nested/child', '--extends', './base')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'nested', 'child', 'profile.json'), 'utf8'))).toMatchObject({ extends: '../../base' });
    expect(loadProfile(join(root, 'nested', 'child'), [TEMPLATES_DIR]).chain).toEqual(['child', 'base', 'luoyang-2023', 'luoyang-2022']);
    const again = await cli('profile', 'new', 'nested/child', '--extends', './base');
    expect(again).toMatchObject({ code: 2, err: expect.stringMatching(/已存在/) });
  });

  it.each([
    [['profile', 'show', 'luoyang-2o24'], 1, /找不到模板“luoyang-2o24”，您是不是要写“luoyang-2024”？/],
    [['profile', 'new', 'x'], 2, /请用 --extends 指定/],
    [['profile', 'new', 'y', '--extends', 'luoyang-2O24'], 1, /找不到模板“luoyang-2O24”/],
    [['profile', 'publish'], 2, /未知的 profile 子命令“publish”/],
  ])('%j：退出码 %i，中文说明', async (argv, code, message) => {
    const run = await cli(...argv);
    expect(run.code).toBe(code);
    expect(run.err).toMatch(message);
    expect(run.err).not.toMatch(/^\s+at /m);
  });
});
