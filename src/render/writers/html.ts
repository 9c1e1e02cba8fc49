import type { Writer } from './writer.js';

/** HTML: the whole document as one web page (说明 and every table), each printed figure marked with its trace id. */
export const htmlWriter: Writer<'html'> = {
  format: 'html',
  extension: 'html',
  description: '网页：完整文档的 HTML 预览（说明与各表，每个数字标注来源编号）',
  async render(document, context) {
    const { documentPage } = await import('../html/page.js');
    return [{ name: `${context.name}.html`, bytes: Buffer.from(documentPage(document)) }];
  },
};
