import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { execute } from '../src/cli/execute.js';
import { fakeIo } from './bad-input/harness.js';
import { exampleInputPath } from '../bench/synthetic-texts.js';
import { syntheticInput } from '../bench/synthetic.js';

/** Runs `yusuan generate <input> -o <fresh dir>` with the clock at `now`; returns the .docx and .xlsx bytes. */
async function generateAt(input: string, now: Date): Promise<{ docx: Buffer; xlsx: Buffer }> {
  vi.setSystemTime(now);
  const dir = await mkdtemp(join(tmpdir(), 'yusuan-det-'));
  try {
    const io = fakeIo(dir);
    const code = await execute(['generate', input, '-o', dir, '--format', 'docx,xlsx', '--force', '--name', '{文件名}'], io);
    expect(code, io.err.join('')).toBeLessThan(2);
    const base = input.endsWith('input.json') ? input.split('/').at(-2) : 'synthetic';
    return { docx: await readFile(join(dir, `${base}.docx`)), xlsx: await readFile(join(dir, `${base}.xlsx`)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('确定性：同一输入两次生成的 .docx 与 .xlsx 逐字节相同（时钟不同也一样）', () => {
  afterEach(() => void vi.useRealTimers());

  const inputs: [string, () => Promise<string>][] = [
    ['000-luoyang-2022', async () => exampleInputPath('000-luoyang-2022')],
    ['004-xigong-2023', async () => exampleInputPath('004-xigong-2023')],
    ['002-chengxiang-2024', async () => exampleInputPath('002-chengxiang-2024')],
    [
      '合成输入（3 个单位，40 个项目）',
      async () => {
        const dir = await mkdtemp(join(tmpdir(), 'yusuan-det-in-'));
        const path = join(dir, 'synthetic.json');
        await writeFile(path, JSON.stringify(syntheticInput({ units: 3, projects: 40, lineItems: 200 })));
        return path;
      },
    ],
  ];

  for (const [title, input] of inputs) {
    it(title, async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const path = await input();
      const first = await generateAt(path, new Date('2024-03-01T08:00:00Z'));
      const second = await generateAt(path, new Date('2031-11-17T23:59:58Z'));
      expect(first.docx.equals(second.docx), 'docx').toBe(true);
      expect(first.xlsx.equals(second.xlsx), 'xlsx').toBe(true);
    });
  }
});
