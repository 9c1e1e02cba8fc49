import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/model/paths.js';

/** One cold CLI run: wall time from spawn to exit, the process's peak RSS, what it wrote. */
export interface CliRun {
  ms: number;
  peakRssMb: number;
  code: number;
  files: number;
  stderr: string;
}

const BIN = join(PACKAGE_ROOT, 'dist', 'bin', 'yusuan.js');
const PROBE = join(PACKAGE_ROOT, 'bench', 'rss-probe.mjs');

/** Spawns `node dist/bin/yusuan.js generate <inputs…> -o <temp> --format docx,xlsx` in a fresh process. */
export async function cliCold(inputs: string[], extra: string[] = []): Promise<CliRun> {
  const dir = await mkdtemp(join(tmpdir(), 'yusuan-bench-cli-'));
  const out = join(dir, 'out');
  const rssFile = join(dir, 'rss');
  try {
    const start = performance.now();
    const { code, stderr } = await run(process.execPath, ['--import', PROBE, BIN, 'generate', ...inputs, '-o', out, '--format', 'docx,xlsx', ...extra], {
      ...process.env,
      YUSUAN_BENCH_RSS_FILE: rssFile,
    });
    const ms = performance.now() - start;
    const peakRssMb = Number(await readFile(rssFile, 'utf8').catch(() => 'NaN')) / 1024;
    const files = (await readdir(out).catch(() => [])).length;
    return { ms, peakRssMb, code, files, stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

/** Runs a child `node --import tsx bench/case.ts …` and parses its JSON line. */
export async function runCaseProcess<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'bench', 'case.ts'), ...args], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0) reject(new Error(`bench case failed (${code}): ${args.join(' ')}`));
      else resolve(JSON.parse(line) as T);
    });
  });
}
