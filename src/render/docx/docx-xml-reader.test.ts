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


describe('documentItemsOfBytes：大文档逐窗读入', () => {
  it('跨窗的长文字、长属性元素和大量单元格（含合并续格）与按文字读入结果相同', () => {
    const long = '长'.repeat(70_000);
    const props = `<w:pPr>${'<w:ind w:left="1"/>'.repeat(5_000)}</w:pPr>`;
    const cell = (i: number) =>
      i % 7 === 3
        ? '<w:tc><w:tcPr><w:tcW w:w="1"/><w:vMerge/></w:tcPr><w:p/></w:tc>'
        : `<w:tc><w:tcPr><w:tcW w:w="1"/>${i % 7 === 2 ? '<w:vMerge w:val="restart"/>' : ''}</w:tcPr><w:p><w:r><w:t>格${i} vMerge &lt;w:vMerge/&gt;</w:t></w:r></w:p></w:tc>`;
    const rows = Array.from({ length: 3_000 }, (_, r) => `<w:tr>${cell(r)}${cell(r + 1)}</w:tr>`).join('');
    const body = `<w:body><w:p>${props}<w:r><w:t>${long}</w:t></w:r></w:p><w:tbl>${rows}</w:tbl><w:p><w:r><w:t>末段</w:t></w:r></w:p></w:body>`;
    const items = documentItemsOfBytes(new TextEncoder().encode(body));
    expect(items).toEqual(documentItems(body));
    expect(items[0]).toEqual({ kind: 'paragraph', text: long });
    expect(items).toHaveLength(3);
    expect(items[1]).toMatchObject({ kind: 'table', rows: expect.arrayContaining([['格0 vMerge <w:vMerge/>', '格1 vMerge <w:vMerge/>'], ['格2 vMerge <w:vMerge/>']]) });
  });
});

describe('documentItemsOfBytes：常见标签按字节认出，与逐个读标签名（按文字读入）结果相同', () => {
  it('写出的 document.xml 及其变体（属性前多空格、自闭合段落、空属性元素、单元格中的表格），整块与分块读入', async () => {
    const { renderDocx } = await import('./index.js');
    const { readZip } = await import('../../zip/index.js');
    const { fixtureDocument } = await import('../../../tests/render/fixture.js');
    const written = readZip(await renderDocx(fixtureDocument())).find((e) => e.name === 'word/document.xml')?.data ?? new Uint8Array();
    const text = new TextDecoder().decode(written);
    const variants = [
      text,
      text.replace(/<w:t xml:space="preserve">/g, '<w:t xml:space="preserve" >').replace(/<w:t xml:space="preserve">([^<]*)<\/w:t>/, '<w:t xml:space="preservE">$1</w:t>'),
      text.replace(/<w:tc>/g, '<w:tc >').replace(/<\/w:p>/g, '</w:p >').replace(/<w:r>/g, '<w:r/><w:r>'),
      text.replace(/<w:p>/g, '<w:p/><w:p>').replace(/<w:tcPr>/g, '<w:tcPr/><w:tcPr>').replace(/<\/w:tr>/g, '</w:trPr></w:tr>'),
      text.replace(/(<w:tc>)/g, '$1<w:tbl><w:tr><w:tc><w:p><w:r><w:t>内</w:t></w:r></w:p></w:tc></w:tr></w:tbl>').replace(/<\/w:tbl>/, '</w:tbl></w:tbl>'),
    ];
    for (const [v, xml] of variants.entries()) {
      const whole = documentItems(xml);
      const bytes = new TextEncoder().encode(xml);
      expect(documentItemsOfBytes(bytes), `变体 ${v}`).toEqual(whole);
      for (const size of [5, 4096, 70_000]) {
        const reader = new DocumentItemsReader();
        for (let i = 0; i < bytes.length; i += size) reader.pushBytes(bytes.subarray(i, i + size));
        expect(reader.finishBytes(), `变体 ${v}，每块 ${size} 个字节`).toEqual(whole);
      }
    }
  });
});
