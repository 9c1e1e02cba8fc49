import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/model/paths.js';

/**
 * The code issue 16 was filed against: the parent of the commit that began its work (fd8bf5d, "Honest benchmark").
 * The issue sets `validate` cold against "today's generate cold", that is this build's `generate`, which the
 * benchmark builds from git and spawns beside ours in the same run (a figure remembered from another day and
 * machine would not be comparable).
 */
export const ISSUE_BASE = 'fd8bf5d^';

/** A built copy of an older commit: its CLI and its own seed 000 input (older schemas may differ from today's). */
export interface ReferenceBuild {
  commit: string;
  bin: string;
  seed: string;
}

/**
 * Builds `revision` once into <tmpdir>/yusuan-bench-reference-<commit>/ (git archive, `npm ci` from the npm cache,
 * tsc); later runs reuse it (`cachedOnly`: only an earlier build, never a new one). `skipped`, with the reason, when git history is not there (a shallow clone) or the
 * build fails; the benchmark then reports the goal as not measured.
 */
export async function referenceBuild(revision: string, say: (line: string) => void, options: { cachedOnly?: boolean } = {}): Promise<ReferenceBuild | { skipped: string }> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: PACKAGE_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  let commit: string;
  try {
    commit = git('rev-parse', '--verify', `${revision}^{commit}`);
  } catch {
    return { skipped: `${revision} is not in this clone's history (a shallow clone?)` };
  }
  // Outside the repository: tsc refuses to emit declarations from a tree inside another package's node_modules.
  const dir = join(tmpdir(), `yusuan-bench-reference-${commit.slice(0, 12)}`);
  const build: ReferenceBuild = { commit, bin: join(dir, 'dist', 'bin', 'yusuan.js'), seed: join(dir, 'examples', '000-luoyang-2022', 'input.json') };
  const done = join(dir, '.built');
  if (existsSync(done)) return build;
  if (options.cachedOnly) return { skipped: '--quick does not build it (a full run does, once)' };
  say(`building ${revision} (${commit.slice(0, 12)}) for the reference case, once: git archive, npm ci, tsc…`);
  try {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const archive = execFileSync('git', ['archive', '--format=tar', commit], { cwd: PACKAGE_ROOT, maxBuffer: 512 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    const quiet = { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] as ('ignore' | 'pipe')[] };
    execFileSync('npm', ['ci', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], quiet);
    execFileSync(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], quiet);
    if (!existsSync(build.bin) || !existsSync(build.seed)) throw new Error('the build has no dist/bin/yusuan.js or no seed 000 input');
    await writeFile(done, `${new Date().toISOString()}\n`);
    return build;
  } catch (error) {
    const output = (error as { stdout?: Buffer; stderr?: Buffer });
    const stderr = `${output.stdout?.toString('utf8') ?? ''}${output.stderr?.toString('utf8') ?? ''}`.slice(-300);
    await rm(dir, { recursive: true, force: true });
    return { skipped: `building ${revision} failed: ${(error as Error).message.split('\n')[0]} ${stderr}`.trim() };
  }
}
