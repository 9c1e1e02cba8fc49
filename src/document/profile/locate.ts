import { existsSync, readdirSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { displayFile, fail, quoted, suggestion } from './errors.js';

/** True when a profile reference is a directory path (`./my-profile`, `/srv/p`, `../x`), not a shipped id. */
export function isProfilePath(ref: string): boolean {
  return isAbsolute(ref) || ref.startsWith('.') || /[\\/]/.test(ref);
}

/** Where a reference is written, for the message when it names nothing. */
export interface RefSite {
  file?: string;
  path: string;
}

/**
 * The directory a reference names: a path (relative ones against `baseDir`, else the current directory), or an id
 * looked up in `roots` (templates/ last). A reference that names no profile is a located error with a suggestion.
 */
export function locateProfile(ref: string, roots: readonly string[], baseDir: string | undefined, site: RefSite): string {
  if (isProfilePath(ref)) {
    const dir = profilePathDir(ref, baseDir);
    if (!existsSync(join(dir, 'profile.json'))) fail(site.file, site.path, `找不到模板目录 ${displayFile(dir)}（目录中应有 profile.json）`);
    return dir;
  }
  const dir = roots.map((root) => join(root, ref)).find((d) => existsSync(join(d, 'profile.json')));
  if (dir) return dir;
  const ids = profileIds(roots);
  return fail(site.file, site.path, `找不到模板“${ref}”${suggestion(ref, ids) || `（可用的模板：${quoted(ids)}；模板目录请写成路径，例如 ./${ref}）`}`);
}

/** The folder a path reference names: relative ones against `baseDir`, else the current directory. */
export function profilePathDir(ref: string, baseDir: string | undefined): string {
  return baseDir ? resolve(baseDir, ref) : resolve(ref);
}

/** The ids of the profiles in `roots`: each folder with a profile.json, sorted. */
export function profileIds(roots: readonly string[]): string[] {
  const ids = roots.flatMap((root) =>
    existsSync(root)
      ? readdirSync(root, { withFileTypes: true }).flatMap((e) => (e.isDirectory() && existsSync(join(root, e.name, 'profile.json')) ? [e.name] : []))
      : [],
  );
  return [...new Set(ids)].sort();
}

/** A profile's id: its own `id`, else its folder's name. */
export function profileIdOf(dir: string, id: string | undefined): string {
  return id ?? basename(dir);
}
