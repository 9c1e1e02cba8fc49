import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/api.js';
import { execute } from '../../src/cli/execute.js';
import { TEMPLATES_DIR } from '../../src/model/paths.js';
import { fakeIo } from '../bad-input/harness.js';
import { inputFile, processWith, tempDir, userProfile } from './helpers.js';

const profiles = tempDir('yusuan-user-profiles-');
const inputs = tempDir('yusuan-user-inputs-');
afterAll(() => [profiles, inputs].forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A user profile outside the repository that changes one option, one text and one table title. */
const county = userProfile(join(profiles, 'county'), {
  options: { zeroStyle: '0.00' },
  texts: { 'part.glossary.title': '专业名词解释' },
  tables: { set: { 'three-public-costs': { title: '{{year}}年“三公”经费预算表（县）' } } },
});
const relativeFromInputs = relative(inputs, county);

const titles = (blocks: readonly { type: string; title?: string }[]) => blocks.flatMap((b) => (b.type === 'partTitle' || b.type === 'table' ? [b.title ?? ''] : []));

describe('模板可放在任何目录：按 id 或路径引用，相对路径相对于填报文件', () => {
  it('填报数据的 profile 字段写相对路径（相对于填报文件所在目录）：生成的文档用这个模板', async () => {
    const processed = await processWith(relativeFromInputs, inputs);
    expect(processed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(processed.profile?.id).toBe('county');
    expect(processed.profile?.chain).toEqual(['county', 'luoyang-2024', 'luoyang-2023', 'luoyang-2022']);
    const blocks = processed.document?.parts.flatMap((p) => p.blocks.map((b) => (b.type === 'table' ? { type: 'table', title: b.table.title } : b))) ?? [];
    expect(titles(blocks)).toContain('专业名词解释');
    expect(titles(blocks)).toContain('2024年“三公”经费预算表（县）');
  });

  it('命令行 generate：填报文件在另一个目录，profile 字段写相对路径；生成 docx', async () => {
    const input = inputFile(join(inputs, 'cli'), `../${relativeFromInputs}`);
    const io = fakeIo(inputs);
    const code = await execute(['generate', input, '-o', join(inputs, 'out'), '--format', 'docx', '--name', '{文件名}'], io);
    expect(code, io.err.join('')).toBe(0);
    expect(existsSync(join(inputs, 'out', 'cli.docx'))).toBe(true);
  });

  it('命令行 --profile ./目录：相对于当前目录', async () => {
    const input = inputFile(join(inputs, 'flag'), undefined);
    const io = fakeIo(profiles);
    const code = await execute(['validate', input, '--profile', './county', '--json'], io);
    expect(code, io.out.join('')).toBe(0);
    const bad = fakeIo(inputs);
    expect(await execute(['validate', input, '--profile', './county'], bad)).toBe(1);
    expect(bad.out.join('')).toContain(`S07 profile：找不到模板目录 ${join(inputs, 'county')}`);
  });

  it('库接口 generate({ path })：profile 字段相对于该文件', async () => {
    const input = inputFile(join(inputs, 'api'), `../${relativeFromInputs}`);
    const generated = await generate({ path: input }, { formats: ['json'] });
    expect(generated.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(generated.document?.meta.profile).toBe('county');
  });

  it('用户模板 extends 另一个用户模板（相对目录），再只改一个选项', async () => {
    userProfile(join(profiles, 'town'), { extends: '../county', options: { percentDecimals: 1 } });
    const processed = await processWith(join(profiles, 'town'), inputs);
    expect(processed.profile?.chain).toEqual(['town', 'county', 'luoyang-2024', 'luoyang-2023', 'luoyang-2022']);
    expect(processed.profile?.options).toMatchObject({ percentDecimals: 1, zeroStyle: '0.00' });
  });

  it('随附模板的 profile.json 引用 templates/profile.schema.json', () => {
    expect(JSON.parse(readFileSync(join(TEMPLATES_DIR, 'luoyang-2024', 'profile.json'), 'utf8'))).toMatchObject({ $schema: '../profile.schema.json' });
    expect(county).toBe(join(profiles, 'county'));
  });
});
