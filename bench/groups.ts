import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/model/paths.js';
import type { CaseRecord } from './record.js';
import { timeProcess, type ProcessRun } from './spawn.js';
import { summarize } from './stats.js';
import type { WarmResult } from './warm.js';

const BIN = join(PACKAGE_ROOT, 'dist', 'bin', 'yusuan.js');

/** A command to spawn cold, and what a correct run looks like. */
export interface ColdCommand {
  id: string;
  label: string;
  args: string[];
  /** Checks a finished run (exit code, files written); returns a problem or undefined. */
  check?: (run: ProcessRun, outDir: string) => Promise<string | undefined>;
  /** Exit codes accepted without failing the benchmark (recorded in the note). */
  tolerate?: number[];
  /** A command that runs node, e.g. `taskset -c 0` ({@link oneCore}); node runs directly without it. */
  prefix?: string[];
}

/** `node dist/bin/yusuan.js …` as the user runs it. */
export function cli(id: string, label: string, args: string[], check?: ColdCommand['check']): ColdCommand {
  return { id, label, args: [BIN, ...args], ...(check ? { check } : {}) };
}

/** Expects exit 0 (or 1 when forced past input errors) and `count` entries in the output folder. */
export function wrote(count: number, forced = false): NonNullable<ColdCommand['check']> {
  return async (run, outDir) => {
    const files = (await readdir(outDir).catch(() => [])).length;
    const ok = run.code === 0 || (forced && run.code === 1);
    return ok && files === count ? undefined : `exit ${run.code}, ${files} files (expected ${forced ? '0 or 1' : '0'}, ${count}): ${run.stderr.slice(0, 500)}`;
  };
}

/**
 * Runs each command `rounds` times, interleaved (A B C, then B C A, …: each round starts one later, so no side
 * always runs first); every run is a fresh process timed whole. `{out}` in args is a fresh empty folder. A run that
 * fails its check is counted in the case's note and left out of its times.
 */
export async function coldRounds(commands: ColdCommand[], rounds: number, work: string): Promise<CaseRecord[]> {
  const runs = new Map<string, ProcessRun[]>(commands.map((c) => [c.id, []]));
  const codes = new Map<string, Set<number>>(commands.map((c) => [c.id, new Set()]));
  const failures = new Map<string, string[]>();
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < commands.length; k++) {
      const command = commands[(r + k) % commands.length];
      if (!command) continue;
      const outDir = await mkdtemp(join(work, 'out-'));
      const args = command.args.map((a) => a.replace('{out}', outDir));
      const [program = process.execPath, ...before] = command.prefix ?? [];
      const run = await timeProcess(program, command.prefix ? [...before, process.execPath, ...args] : args, PACKAGE_ROOT);
      const problem = command.check ? await command.check(run, outDir) : run.code === 0 || command.tolerate?.includes(run.code) ? undefined : `exit ${run.code}: ${run.stderr.slice(0, 500)}`;
      await rm(outDir, { recursive: true, force: true });
      // A failed run is recorded, not timed, and the benchmark goes on: a crash shows in the table as a failure.
      if (problem) failures.set(command.id, [...(failures.get(command.id) ?? []), problem]);
      else runs.get(command.id)?.push(run);
      codes.get(command.id)?.add(run.code);
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return commands.map((c) => {
    const all = runs.get(c.id) ?? [];
    const exit = [...(codes.get(c.id) ?? [])];
    const failed = failures.get(c.id) ?? [];
    const notes = [...(exit.some((e) => e !== 0) ? [`exit code ${exit.join(', ')}`] : []), ...(failed.length ? [`FAILED ${failed.length} of ${rounds} runs, not timed: ${failed[0]?.replace(/\s+/g, ' ').slice(0, 160)}`] : [])];
    return {
      id: c.id,
      label: c.label,
      how: 'cold process, timed whole',
      ms: summarize(all.map((r) => r.ms)),
      rssMb: summarize(all.map((r) => r.rssMb)),
      ...(all.length && all.every((r) => Number.isFinite(r.cpuS)) ? { cpuS: summarize(all.map((r) => r.cpuS)) } : {}),
      ...(notes.length ? { note: notes.join('; ') } : {}),
    };
  });
}

/** Runs bench/warm.ts on an input in its own process (API generate, docx+xlsx; with refs, the reference points interleaved), under `prefix` (taskset) if given. */
export function warmCase(input: string, runs: number, flags: ('refs' | 'bound' | 'force' | `warmup=${number}`)[] = [], prefix: string[] = []): Promise<WarmResult> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', join(PACKAGE_ROOT, 'bench', 'warm.ts'), input, String(runs), ...flags];
    const [command, ...rest] = [...prefix, process.execPath, ...args] as [string, ...string[]];
    const child = spawn(command, rest, { cwd: PACKAGE_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`bench/warm.ts failed (${code}) on ${input}`));
      else resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as WarmResult);
    });
  });
}

/**
 * `taskset -c N`, N the first CPU this process may run on, where util-linux's taskset is installed (Linux): the
 * command after it, with every thread it starts, runs on that one core. Undefined elsewhere.
 */
export function oneCore(): string[] | undefined {
  if (spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status !== 0) return undefined;
  const status = (() => {
    try {
      return readFileSync('/proc/self/status', 'utf8');
    } catch {
      return '';
    }
  })();
  const allowed = /^Cpus_allowed_list:\s*(\d+)/m.exec(status)?.[1];
  return allowed === undefined ? undefined : ['taskset', '-c', allowed];
}

/** A folder of `units` copies of example 000 (a batch of seed-size units). */
export async function batchFolder(work: string, units: number): Promise<string> {
  const dir = join(work, `batch-${units}`);
  await mkdir(dir, { recursive: true });
  const seed = await readFile(join(PACKAGE_ROOT, 'examples', '000-luoyang-2022', 'input.json'));
  for (let i = 1; i <= units; i++) await writeFile(join(dir, `unit-${String(i).padStart(4, '0')}.json`), seed);
  return dir;
}
