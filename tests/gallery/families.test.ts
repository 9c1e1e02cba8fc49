import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { loadProfile } from '../../src/document/profile.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';
import { fakeIo } from '../bad-input/harness.js';

/**
 * The two shipped families of issue 14 part 5 and their examples: each example generates (md) with no error and
 * equals its expected/document.txt. `UPDATE_GOLDEN=1` rewrites it.
 */
const FAMILIES = [
  { example: '010-central-2022', profile: 'central-2022', tables: 9, labels: ['预算01表', '预算09表'], sources: ['CEN', 'PL'] },
  { example: '011-guangxi-wuzhou-2023', profile: 'guangxi-wuzhou-2023', tables: 10, labels: ['公开01表', '公开10表'], sources: ['WZ1', 'WZ2', 'WZ3', 'LC'] },
] as const;

const scratch = mkdtempSync(join(tmpdir(), 'yusuan-families-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(FAMILIES)('随附模板 $profile 与示例 $example', (family) => {
  const dir = join(PACKAGE_ROOT, 'examples', family.example);

  it('继承洛阳模板，说明引用 variations.md 的来源', () => {
    const profile = loadProfile(family.profile);
    expect(profile.chain.slice(1, 2)).toEqual(['luoyang-2024']);
    expect(profile.tables).toHaveLength(family.tables);
    const text = readFileSync(join(PACKAGE_ROOT, 'templates', family.profile, 'profile.json'), 'utf8');
    for (const source of family.sources) expect(text).toContain(source);
  });

  it('校验没有错误', async () => {
    const io = fakeIo(PACKAGE_ROOT);
    await execute(['validate', join(dir, 'input.json'), '--json'], io);
    const { diagnostics } = JSON.parse(io.out.join('')) as { diagnostics: { rule: string; severity: string; message: string }[] };
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('generate --format md 与 expected/document.txt 一致', async () => {
    const out = mkdtempSync(join(scratch, 'out-'));
    const io = fakeIo(PACKAGE_ROOT);
    const code = await execute(['generate', dir, '--format', 'md', '-o', out, '--name', '{文件名}'], io);
    expect(code, io.err.join('')).toBe(0);
    expect(io.err.join('')).not.toContain('错误（');
    const md = readFileSync(join(out, `${family.example}.md`), 'utf8');
    const expectedPath = join(dir, 'expected', 'document.txt');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedPath, md);
    expect(md).toBe(readFileSync(expectedPath, 'utf8'));
    for (const label of family.labels) expect(md).toContain(`\n${label}\n`);
  });
});
