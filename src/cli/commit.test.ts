import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitOutputs, lockName } from './commit.js';

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'yusuan-commit-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A unit's staged set: `<name>.docx`, `<name>.md` and `<name>.fdp/a.csv`, each holding `unit`. */
async function staged(unit: string): Promise<string> {
  const folder = await mkdtemp(join(dir, 'staged-'));
  for (const file of ['x.docx', 'x.md', join('x.fdp', 'a.csv')]) {
    await mkdir(join(folder, file, '..'), { recursive: true });
    await writeFile(join(folder, file), unit);
  }
  return folder;
}

const OUTPUTS = [
  { suffix: '.docx', folder: false },
  { suffix: '.md', folder: false },
  { suffix: '.fdp', folder: true },
];

describe('提交一个单位的输出：整套在同一把锁下改名到位', () => {
  it('两个写入同一名称的提交同时进行：留下的是某一个单位的整套文件，不会混杂；锁文件不留下', async () => {
    const out = join(dir, 'out');
    await mkdir(out);
    for (let round = 0; round < 10; round++) {
      const [a, b] = await Promise.all([staged('A'), staged('B')]);
      await Promise.all([commitOutputs(a, 'x', OUTPUTS, out, '同名'), commitOutputs(b, 'x', OUTPUTS, out, '同名')]);
      const texts = await Promise.all(['同名.docx', '同名.md', join('同名.fdp', 'a.csv')].map((f) => readFile(join(out, f), 'utf8')));
      expect(new Set(texts).size, texts.join()).toBe(1);
    }
    expect((await readdir(out)).sort()).toEqual(['同名.docx', '同名.fdp', '同名.md']);
  });

  it('已不存在的进程留下的锁被接管；仍在运行的进程的锁要等它释放', async () => {
    const out = join(dir, 'locks');
    await mkdir(out);
    await writeFile(join(out, '.甲.lock'), `999999999@${(await import('node:os')).hostname()}`);
    const release = await lockName(out, '甲', 1000);
    await expect(lockName(out, '甲', 200)).rejects.toThrow(/正被另一个 yusuan 进程写入/);
    await release();
    await (await lockName(out, '甲', 200))();
    expect(await readdir(out)).toEqual([]);
  });
});
