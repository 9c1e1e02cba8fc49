import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Replaces the folder at `path` with exactly `files` (paths relative to it): they are written into a temp folder
 * beside it, which is then renamed into place; the old folder, if any, is moved aside first and removed. So the
 * folder never holds a half-written file, nor a stale one from an earlier run.
 */
export async function replaceFolder(path: string, files: readonly { path: string; bytes: Uint8Array }[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = await mkdtemp(join(dirname(path), `.${basename(path)}.${process.pid}.`));
  const old = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.old`);
  try {
    for (const file of files) {
      await mkdir(dirname(join(temp, file.path)), { recursive: true });
      await writeFile(join(temp, file.path), file.bytes);
    }
    const moved = await rename(path, old).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    try {
      await rename(temp, path);
    } catch (error) {
      if (moved) await rename(old, path);
      throw error;
    }
    if (moved) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
