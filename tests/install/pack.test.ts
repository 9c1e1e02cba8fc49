import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineLock } from './offline-lock.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work: string;
let app: string;

/** Runs a command, returning its output; on failure the error carries stdout and stderr. */
async function sh(command: string, args: string[], cwd: string): Promise<string> {
  const { stdout, stderr } = await run(command, args, { cwd, maxBuffer: 32 * 1024 * 1024, shell: process.platform === 'win32', env: { ...process.env, npm_config_update_notifier: 'false' } });
  return `${stdout}${stderr}`;
}

/**
 * npm pack → install the tarball in an empty folder → yusuan works there (issue 15 item 14). The package is built
 * (library and bundled CLI) into a private folder (the repository's dist/ is left alone) and installed with
 * `npm ci --offline` from a lock naming the tarball and its dependencies (offline-lock.ts), so nothing but the npm
 * cache is needed.
 */
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yusuan-pack-'));
  const stage = join(work, 'package');
  await mkdir(stage);
  // Built as `npm run build` builds (scripts/build.mjs): the library by tsc, the CLI as a bundle. Type errors elsewhere in
  // a working tree are the typecheck's business: tsc still writes the files, which is all packing needs.
  await sh(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--out-dir', join(stage, 'dist'), '--tolerate-type-errors'], ROOT);
  for (const entry of ['package.json', 'README.md', 'templates', 'data']) await cp(join(ROOT, entry), join(stage, entry), { recursive: true });
  await sh(NPM, ['pack', '--ignore-scripts', '--pack-destination', work, '--loglevel=error'], stage);
  const tarball = (await readdir(work)).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  app = join(work, 'app');
  await mkdir(app);
  const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
  const spec = `file:../${tarball}`;
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'yusuan-install-test', private: true, dependencies: { yusuan: spec } }));
  await writeFile(join(app, 'package-lock.json'), JSON.stringify(offlineLock(join(ROOT, 'package-lock.json'), manifest, join(work, tarball), spec)));
  await sh(NPM, ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], app);
}, 180_000);
afterAll(() => rm(work, { recursive: true, force: true }));

/** `npx yusuan …` in the install folder: the package's own bin, no registry. */
function yusuan(...args: string[]): Promise<string> {
  return sh(NPM, ['exec', '--offline', '--', 'yusuan', ...args], app);
}

describe('像任何 npm 工具一样安装：npm pack 的包装进空目录后，yusuan 可用（随附的模板和代码表都在包里）', () => {
  it('yusuan --help 与 yusuan init：生成空白填报表', async () => {
    // The installed bin is the bundle (scripts/build.mjs), with its worker entries and the precompiled templates beside it.
    const installed = join(app, 'node_modules', 'yusuan', 'dist', 'bin');
    expect(await readdir(installed)).toEqual(expect.arrayContaining(['yusuan.js', 'batch-worker.js', 'worker.js', 'precompiled-specs.cjs']));
    expect(await readFile(join(installed, 'yusuan.js'), 'utf8')).not.toContain('../src/');
    expect(await yusuan('--help')).toMatch(/yusuan —— 部门预算公开文档生成器/);
    await yusuan('init', '-o', '空白.xlsx', '--year', '2025', '--scope', '部门');
    expect((await readdir(app)).includes('空白.xlsx')).toBe(true);
  }, 60_000);

  it('yusuan init --from 示例 JSON，再 yusuan generate：生成 Word 和 Excel，可用 yusuan verify 核验', async () => {
    await cp(join(ROOT, 'examples', '002-chengxiang-2024', 'input.json'), join(app, '示例.json'));
    await yusuan('init', '-o', '填报.xlsx', '--from', '示例.json');
    const out = await yusuan('generate', '填报.xlsx', '-o', '公开');
    expect(out).toMatch(/已生成：/);
    const written = await readdir(join(app, '公开'));
    expect(written.sort()).toEqual(['2024年洛阳市城乡一体化示范区政务服务中心部门预算公开.docx', '2024年洛阳市城乡一体化示范区政务服务中心部门预算公开.xlsx']);
    expect(await yusuan('verify', join('公开', written[0] ?? ''))).toMatch(/正文与表格和内嵌模型一致/);
  }, 60_000);
});
