import { describe, expect, it } from 'vitest';
import { DocumentItemsReader, documentItems } from './docx-xml.js';

const xml =
  '<w:body><w:p><w:r><w:t xml:space="preserve">收入 &amp; 支出</w:t><w:tab/><w:t>单位：万元</w:t></w:r></w:p>' +
  '<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>合计</w:t><w:br/><w:t>&#x4E00;</w:t></w:r></w:p></w:tc></w:tr>' +
  '<w:tr><w:tc><w:tcPr><w:vMerge w:val="continue"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl></w:body>';

describe('DocumentItemsReader：分块读入与整块读入结果相同', () => {
  it('在任意位置切开（标签、实体、文字中间）都一样', () => {
    const whole = documentItems(xml);
    expect(whole).toEqual([
      { kind: 'paragraph', text: '收入 & 支出\t单位：万元' },
      { kind: 'table', rows: [['合计\n一'], []] },
    ]);
    for (let size = 1; size < 40; size += 3) {
      const reader = new DocumentItemsReader();
      for (let i = 0; i < xml.length; i += size) reader.push(xml.slice(i, i + size));
      expect(reader.finish(), `每块 ${size} 个字符`).toEqual(whole);
    }
  });
});
