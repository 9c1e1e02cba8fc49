import { describe, expect, it } from 'vitest';
import { DocumentItemsReader, documentItems, documentItemsOfBytes } from './docx-xml.js';

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

describe('documentItemsOfBytes：从 UTF-8 字节整块读入与按文字读入结果相同', () => {
  it('多字节文字、实体、制表符、换行、合并续格', () => {
    expect(documentItemsOfBytes(new TextEncoder().encode(xml))).toEqual(documentItems(xml));
  });

  it('字节数组是更大缓冲区中的一段、以 BOM 开头、文字含四字节字符和无效字节时也一样', () => {
    const body = `\ufeff<?xml version="1.0"?>${xml.replace('单位：万元', '单位：万元𠀀')}`;
    const encoded = new TextEncoder().encode(body);
    const padded = new Uint8Array(encoded.length + 8);
    padded.set(encoded, 4);
    expect(documentItemsOfBytes(padded.subarray(4, 4 + encoded.length))).toEqual(documentItems(body));
    const broken = Uint8Array.from([...new TextEncoder().encode('<w:p><w:r><w:t>甲'), 0xe4, 0xb8, ...new TextEncoder().encode('</w:t></w:r></w:p>')]);
    expect(documentItemsOfBytes(broken)).toEqual(documentItems(new TextDecoder().decode(broken)));
  });
});

describe('DocumentItemsReader.pushBytes：字节分块读入与整块读入结果相同', () => {
  it('在任意字节处切开（多字节字符、标签、实体中间）都一样', () => {
    const bytes = new TextEncoder().encode(xml);
    const whole = documentItems(xml);
    for (let size = 1; size < 60; size += 2) {
      const reader = new DocumentItemsReader();
      for (let i = 0; i < bytes.length; i += size) reader.pushBytes(bytes.subarray(i, i + size));
      expect(reader.finishBytes(), `每块 ${size} 个字节`).toEqual(whole);
    }
  });
});

