import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'yusuan.ts');

/** A module hook that prints every module URL the process loads, one per line, on stderr after a marker. */
const HOOK = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent('export async function load(url, context, next) { process.stderr.write("LOADED " + url + "\\\\n"); return next(url, context); }'));
`)}`;

/** Runs the CLI from source and returns what it printed and the packages (node_modules/<name>) it loaded. */
async function modulesOf(args: string[]): Promise<{ stdout: string; packages: Set<string>; sources: string[] }> {
  const { stdout, stderr } = await run(process.execPath, ['--import', HOOK, '--import', 'tsx', CLI, ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  const urls = stderr.split('\n').filter((line) => line.startsWith('LOADED ')).map((line) => line.slice(7));
  const packages = new Set(urls.map((url) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1]).filter((name): name is string => name !== undefined && name !== 'tsx' && name !== 'get-tsconfig' && name !== 'resolve-pkg-maps' && name !== 'esbuild'));
  const sources = urls.filter((url) => url.includes('/src/')).map((url) => url.replace(/^.*\/src\//, 'src/'));
  return { stdout, packages, sources };
}

// Each command's module is imported when it runs (src/cli/execute.ts): what a command does not use, it does not load.
describe('命令只加载自己用到的模块', () => {
  it('--help 不加载任何依赖包，也不加载写出器的实现', async () => {
    const { stdout, packages, sources } = await modulesOf(['--help']);
    expect(stdout).toMatch(/^yusuan —— 部门预算公开文档生成器/);
    expect([...packages]).toEqual([]);
    expect(sources.filter((s) => /^src\/(render\/(docx|xlsx|fdp)|checks|document\/tables|pipeline)/.test(s))).toEqual([]);
  });

  it('--version 打印 package.json 的版本号，不加载任何依赖包', async () => {
    const { stdout, packages } = await modulesOf(['--version']);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(stdout).toBe(`yusuan ${version}\n`);
    expect([...packages]).toEqual([]);
  });

  it('validate 不加载 docx 和 exceljs（只校验，不生成），JSON 输入不加载工作簿读取器，也不加载写出器和帮助', async () => {
    const { packages, sources } = await modulesOf(['validate', join(ROOT, 'examples', '004-xigong-2023', 'input.json')]).catch((error: { stdout: string; stderr: string }) => {
      // validate exits 1 when it finds errors; what it loaded is still on stderr
      throw new Error(`validate failed: ${error.stderr.slice(-400)}`);
    });
    expect(packages.has('docx')).toBe(false);
    expect(packages.has('exceljs')).toBe(false);
    expect(packages.has('decimal.js')).toBe(true);
    // The sheet declarations stay: the checks name fields by them. Reading a workbook (zip, XML scanning) does not.
    const reading = /^src\/input\/workbook\/(read-|zip-|light-workbook|sheet-filter|strings-filter|number-formats)|^src\/input\/xlsx|^src\/zip\/(?!limits)|^src\/render\/writers\/|^src\/cli\/help/;
    expect(sources.filter((s) => reading.test(s))).toEqual([]);
  });

  it('generate 一份 JSON 输入写出 docx 和 xlsx，不加载 exceljs 和工作簿模块（xlsx 由 render/xlsx 直接写出）', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yusuan-lazy-'));
    try {
      const { packages, sources } = await modulesOf(['generate', join(ROOT, 'examples', '004-xigong-2023', 'input.json'), '--format', 'docx,xlsx', '--force', '-o', dir]);
      expect(readdirSync(dir).filter((f) => /\.(docx|xlsx)$/.test(f)).map((f) => f.slice(f.lastIndexOf('.'))).sort()).toEqual(['.docx', '.xlsx']);
      expect(packages.has('exceljs')).toBe(false);
      // From source there is no precompiled-docx-parts.json: docx makes the parts every .docx shares, once
      // (src/render/docx/fixed-parts.ts). The built CLI reads them from the file instead (bundle.test.ts).
      expect(packages.has('docx')).toBe(true);
      expect(sources).toContain('src/render/xlsx/index.ts');
      expect(sources.filter((s) => s.startsWith('src/model/excel-workbook'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
