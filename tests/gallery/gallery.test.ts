import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';
import { fakeIo } from '../bad-input/harness.js';

/**
 * examples/gallery/<dimension>/ (issue 14 acceptance): a user profile changing one dimension of variations.md, an input
 * and the expected md. Each case is generated through the CLI from its own directory and from a copy outside the
 * repository, and must differ from the base profile's output exactly where gallery.json says it shows its dimension.
 * `UPDATE_GOLDEN=1` rewrites expected.md.
 */
const GALLERY = join(PACKAGE_ROOT, 'examples', 'gallery');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface GalleryCase {
  dir: string;
  dimension: string;
  class: string;
  section: string;
  sources: string[];
  uses: string;
  /** Input paths left out when generating with the base profile (the dimension is an input fact); `path=value` sets the value instead. */
  facts?: string[];
  /** Text of expected.md that the base profile does not print. */
  shows: string[];
}

const cases = (JSON.parse(readFileSync(join(GALLERY, 'gallery.json'), 'utf8')) as { cases: GalleryCase[] }).cases;
const scratch = mkdtempSync(join(tmpdir(), 'yusuan-gallery-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `yusuan generate input.json --format md -o <tmp>` run in `cwd`: exit code, the md and stderr. */
async function generateMd(cwd: string, args: string[] = []): Promise<{ code: number; md: string; err: string }> {
  const out = mkdtempSync(join(scratch, 'out-'));
  const io = fakeIo(cwd);
  const code = await execute(['generate', 'input.json', '--format', 'md', '-o', out, ...args], io);
  const files = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.md')) : [];
  const md = files.length === 1 ? readFileSync(join(out, files[0]!), 'utf8') : '';
  return { code, md, err: io.err.join('') };
}

/** Deletes `a.b`, `a[].b` (in every element) from a JSON value, or sets it to `replacement`. */
function omit(value: unknown, path: string, replacement?: string): void {
  const [head, ...rest] = path.split('.');
  if (head === undefined || typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (head.endsWith('[]')) {
    const list = record[head.slice(0, -2)];
    if (Array.isArray(list)) for (const item of list) omit(item, rest.join('.'), replacement);
  } else if (rest.length > 0) omit(record[head], rest.join('.'), replacement);
  else if (replacement === undefined) delete record[head];
  else record[head] = replacement;
}

/** The case generated with the profile its profile extends, from the input without the case's facts (--force: that profile may refuse what the case allows). */
async function generateWithBase(c: GalleryCase): Promise<string> {
  const dir = join(GALLERY, c.dir);
  const base = (JSON.parse(readFileSync(join(dir, 'profile', 'profile.json'), 'utf8')) as { extends: string }).extends;
  const input = JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')) as Record<string, unknown>;
  for (const fact of c.facts ?? []) {
    const [path = '', value] = fact.split('=');
    omit(input, path, value);
  }
  const where = mkdtempSync(join(scratch, 'base-'));
  writeFileSync(join(where, 'input.json'), JSON.stringify(input));
  return (await generateMd(where, ['--profile', base, '--force'])).md;
}

describe('examples/gallery：每个维度一个目录（用户模板、输入、期望的 md）', () => {
  const dirs = readdirSync(GALLERY, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it('至少 20 个维度；gallery.json 与目录一一对应，README.md 的表格列出每一个', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(20);
    expect(cases.map((c) => c.dir).sort()).toEqual([...dirs].sort());
    const readme = readFileSync(join(GALLERY, 'README.md'), 'utf8');
    for (const c of cases) expect(readme, c.dir).toContain(`[${c.dir}](${c.dir}/)`);
    expect(new Set(cases.map((c) => c.class))).toEqual(new Set(['W', 'T', 'T+F', 'F']));
  });

  describe.each(cases)('$dir（$class，variations.md $section）', (c) => {
    const dir = join(GALLERY, c.dir);

    it('在目录中生成：没有错误，md 与 expected.md 一致', async () => {
      const { code, md, err } = await generateMd(dir);
      expect(code, err).toBe(0);
      expect(err).not.toContain('错误（');
      if (UPDATE) writeFileSync(join(dir, 'expected.md'), md);
      expect(md).toBe(readFileSync(join(dir, 'expected.md'), 'utf8'));
    });

    it('复制到仓库之外的目录后生成，结果相同', async () => {
      const copy = join(mkdtempSync(join(scratch, 'copy-')), c.dir);
      cpSync(dir, copy, { recursive: true });
      const { code, md, err } = await generateMd(copy);
      expect(code, err).toBe(0);
      expect(md).toBe(readFileSync(join(dir, 'expected.md'), 'utf8'));
    });

    it('显示本维度：expected.md 有 gallery.json 的 shows，继承的模板生成的没有', async () => {
      const expected = readFileSync(join(dir, 'expected.md'), 'utf8');
      const base = await generateWithBase(c);
      expect(base).not.toBe('');
      expect(base).not.toBe(expected);
      for (const text of c.shows) {
        expect(expected, text).toContain(text);
        expect(base, text).not.toContain(text);
      }
    });
  });
});
