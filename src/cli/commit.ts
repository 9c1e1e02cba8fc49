import { open, readFile, rename, rm, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** One format's output waiting in a unit's staging folder: `<base><suffix>`, a file or a folder (fdp). */
export interface StagedOutput {
  suffix: string;
  folder: boolean;
}

/** How long a commit waits for another process to finish writing the same name. */
const LOCK_WAIT_MS = 60_000;

/** Another process holds a name too long: an I/O problem (exit 2), not a bug. */
export class OutputBusyError extends Error {
  override name = 'OutputBusyError';
  readonly code = 'EBUSY';
  constructor(
    readonly path: string,
    waited: number,
  ) {
    super(`输出目录中的“${path}”正被另一个 yusuan 进程写入，等待 ${Math.round(waited / 1000)} 秒后仍未结束`);
  }
}

/**
 * Moves one unit's staged outputs (`staged/<from><suffix>`) into `outDir` as `<to><suffix>`, all of them under the
 * name's lock file: two processes writing the same name into one folder each leave a whole set, never a mix
 * (x.md of one unit beside x.docx of another). Each move is a rename on one file system; a folder replaces the
 * old one as a whole.
 */
export async function commitOutputs(staged: string, from: string, outputs: readonly StagedOutput[], outDir: string, to: string): Promise<string[]> {
  const release = await lockName(outDir, to);
  try {
    const written: string[] = [];
    for (const output of outputs) {
      const target = join(outDir, `${to}${output.suffix}`);
      const source = join(staged, `${from}${output.suffix}`);
      if (output.folder) await replaceWith(source, target);
      else await rename(source, target);
      written.push(target);
    }
    return written;
  } finally {
    await release();
  }
}

/** A folder moved into place: the old one is moved aside first, then removed. */
async function replaceWith(source: string, target: string): Promise<void> {
  const aside = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.old`;
  const moved = await rename(target, aside).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(source, target);
  } catch (error) {
    if (moved) await rename(aside, target);
    throw error;
  }
  if (moved) await rm(aside, { recursive: true, force: true });
}

/**
 * Takes the lock file `.<name>.lock` in `dir` (created exclusively, holding this process's id and host); a lock
 * left by a process that no longer runs on this host is taken over. Returns the release.
 */
export async function lockName(dir: string, name: string, wait = LOCK_WAIT_MS): Promise<() => Promise<void>> {
  const path = join(dir, `.${name}.lock`);
  const owner = `${process.pid}@${hostname()}`;
  const deadline = Date.now() + wait;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(owner);
      await handle.close();
      return () => unlink(path).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await abandoned(path)) {
      await unlink(path).catch(() => undefined);
      continue;
    }
    if (Date.now() > deadline) throw new OutputBusyError(name, wait);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A lock whose process is gone (same host; a lock from another host is trusted until it goes). */
async function abandoned(path: string): Promise<boolean> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const [pid, host] = text.split('@');
  if (!pid || host !== hostname()) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
