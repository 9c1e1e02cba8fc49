import type { Writer } from './writer.js';

/** Text: the readable dump of the document (the golden files' `document.txt` format). */
export const mdWriter: Writer<'md'> = {
  format: 'md',
  extension: 'md',
  description: '文本：全文的可读转储（标题、段落、表格逐行）',
  render: async (document, context) => [{ name: `${context.name}.md`, bytes: Buffer.from((await import('../../document/dump.js')).documentToText(document)) }],
};
