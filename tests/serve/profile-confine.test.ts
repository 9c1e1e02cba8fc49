import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile, ProfileError } from '../../src/document/profile.js';
import { confineProfiles } from '../../src/document/profile/files.js';
import { WorkerPool } from '../../src/serve/pool.js';
import { unpackProfile } from '../../src/serve/profile-upload.js';
import { writeZip } from '../../src/zip/index.js';
import { scratch } from './helpers.js';

const BOM = '\ufeff';
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

let dir: string;
let outside: string;
let uploads: string;
beforeAll(async () => {
  dir = await scratch();
  outside = join(dir, 'outside');
  uploads = join(dir, 'uploads');
  await mkdir(outside);
  await mkdir(uploads);
  await writeFile(join(outside, 'profile.json'), JSON.stringify({ id: 'outside', extends: 'luoyang-2024' }));
  await writeFile(join(outside, 'secret.json'), '{"inputIndicators": []}');
  await writeFile(join(outside, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An uploaded profile folder under the confined root: its files as given. */
async function uploaded(name: string, files: Record<string, string | Buffer>): Promise<string> {
  const folder = join(uploads, name);
  await mkdir(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(folder, file), text);
  return folder;
}

/** The problems loading `folder` confined (as serve's workers do), as text; '' when it loads. */
function confinedProblems(folder: string): string {
  const release = confineProfiles(uploads);
  try {
    loadProfile(folder);
    return '';
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    return error.message;
  } finally {
    release();
  }
}

describe('上传的模板只在自己的目录和随附模板中读取（网页版的受限加载）', () => {
  it('带 BOM 或 UTF-16 的 profile.json 的 extends 指向本机目录：拒绝；命令行 --profile 照常读取', async () => {
    const bom = await uploaded('bom', { 'profile.json': `${BOM}${JSON.stringify({ id: 'x', extends: outside })}` });
    expect(confinedProblems(bom)).toMatch(/extends 只能是随附模板的 id/);
    const wide = await uploaded('utf16', { 'profile.json': utf16(JSON.stringify({ id: 'x', narrativeFrom: outside })) });
    expect(confinedProblems(wide)).toMatch(/narrativeFrom 只能是随附模板的 id/);
    // the CLI's --profile is a trusted folder: the same profile loads as before
    expect(loadProfile(bom).chain.slice(0, 3)).toEqual(['x', 'outside', 'luoyang-2024']);
  });

  it('表格数据文件是路径、或经符号链接指向目录以外：拒绝，消息中不出现本机路径和文件内容', async () => {
    const data = (name: string) => JSON.stringify({ id: 'x', extends: 'luoyang-2024', tables: { set: { 'overall-performance': { options: { data: name } } } } });
    const path = await uploaded('data-path', { 'profile.json': `${BOM}${data('../../outside/secret.json')}` });
    expect(confinedProblems(path)).toMatch(/表格数据文件必须是模板目录中的文件名/);
    const linked = await uploaded('data-link', { 'profile.json': data('linked.json') });
    await symlink(join(outside, 'passwd'), join(linked, 'linked.json'));
    const problems = confinedProblems(linked);
    expect(problems).toMatch(/找不到表格数据文件 linked\.json/);
    expect(problems).not.toContain(dir);
    expect(problems).not.toContain('root:');
    const tables = await uploaded('tables-link', { 'profile.json': JSON.stringify({ id: 'x', extends: 'luoyang-2024' }) });
    await symlink(join(outside, 'passwd'), join(tables, 'tables.json'));
    expect(confinedProblems(tables)).toBe('');
    expect(confinedProblems(await uploaded('tables-link2', { 'profile.json': '{}' }))).not.toContain(dir);
  });

  it('受限时，上传目录以外的模板目录一律拒绝；错误按模板目录内的文件名给出', async () => {
    expect(confinedProblems(outside)).toMatch(/只能使用随附的模板或在页面上上传的模板/);
    const broken = await uploaded('broken', { 'profile.json': JSON.stringify({ id: 'x', extends: 'luoyang-2024', options: { nope: 1 } }) });
    const problems = confinedProblems(broken);
    expect(problems).toMatch(/^模板 profile\.json：/);
    expect(problems).not.toContain(dir);
    expect(confinedProblems(await uploaded('fine', { 'profile.json': JSON.stringify({ id: 'fine', extends: 'luoyang-2024' }) }))).toBe('');
  });
});

describe('网页版的工作线程', () => {
  it('按受限方式加载上传的模板：即使上传时的检查漏过，也不读取上传目录以外的模板', async () => {
    const pool = new WorkerPool(1, { profileRoot: uploads });
    try {
      const slipped = await uploaded('slipped', { 'profile.json': `${BOM}${JSON.stringify({ id: 'x', extends: outside })}` });
      expect(await pool.run({ kind: 'profile', dir: slipped })).toEqual({ kind: 'profile', error: expect.stringMatching(/^模板 profile\.json：extends：extends 只能是随附模板的 id/) });
      expect(await pool.run({ kind: 'profile', dir: outside })).toEqual({ kind: 'profile', error: expect.stringMatching(/只能使用随附的模板/) });
      const fine = await uploaded('fine-worker', { 'profile.json': JSON.stringify({ id: 'county', extends: 'luoyang-2024' }) });
      expect(await pool.run({ kind: 'profile', dir: fine })).toEqual({ kind: 'profile', id: 'county' });
    } finally {
      await pool.close();
    }
  });
});

describe('上传时的检查与加载时的读法相同', () => {
  const zipOf = (entries: Record<string, string | Buffer>) => writeZip(Object.entries(entries).map(([name, data]) => ({ name, data: Buffer.from(data) })), new Date(Date.UTC(2024, 0, 1)));
  const unpack = async (entries: Record<string, string | Buffer>) => unpackProfile(zipOf(entries), join(dir, 'unpacked', crypto.randomUUID()));

  it('BOM、UTF-16 的 profile.json 照样检查；无法解析的 JSON、过多的内容：拒绝', async () => {
    expect(await unpack({ 'profile.json': `${BOM}${JSON.stringify({ extends: outside })}` })).toEqual({ ok: false, error: expect.stringMatching(/extends 只能是随附模板的 id/) });
    expect(await unpack({ 'profile.json': utf16(JSON.stringify({ extends: outside })) })).toEqual({ ok: false, error: expect.stringMatching(/extends 只能是随附模板的 id/) });
    expect(await unpack({ 'profile.json': `${BOM}{"tables": {"set": {"x": {"options": {"data": "../../secret.json"}}}}}` })).toEqual({ ok: false, error: expect.stringMatching(/必须是模板目录中的文件名/) });
    expect(await unpack({ 'profile.json': 'root:x:0:0:root' })).toEqual({ ok: false, error: expect.stringMatching(/^profile\.json：JSON 语法错误/) });
    const many = { tables: { set: { x: { options: { data: "/etc/passwd" } } } }, glossary: Array.from({ length: 100_001 }, (_, i) => ({ term: `t${i}`, definition: "d" })) };
    expect(await unpack({ 'profile.json': JSON.stringify(many) })).toEqual({ ok: false, error: expect.stringMatching(/内容过多/) });
    expect(await unpack({ 'profile.json': JSON.stringify({ id: 'x', extends: 'luoyang-2024' }) })).toEqual({ ok: true, skipped: [] });
  });
});
