import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Files reached from `file` through runtime imports (type-only imports are erased and do not count). */
function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'(\.[^']+)'/gm)) {
    const target = join(dirname(file), m[1]!.replace(/\.js$/, '.ts'));
    runtimeImports(target, seen);
  }
  return seen;
}

describe('xlsx writer layering (STYLE.md: render never imports compute/ or input/)', () => {
  it('reaches no module under src/compute or src/input at run time', () => {
    const reached = [...runtimeImports(join(SRC, 'render', 'xlsx', 'index.ts'))].map((f) => f.slice(SRC.length + 1));
    expect(reached).toContain('render/xlsx/sheet.ts');
    expect(reached.filter((f) => f.startsWith('compute/') || f.startsWith('input/'))).toEqual([]);
  });
});
