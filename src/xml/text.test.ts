import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiBytes, escapeXml, printable, utf8Chunks, Utf8ChunkWriter } from './text.js';

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

describe('Utf8ChunkWriter：字符串、一次编码的 ASCII 与边写边转义的文本，与拼成字符串再编码逐字节相同', () => {
  const escape = (text: string) => text.replace(/[&"<>']/g, (c) => ({ '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

  it('escaped：五个 XML 特殊字符、中文、代理对与孤立代理项（U+FFFD），照 Buffer.from 编码转义后的文本', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom('&', '"', "'", '<', '>', 'a', '预', '\ud83d', '\ude00', 'é'), maxLength: 40 }), (a, b) => {
        for (const text of [a, b, a + b]) {
          const out = new Utf8ChunkWriter();
          out.escaped(text);
          expect(Buffer.from(out.finish() ?? []).equals(Buffer.from(escape(text), 'utf8'))).toBe(true);
        }
      }),
    );
  });

  it('块的边界与 utf8Chunks 相同：转义后的长度按 UTF-16 单元计入', () => {
    const text = '&<预算>'.repeat(40_000);
    const parts = ['<w:t>', escape(text), 'x'.repeat(700_000), '</w:t>', 'y'.repeat(400_000), '尾'];
    const out = new Utf8ChunkWriter();
    const chunks: Uint8Array[] = [];
    const end = () => {
      const chunk = out.endPart();
      if (chunk) chunks.push(chunk);
    };
    out.ascii(asciiBytes('<w:t>'));
    end();
    out.escaped(text);
    end();
    out.xml('x'.repeat(700_000));
    end();
    out.ascii(asciiBytes('</w:t>'));
    end();
    out.xml('y'.repeat(400_000));
    end();
    out.xml('尾');
    chunks.push(out.finish() ?? new Uint8Array(0));
    expect(decode(chunks)).toEqual(decode(utf8Chunks(parts)));
    expect(chunks).toHaveLength(2); // 5 + 600,000 escaped + 700,000 units reach 1M at the x part
  });

  it('放下的写入器不占用缓冲：之后的写入器照常工作，先前的块不被改写', () => {
    const first = new Utf8ChunkWriter();
    first.xml('甲'.repeat(10));
    const kept = first.finish();
    const second = new Utf8ChunkWriter();
    const third = new Utf8ChunkWriter(); // while second holds the buffer
    second.xml('乙');
    third.xml('丙');
    expect(decode([kept ?? new Uint8Array(0), second.finish() ?? new Uint8Array(0), third.finish() ?? new Uint8Array(0)])).toEqual(['甲'.repeat(10), '乙', '丙']);
  });

  it('asciiBytes 只收 ASCII', () => {
    expect(() => asciiBytes('<w:t>预</w:t>')).toThrow();
  });
});

describe('printable 与 escapeXml 的快速判断与正则表达式一致', () => {
  it('短文本逐字符判断、长文本用正则，结果都与逐一替换相同', () => {
    const slow = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
    const units = fc.constantFrom('a', '预', '\t', '\n', '\r', '\u0000', '\u0008', '\u000b', '\u001f', ' ', '\ud800', '\udc00', '\ud83d\ude00', '\ufffd', '\ufffe', '\uffff', '&', '<', '>');
    fc.assert(
      fc.property(fc.string({ unit: units, maxLength: 50 }), (text) => {
        expect(printable(text)).toBe(slow(text));
        expect(escapeXml(text)).toBe(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      }),
    );
  });
});
