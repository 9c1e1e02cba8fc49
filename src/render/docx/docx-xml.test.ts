import { describe, expect, it } from 'vitest';
import { decodeEntities, documentItems } from './docx-xml.js';

const body = (inner: string) => `<w:document><w:body>${inner}</w:body></w:document>`;

describe('documentItems：按读者所见读出 document.xml', () => {
  it('段落文字：w:tab 为制表符、w:br 为换行；段落属性里的制表位和域代码不算文字', () => {
    const xml = body(
      '<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="100"/></w:tabs></w:pPr>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TC &quot;x&quot; </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '<w:r><w:t>名称：甲</w:t><w:tab/><w:t xml:space="preserve">单位：万元</w:t><w:br/><w:t>&lt;二&gt;</w:t></w:r></w:p><w:p/><w:p><w:pPr/></w:p>',
    );
    expect(documentItems(xml)).toEqual([{ kind: 'paragraph', text: '名称：甲\t单位：万元\n<二>' }]);
  });

  it('表格：跳过 vMerge continue 续格，保留 restart 起始格和空单元格', () => {
    const tc = (text: string, merge = '') => `<w:tc><w:tcPr>${merge}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const xml = body(
      `<w:tbl><w:tr>${tc('A', '<w:vMerge w:val="restart"/>')}${tc('B')}</w:tr>` +
        `<w:tr><w:tc><w:tcPr><w:vMerge w:val="continue"/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>` +
        `<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>${tc('C')}</w:tr></w:tbl><w:p><w:r><w:t>注：x</w:t></w:r></w:p>`,
    );
    expect(documentItems(xml)).toEqual([
      { kind: 'table', rows: [['A', 'B'], [''], ['C']] },
      { kind: 'paragraph', text: '注：x' },
    ]);
  });

  it('实体与数字字符引用', () => {
    expect(decodeEntities('&amp;&quot;&apos;&#x4E00;&#20108;')).toBe('&"\'一二');
  });
});
