import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One child process timed whole: wall time from spawn to exit, its peak RSS and CPU time (all threads), exit code, output. */
export interface ProcessRun {
  ms: number;
  rssMb: number;
  /** User plus system CPU seconds of the process and its children (NaN without GNU time). */
  cpuS: number;
  code: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/** Whether peak RSS and CPU time of children can be measured (GNU time is installed). */
export const HAS_GNU_TIME = existsSync(GNU_TIME);

/**
 * Spawns `command args` (under `/usr/bin/time` when present, which reports the child's peak RSS and CPU time without
 * loading anything into it; both sides of every ratio go through the same wrapper) and times it to exit.
 */
export async function timeProcess(command: string, args: readonly string[], cwd: string): Promise<ProcessRun> {
  const dir = await mkdtemp(join(tmpdir(), 'yusuan-bench-rss-'));
  const rssFile = join(dir, 'rss');
  try {
    const [cmd, argv] = HAS_GNU_TIME ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, [...args]];
    const start = performance.now();
    const { code, stdout, stderr } = await run(cmd, argv, cwd);
    const ms = performance.now() - start;
    // The last line is GNU time's (a child killed by a signal adds a line above it).
    const [kb, user, system] = ((await readFile(rssFile, 'utf8').catch(() => '')).trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    return { ms, rssMb: (kb ?? NaN) / 1024, cpuS: (user ?? NaN) + (system ?? NaN), code, stdout, stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < 1_000_000) stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
