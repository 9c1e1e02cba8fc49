import { execFile, fork } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', '004-xigong-2023', 'input.json');
let work: string;
let bin: string;

/**
 * A module hook printing, on stderr, every file the process loads as an ES module (`LOADED <pid> <url>`), every CommonJS
 * require (`REQUIRED <request>`), and each lookup in the precompiled template table (`SPEC HIT|MISS`). Worker threads
 * and a batch's worker processes inherit it with the process's options.
 */
const HOOK = `data:text/javascript,${encodeURIComponent(`
import Module, { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent('export async function load(url, context, next) { if (url.startsWith("file:")) process.stderr.write("LOADED " + process.pid + " " + url + "\\\\n"); return next(url, context); }'));
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const exports = load.call(this, request, parent, isMain);
  process.stderr.write('REQUIRED ' + request + '\\n');
  if (!request.endsWith('precompiled-specs.cjs')) return exports;
  return new Proxy(exports, { get(table, key) { if (typeof key === 'string') process.stderr.write((Object.hasOwn(table, key) ? 'SPEC HIT ' : 'SPEC MISS ') + key + '\\n'); return table[key]; } });
};
`)}`;

/**
 * The CLI as `npm run build` bundles it (scripts/build.mjs), built into a private folder that has what the bundle finds
 * by walking up from itself: package.json, templates/ and data/ (src/model/paths.ts), and node_modules/ for the packages
 * it leaves to Node (pdfjs-dist, exceljs).
 */
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yusuan-bundle-'));
  await run(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--cli-only', '--out-dir', join(work, 'dist')], { cwd: ROOT });
  await copyFile(join(ROOT, 'package.json'), join(work, 'package.json'));
  for (const dir of ['templates', 'data', 'node_modules']) await symlink(join(ROOT, dir), join(work, dir), 'junction');
  bin = join(work, 'dist', 'bin');
}, 120_000);
afterAll(() => rm(work, { recursive: true, force: true }));

interface Loaded {
  stdout: string;
  /** The bundle's files loaded, by name (dist/bin/…); `outside`: any other file loaded as an ES module. */
  files: string[];
  outside: string[];
  required: string[];
  /** The sources (repository paths) bundled into the loaded files, from their source maps. */
  sources: Set<string>;
  /** The same, of the main process only (the one that loaded yusuan.js), not of a batch's worker processes. */
  mainSources: Set<string>;
  hits: number;
  misses: number;
}

/** Runs the built CLI under the hook. */
async function loadedBy(args: string[], cwd = work): Promise<Loaded> {
  const { stdout, stderr } = await run(process.execPath, ['--import', HOOK, join(bin, 'yusuan.js'), ...args], { cwd, maxBuffer: 16 * 1024 * 1024 }).catch((error: { stderr: string }) => {
    throw new Error(`yusuan ${args.join(' ')} failed: ${error.stderr.split('\n').filter((l) => !/^(LOADED|REQUIRED|SPEC) /.test(l)).join('\n').slice(-600)}`);
  });
  const lines = stderr.split('\n');
  const loaded = lines.filter((l) => l.startsWith('LOADED ')).map((l) => /^LOADED (\d+) (.*)$/.exec(l) ?? []);
  const urls = loaded.map(([, , url]) => new URL(url ?? '').pathname);
  const prefix = pathToFileURL(join(bin, '/')).pathname;
  const inBin = (paths: string[]) => [...new Set(paths.filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length)))];
  const files = inBin(urls);
  const main = loaded.find(([, , url]) => url?.endsWith('/yusuan.js'))?.[1];
  const sourcesOf = async (names: string[]) => {
    const sources = new Set<string>();
    for (const file of names) {
      const map = JSON.parse(await readFile(join(bin, `${file}.map`), 'utf8')) as { sources: string[] };
      for (const source of map.sources) sources.add(relative(ROOT, resolve(bin, source)).split('\\').join('/'));
    }
    return sources;
  };
  const sources = await sourcesOf(files);
  const mainSources = await sourcesOf(inBin(loaded.filter(([, pid]) => pid === main).map(([, , url]) => new URL(url ?? '').pathname)));
  return {
    stdout,
    files,
    outside: urls.filter((u) => !u.startsWith(prefix)),
    required: lines.filter((l) => l.startsWith('REQUIRED ')).map((l) => l.slice(9)),
    sources,
    mainSources,
    hits: lines.filter((l) => l.startsWith('SPEC HIT ')).length,
    misses: lines.filter((l) => l.startsWith('SPEC MISS ')).length,
  };
}

const packagesIn = (sources: Set<string>) => new Set([...sources].flatMap((s) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(s)?.[1] ?? []));

// issue #16: a cold `yusuan` read 320–640 separate modules. The bin is now a bundle split by command: it loads a few
// chunk files, and still only what the command uses (src/cli/execute.ts imports each command when it runs).
describe('发布的命令行是打包后的文件：冷启动只读取少量文件，且仍只加载命令用到的部分', () => {
  it('--help 与 --version：只读取包内的少量文件，不加载任何依赖包', async () => {
    for (const args of [['--help'], ['--version']]) {
      const { stdout, files, outside, required, sources } = await loadedBy(args);
      expect(stdout).toMatch(args[0] === '--help' ? /^yusuan —— 部门预算公开文档生成器/ : /^yusuan \d+\.\d+\.\d+\n$/);
      expect(files[0]).toBe('yusuan.js');
      expect(files.length).toBeLessThanOrEqual(20);
      expect(outside).toEqual([]);
      expect(required).toEqual([]);
      expect([...packagesIn(sources)]).toEqual([]);
    }
  });

  it('validate：不加载 docx 与 exceljs，也不加载写出器；叙述模板全部取自构建时预编译的表', async () => {
    const { files, outside, required, sources, hits, misses } = await loadedBy(['validate', EXAMPLE]);
    expect(files.length).toBeLessThanOrEqual(40);
    expect(outside).toEqual([]);
    const packages = packagesIn(sources);
    expect(packages.has('decimal.js')).toBe(true);
    expect(packages.has('docx')).toBe(false);
    expect(required.filter((r) => r.includes('exceljs'))).toEqual([]);
    expect(sources.has('src/cli/validate-command.ts')).toBe(true);
    expect([...sources].filter((s) => /^src\/render\/(docx|xlsx|fdp|writers)\//.test(s))).toEqual([]);
    // The bundle finds dist/bin/precompiled-specs.cjs next to itself, and every template it renders is in it.
    expect(required).toContain('./precompiled-specs.cjs');
    expect(hits).toBeGreaterThan(10);
    expect(misses).toBe(0);
  });

  it('generate：docx 与 xlsx 都直接写出，不加载 docx 与 exceljs；Word 文档的固定部件取自构建时预编译的文件', async () => {
    const out = join(work, 'out-generate');
    const { files, outside, required, sources } = await loadedBy(['generate', EXAMPLE, '--format', 'docx,xlsx', '--force', '-o', out]);
    expect((await readdir(out)).map((f) => f.slice(f.lastIndexOf('.'))).sort()).toEqual(['.docx', '.xlsx']);
    expect(outside).toEqual([]);
    expect(packagesIn(sources).has('docx')).toBe(false);
    expect(files.filter((f) => f.startsWith('fixed-parts-docx'))).toEqual([]);
    expect(required.filter((r) => r.includes('exceljs'))).toEqual([]);
    expect(required).toContain('./precompiled-docx-parts.json');
  });

  it('批量生成：工作进程（单线程的 V8）运行打包的 batch-worker.js，写出每个单位的文件；--jobs 1 也是一个工作进程，单个文件在本进程中生成；工作进程中的磁盘错误与本进程中一样报告', async () => {
    const inputs = join(work, 'inputs');
    await mkdir(inputs);
    for (const seed of ['000-luoyang-2022', '002-chengxiang-2024']) await cp(join(ROOT, 'examples', seed, 'input.json'), join(inputs, `${seed}.json`));
    const { files, sources, mainSources } = await loadedBy(['generate', inputs, '-o', join(work, 'out'), '--jobs', '2', '--format', 'md']);
    expect(files).toContain('batch-worker.js');
    expect((await readdir(join(work, 'out'))).filter((f) => f.endsWith('.md'))).toHaveLength(2);
    // The main process hands out files and commits outputs: it forks its workers without loading the pipeline, the
    // narrative or the rules (about 0.25 s the workers would otherwise wait for); the workers load them.
    const pipeline = (s: string) => /^src\/(api|pipeline)\.ts$|^src\/document\/narrative\/|^src\/checks\/c01-/.test(s);
    expect(mainSources.has('src/cli/batch.ts')).toBe(true);
    expect([...mainSources].filter(pipeline)).toEqual([]);
    expect([...sources].filter(pipeline)).toEqual(expect.arrayContaining(['src/api.ts', 'src/pipeline.ts', 'src/checks/c01-control-totals.ts']));
    // One job is one worker process too (the same code and V8 settings as each of N); one file runs in process.
    const one = await loadedBy(['generate', inputs, '-o', join(work, 'out-one-job'), '--jobs', '1', '--format', 'md']);
    expect(one.files).toContain('batch-worker.js');
    expect([...one.mainSources].filter(pipeline)).toEqual([]);
    expect((await readdir(join(work, 'out-one-job'))).filter((f) => f.endsWith('.md'))).toHaveLength(2);
    const single = await loadedBy(['generate', join(inputs, '000-luoyang-2022.json'), '-o', join(work, 'out-single'), '--format', 'md']);
    expect(single.files).not.toContain('batch-worker.js');

    // A full disk in a worker is reported as in process: 无法读写文件 and exit 2, not an internal error (70).
    const full = `data:text/javascript,${encodeURIComponent(`
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
const writeFile = fs.writeFile;
fs.writeFile = (path, ...rest) => (String(path).includes('.yusuan-staging-') ? Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', path: String(path) })) : writeFile(path, ...rest));
syncBuiltinESMExports();
`)}`;
    for (const jobs of ['1', '2']) {
      const failed = await run(process.execPath, ['--import', full, join(bin, 'yusuan.js'), 'generate', inputs, '-o', join(work, `out-full-${jobs}`), '--jobs', jobs, '--format', 'md'], { cwd: work }).then(
        () => expect.fail('generate should have failed'),
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed.stderr).toMatch(/无法读写文件：.*\.yusuan-staging-.*（ENOSPC）/);
      expect(failed.stderr).not.toMatch(/内部错误/);
      expect(failed.code).toBe(2);
    }
  });

  it('批量工作进程：Ctrl+C 留给父进程；收到 interrupt 时清理、回答 interrupted 并退出；父进程断开时自行退出', async () => {
    const start = () => fork(join(bin, 'batch-worker.js'), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const worker = start();
    // Its first answer (a unit whose file does not exist) says its handlers are in place, however slow the machine.
    const ready = once(worker, 'message');
    worker.send({ file: join(work, 'no-such-unit.json'), index: 0, options: { outDir: join(work, 'out-none'), formats: ['md'] } });
    await ready;
    worker.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(worker.exitCode).toBeNull();
    expect(worker.signalCode).toBeNull();
    expect(worker.connected).toBe(true);
    const answer = once(worker, 'message');
    const exited = once(worker, 'exit');
    worker.send('interrupt');
    expect((await answer)[0]).toBe('interrupted');
    expect((await exited)[0]).toBe(0);

    const orphan = start();
    const orphanExited = once(orphan, 'exit');
    const orphanReady = once(orphan, 'message');
    orphan.send({ file: join(work, 'no-such-unit.json'), index: 0, options: { outDir: join(work, 'out-none'), formats: ['md'] } });
    await orphanReady;
    orphan.disconnect();
    expect((await orphanExited)[0]).toBe(0);
  });

  it('每个文件都带链接的 source map：--debug 打印的堆栈指回 TypeScript 源文件；服务器的工作线程入口 worker.js 在旁边', async () => {
    const js = (await readdir(bin)).filter((f) => f.endsWith('.js'));
    for (const file of js) {
      expect(await readFile(join(bin, file), 'utf8')).toContain(`//# sourceMappingURL=${file}.map`);
      expect(existsSync(join(bin, `${file}.map`))).toBe(true);
    }
    expect(js).toEqual(expect.arrayContaining(['yusuan.js', 'batch-worker.js', 'worker.js']));
    // A bug while reading the input (a plain Error from readFile): 内部错误, and with --debug its stack.
    const fault = `data:text/javascript,${encodeURIComponent(`
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
const readFile = fs.readFile;
fs.readFile = (path, ...rest) => (String(path).endsWith('input.json') ? Promise.reject(new Error('故障')) : readFile(path, ...rest));
syncBuiltinESMExports();
`)}`;
    const failed = await run(process.execPath, ['--import', fault, join(bin, 'yusuan.js'), 'validate', EXAMPLE, '--debug'], { cwd: work }).then(
      () => expect.fail('validate should have failed'),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(70);
    expect(failed.stderr).toMatch(/^内部错误：故障/);
    expect(failed.stderr).toMatch(/at .*src\/cli\/validate-command\.ts:\d+:\d+/);
  });
});
