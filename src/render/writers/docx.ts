import type { Writer } from './writer.js';

/** Word: the whole disclosure document (render/docx), self-checked against the model before it is returned. */
export const docxWriter: Writer<'docx'> = {
  format: 'docx',
  extension: 'docx',
  description: 'Word 文档：完整的预算公开说明与预算01–14表',
  render: async (_document, context) => [{ name: `${context.name}.docx`, bytes: await context.docx() }],
};
