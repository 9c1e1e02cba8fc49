import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { delimiter, join } from 'node:path';
import { PACKAGE_ROOT } from '../src/model/paths.js';

/** CPU, Node and load facts for results.json (load average taken now). */
export function machineFacts(): { cpuModel: string; cpus: number; node: string; platform: string; totalMemGiB: number; loadAvgStart: number[]; loadAvgEnd: number[] } {
  const load = loadavg().map((v) => Math.round(v * 100) / 100);
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cpus: availableParallelism(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    totalMemGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAvgStart: load,
    loadAvgEnd: load,
  };
}

/** HEAD and the tracked files that differ from it (the build measured includes them). */
export function gitFacts(): { commit: string; uncommittedFiles: string[] } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: PACKAGE_ROOT, encoding: 'utf8' }).trimEnd();
  const status = git('status', '--porcelain', '--', 'src', 'bin', 'templates', 'data', 'package.json', 'package-lock.json');
  return { commit: git('rev-parse', 'HEAD').trim(), uncommittedFiles: status ? status.split('\n').map((l) => l.slice(3)) : [] };
}

/** Runs `npm run build` when a source file is newer than dist/bin/yusuan.js; says what it did. */
export function buildIfStale(): string {
  const built = join(PACKAGE_ROOT, 'dist', 'bin', 'yusuan.js');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  // templates/: the build precompiles the shipped narrative templates (scripts/precompile-templates.mjs).
  const newest = Math.max(newestIn(join(PACKAGE_ROOT, 'src')), newestIn(join(PACKAGE_ROOT, 'bin')), newestIn(join(PACKAGE_ROOT, 'templates'), ''));
  if (builtAt >= newest) return 'dist/ up to date with src/, bin/ and templates/: not rebuilt';
  const start = performance.now();
  execFileSync('npm', ['run', 'build'], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return `npm run build (${((performance.now() - start) / 1000).toFixed(1)} s, not part of any measurement)`;
}

function newestIn(dir: string, suffix = '.ts'): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(suffix) && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The LibreOffice binary on PATH, if any. */
export function sofficePath(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['soffice', 'libreoffice']) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}
