import { describe, expect, it } from 'vitest';
import { utf8Chunks } from './text.js';

const decode = (chunks: Iterable<Uint8Array>) => [...chunks].map((c) => Buffer.from(c).toString('utf8'));

describe('utf8Chunks：各段依次编码为约 1 MB 的 UTF-8 块', () => {
  it('块在使其达到 1M 个 UTF-16 单元的那一段之后结束，余下的是最后一块；拼起来与原文相同', () => {
    const parts = ['<w:t>', '预算'.repeat(300_000), '</w:t>', 'x'.repeat(500_000), '😀'.repeat(200_000), '尾'];
    const chunks = decode(utf8Chunks(parts));
    expect(chunks.join('')).toBe(parts.join(''));
    // 5 + 600,000 + 6 + 500,000 units reach 1M at the fourth part; the emoji (400,000 units) and 尾 follow.
    expect(chunks).toEqual([parts.slice(0, 4).join(''), parts.slice(4).join('')]);
  });

  it('比起始缓冲大得多的一段、孤立的代理项（编码为 U+FFFD）都照 Buffer.from 编码', () => {
    const parts = ['a', '\ud800孤立', '中'.repeat(100_000), 'b\udc00'];
    expect(Buffer.concat([...utf8Chunks(parts)]).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
  });

  it('没有段时不写块；只有空段时写一个空块', () => {
    expect([...utf8Chunks([])]).toEqual([]);
    expect(decode(utf8Chunks(['', '']))).toEqual(['']);
  });
});
