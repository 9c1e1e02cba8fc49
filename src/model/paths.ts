import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root (where package.json, templates/ and data/ live), found by walking up from this module: src/ under
 * tsx, dist/src/ in the library, dist/bin/ in the bundled CLI (scripts/build.mjs).
 */
export const PACKAGE_ROOT: string = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
