import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { fakeIo, listFiles } from './harness.js';
import { minimalInput } from '../fixtures/minimal.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yusuan-usage-'));
  await writeFile(join(dir, 'input.json'), JSON.stringify(minimalInput()));
  await writeFile(join(dir, 'a-file'), 'x');
  await mkdir(join(dir, 'empty'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Command lines that cannot run: exit 2, a Chinese 用法错误 naming the problem, no stack, no output. */
const USAGE: [string, string[], RegExp][] = [
  ['找不到输入文件', ['generate', 'missing.json', '-o', 'out'], /找不到文件或目录：missing\.json/],
  ['目录中没有填报文件', ['generate', 'empty', '-o', 'out'], /没有找到 \.xlsx 或 \.json/],
  ['未指定输入', ['generate', '-o', 'out'], /请指定要生成的填报文件/],
  ['--jobs 为 0', ['generate', 'input.json', '-o', 'out', '--jobs', '0'], /--jobs 必须是正整数/],
  ['--jobs 不是数字', ['generate', 'input.json', '-o', 'out', '--jobs', 'many'], /--jobs 必须是正整数/],
  ['不支持的输出格式', ['generate', 'input.json', '-o', 'out', '--format', 'docx,rtf'], /不支持的输出格式：rtf/],
  ['空的 --format', ['generate', 'input.json', '-o', 'out', '--format', ','], /--format 不能为空/],
  ['未知选项', ['generate', 'input.json', '--colour'], /未知选项 --colour/],
  ['选项缺少取值', ['generate', 'input.json', '-o'], /缺少取值/],
  ['未知命令', ['publish', 'input.json'], /未知命令“publish”/],
];

describe('坏输入：命令行用法错误（退出码 2，无堆栈，不写文件）', () => {
  for (const [title, argv, message] of USAGE) {
    it(title, async () => {
      const io = fakeIo(dir);
      const code = await execute(argv, io);
      const err = io.err.join('');
      expect({ code, message: message.test(err) }, err).toEqual({ code: 2, message: true });
      expect(err).toMatch(/^用法错误：/);
      expect(err).not.toMatch(/^\s+at /m);
      expect(await listFiles(join(dir, 'out'))).toEqual([]);
    });
  }

  it('输出目录是一个已存在的文件：退出码 2，说明无法写入', async () => {
    const io = fakeIo(dir);
    const code = await execute(['generate', 'input.json', '-o', 'a-file'], io);
    expect({ code, err: io.err.join('') }).toMatchObject({ code: 2, err: expect.stringMatching(/无法读写文件/) });
  });

  it('--profile 含路径穿越：不读取模板目录以外的文件（S07，退出码 1）', async () => {
    const io = fakeIo(dir);
    const code = await execute(['generate', 'input.json', '-o', 'out', '--profile', '../../../../etc'], io);
    const err = io.err.join('');
    expect({ code, located: /S07 (edition|profile)：/.test(err) }, err).toEqual({ code: 1, located: true });
    expect(await listFiles(join(dir, 'out'))).toEqual([]);
  });
});
