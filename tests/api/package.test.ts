import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/model/paths.js';

const run = promisify(execFile);

describe('发布的包：库入口带类型声明，不含测试与测试辅助文件', () => {
  it('package.json 的 exports 指向 dist/src/api.js 与其 .d.ts，bin 保持不变', async () => {
    const pkg = JSON.parse(await readFile(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './dist/src/api.d.ts', default: './dist/src/api.js' });
    expect(pkg.types).toBe('dist/src/api.d.ts');
    expect(pkg.bin).toEqual({ yusuan: 'dist/bin/yusuan.js' });
  });

  it('npm pack 的文件清单没有 *.test.*、tests/、bench/', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PACKAGE_ROOT });
    const files: string[] = JSON.parse(stdout)[0].files.map((f: { path: string }) => f.path);
    expect(files.filter((f) => /\.test\.|^tests\/|^dist\/tests\/|^bench\/|^dist\/bench\/|^examples\//.test(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'dist/bin/yusuan.js']));
  });
});
