import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/index.js';
import { fixtureDocument } from './fixture.js';

// renderDocx takes docx's XML parts from its compiler, before docx zips them (package.ts re-zips every part);
// without that compiler (another docx version) it goes through the public Packer and unzips. Both give one file.
describe('Word 文档的部件：取自 docx 的编译结果与经 Packer 打包再解包，写出的文件逐字节相同', () => {
  it('同一文档，两条路径', async () => {
    const doc = fixtureDocument();
    const created = new Date('2024-03-01T00:00:00Z');
    const direct = await renderDocx(doc, { created });
    const holder = Packer as unknown as { compiler: unknown };
    const compiler = holder.compiler as { compile: (...args: unknown[]) => unknown; xmlifyFile?: unknown };
    expect(typeof compiler.xmlifyFile).toBe('function');
    // A compiler that only zips, as the Packer uses it: renderDocx must take the Packer's path.
    holder.compiler = { compile: compiler.compile.bind(compiler) };
    try {
      const packed = await renderDocx(doc, { created });
      expect(packed.equals(direct)).toBe(true);
    } finally {
      holder.compiler = compiler;
    }
  });
});
