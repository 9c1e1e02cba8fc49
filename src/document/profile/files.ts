import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { TEMPLATES_DIR } from '../../model/paths.js';
import { displayFile, fail } from './errors.js';

/**
 * How a profile's files are found, read and named in messages. The CLI's `--profile <dir>` is a trusted local folder:
 * read as written. An uploaded profile (`yusuan serve`) is confined: every file must resolve (symbolic links
 * followed) inside its own folder or the shipped templates/, and messages name files relative to its folder.
 */
export interface ProfileFiles {
  readonly confined: boolean;
  exists(path: string): boolean;
  read(path: string): Buffer;
  /** The file as messages name it. */
  display(path: string): string;
}

/** The CLI's reading: any path, named relative to the package when inside it, else absolute. */
export const TRUSTED_FILES: ProfileFiles = {
  confined: false,
  exists: (path) => existsSync(path),
  read: (path) => readFileSync(path),
  display: displayFile,
};

/** A table data file or template a confined profile names: a plain file name, never a path. */
const PLAIN_NAME = /^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff._-]*$/;

/** True when `name` is a file name without any folder part (`overall-performance.json`). */
export function isPlainName(name: string): boolean {
  return PLAIN_NAME.test(name) && !name.includes('..');
}

let confinedRoots: string[] = [];

/**
 * From now on in this thread, a profile folder under `root` is loaded confined, and a profile folder given as a path
 * anywhere else but templates/ is refused (`yusuan serve`'s workers: `root` holds the sessions' uploaded profiles).
 * Returns the undo (tests).
 */
export function confineProfiles(root: string): () => void {
  const real = realOrSelf(root);
  confinedRoots = [...confinedRoots, real];
  return () => {
    confinedRoots = confinedRoots.filter((r) => r !== real);
  };
}

/** The reading for the profile folder `dir` a reference located: confined under a confined root, else trusted. */
export function filesFor(dir: string, site: { file?: string; path: string }): ProfileFiles {
  if (confinedRoots.length === 0) return TRUSTED_FILES;
  const real = realOrSelf(dir);
  const templates = realOrSelf(TEMPLATES_DIR);
  if (inside(real, templates)) return confinedFiles([], templates);
  if (!confinedRoots.some((root) => inside(real, root))) fail(site.file, site.path, '只能使用随附的模板或在页面上上传的模板，不读取本机的其他目录');
  return confinedFiles([resolve(dir), real], templates);
}

/**
 * Files read only inside the uploaded profile's folder (as given and as resolved) or `templates`; named relative to
 * that folder, templates/ as the CLI names them, anything else by its last name only.
 */
function confinedFiles(folder: readonly string[], templates: string): ProfileFiles {
  const own = folder[folder.length - 1];
  const allowed = (path: string): string | undefined => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return undefined;
    }
    if (!(own !== undefined && inside(real, own)) && !inside(real, templates)) return undefined;
    return statSync(real).isFile() ? real : undefined;
  };
  const display = (path: string): string => {
    const base = folder.find((f) => inside(resolve(path), f));
    if (base !== undefined) return relative(base, resolve(path)).split(sep).join('/');
    return inside(realOrSelf(path), templates) ? displayFile(path) : basename(path);
  };
  return {
    confined: true,
    exists: (path) => allowed(path) !== undefined,
    read(path) {
      const real = allowed(path);
      if (real === undefined) return fail(display(path), '', '文件不在模板目录中（网页版只读取上传的模板目录和随附的模板）');
      return readFileSync(real);
    },
    display,
  };
}

function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
