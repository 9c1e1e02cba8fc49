import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/api.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';

const run = promisify(execFile);
const SCRIPT = join(PACKAGE_ROOT, 'examples', 'api', 'generate.mjs');
const BUILT = join(PACKAGE_ROOT, 'dist', 'src', 'api.js');

/** The latest modification time of any .ts file under a folder. */
function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return Math.max(latest, newestSource(path));
    return e.name.endsWith('.ts') ? Math.max(latest, statSync(path).mtimeMs) : latest;
  }, 0);
}

describe('examples/api/generate.mjs：从 src/ 之外通过包名 yusuan 使用库 API', () => {
  beforeAll(async () => {
    // `npm ci` builds dist/ (the prepare script); build here when it is missing or older than a source file, so a
    // developer who edited src/ since never compares the script's output with a stale build.
    if (!existsSync(BUILT) || newestSource(join(PACKAGE_ROOT, 'src')) > statSync(BUILT).mtimeMs) await run(process.execPath, [join(PACKAGE_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: PACKAGE_ROOT }).catch(() => undefined);
    expect(existsSync(BUILT), `${BUILT} 不存在：先运行 npm run build`).toBe(true);
    expect(existsSync(BUILT.replace(/\.js$/, '.d.ts')), '类型声明随包发布').toBe(true);
  }, 120_000);

  it('打印生成的文件名、大小和诊断条数，且不写任何文件', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'yusuan-example-'));
    try {
      const { stdout } = await run(process.execPath, [SCRIPT], { cwd }).catch((error: Error & { stdout?: string; stderr?: string }) => {
        throw new Error(`${error.message}${error.stdout ?? ''}${error.stderr ?? ''}（dist/ 过期时先运行 npm run build）`);
      });
      expect(await readdir(cwd)).toEqual([]);
      const expected = await generate(join(PACKAGE_ROOT, 'examples', '000-luoyang-2022', 'input.json'), { formats: ['docx', 'xlsx', 'fdp'] });
      expect(stdout).toContain(`生成（可选格式：docx、xlsx、pdf、json、md、fdp`);
      for (const file of expected.files) expect(stdout).toContain(`  ${file.name}\t${file.bytes.length} 字节\n`);
      expect(stdout).toMatch(/000-luoyang-2022\.fdp\/datapackage\.json\t\d+ 字节/);
      expect(stdout).toContain(`诊断：${expected.diagnostics.length} 条\n`);
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });
});
