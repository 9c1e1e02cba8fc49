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
});
