import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { fakeIo } from '../bad-input/harness.js';
import { inputJson } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'yusuan-force-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `yusuan generate <file> --format json -o out` on `text`: exit code and stderr. */
async function generate(name: string, text: string): Promise<{ code: number; err: string }> {
  writeFileSync(join(dir, name), text);
  const io = fakeIo(dir);
  const code = await execute(['generate', name, '--format', 'json', '-o', join(dir, 'out')], io);
  return { code, err: io.err.join('') };
}

describe('只在 --force 能生成文档时才建议它（issue 15 第8项）', () => {
  it('JSON 语法错误：文件无法读取，不建议 --force', async () => {
    const { code, err } = await generate('broken.json', '{"year": 2024,');
    expect(code).toBe(1);
    expect(err).toContain('输入有错误，未生成文档（改正后重试）。');
    expect(err).not.toContain('--force');
  });

  it('不符合填报格式（缺少必填项）：不建议 --force', async () => {
    const json = inputJson() as unknown as Record<string, unknown>;
    delete json.prior;
    const { err } = await generate('no-prior.json', JSON.stringify(json));
    expect(err).toContain('未生成文档（改正后重试）');
    expect(err).not.toContain('--force');
  });

  it('读得出、建得成文档但校验有错误：建议 --force', async () => {
    const { code, err } = await generate('unit.json', JSON.stringify(inputJson((j) => (j.lineItems[0]!.unit = '999999'))));
    expect(code).toBe(1);
    expect(err).toContain('确需生成可加 --force');
  });
});
