import { describe, expect, it } from 'vitest';
import { InternalError } from '../../model/diagnostic.js';
import { fixtureDocument, fixtureWithChangedCell } from '../../../tests/render/fixture.js';
import { renderCheckedDocx, renderDocx } from './index.js';
import { verifyDocx } from './verify.js';

const doc = fixtureDocument();
const bytes = await renderDocx(doc);

describe('verifyDocx：整块读入与分块读入（大文档）做同样的核对', () => {
  for (const [title, wholeBytes] of [['整块读入', undefined], ['分块读入', 0]] as const) {
    it(`${title}：与模型一致时通过；改一个数字、少一段都报出`, async () => {
      await expect(verifyDocx(bytes, doc, wholeBytes)).resolves.toBeUndefined();
      await expect(verifyDocx(bytes, fixtureWithChangedCell(), wholeBytes)).rejects.toThrow(/预算\d+表!B\d+：「148.54」改成了「148.53」/);
      const extra = structuredClone(doc);
      extra.parts.find((p) => p.id === 'explanation')?.blocks.push({ type: 'paragraph', text: '多出的一段。' });
      await expect(verifyDocx(bytes, extra, wholeBytes)).rejects.toThrow(InternalError);
    });
  }
});

describe('renderCheckedDocx：写出时逐块读回 word/document.xml 自检', () => {
  it('与模型一致时写出的文件与 renderDocx 逐字节相同；写出的与模型不符时报 InternalError', async () => {
    expect((await renderCheckedDocx(doc)).equals(bytes)).toBe(true);
    await expect(renderCheckedDocx(doc, {}, fixtureWithChangedCell())).rejects.toThrow(/Word 文档与文档模型不一致（1 处）：预算\d+表!B\d+：「148.54」改成了「148.53」/);
    const extra = structuredClone(doc);
    extra.parts.find((p) => p.id === 'explanation')?.blocks.push({ type: 'paragraph', text: '多出的一段。' });
    await expect(renderCheckedDocx(doc, {}, extra)).rejects.toThrow(InternalError);
  });
});
