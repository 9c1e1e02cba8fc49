import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../../tests/render/fixture.js';
import { decodeXml, escapeXml, modelPartXml } from './model-part.js';

describe('modelPartXml：文档模型的 JSON 文字写成一个 XML 元素', () => {
  it('& < > 按 XML 转义，U+FFFE/U+FFFF 写成 JSON 转义，其余原样；读回与原模型相同', () => {
    const doc = fixtureDocument();
    doc.meta.title = '甲&乙<1秒>丙\ufffe丁\uffff';
    const xml = modelPartXml(doc);
    const json = /<model [^>]*>([^]*)<\/model>$/.exec(xml)?.[1] ?? '';
    const expected = escapeXml(JSON.stringify(doc).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`));
    expect(json).toBe(expected);
    expect(json).toContain('甲&amp;乙&lt;1秒&gt;丙\\ufffe丁\\uffff');
    expect(JSON.parse(decodeXml(json))).toEqual(doc);
  });

  it('要改写的字符在开头、结尾、相邻或很多时，与逐字符改写的结果相同', () => {
    const doc = fixtureDocument();
    const reference = (d: typeof doc) => escapeXml(JSON.stringify(d).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`));
    const pieces = ['&', '<', '>', '\ufffe', '\uffff', 'a', '甲', '&amp;'];
    let seed = 7;
    for (let n = 0; n < 200; n++) {
      let title = '';
      for (let k = n % 13; k > 0; k--) title += pieces[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length];
      doc.meta.title = title;
      doc.meta.name = `${title}>`;
      const json = /<model [^>]*>([^]*)<\/model>$/.exec(modelPartXml(doc))?.[1] ?? '';
      expect(json).toBe(reference(doc));
    }
  });
});
