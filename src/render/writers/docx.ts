import type { Writer } from './writer.js';

/** S11: the .docx's 目录 page numbers are estimates (an info line, never a failure). */
const TOC_RULE = 'S11';

/**
 * Word: the whole disclosure document (render/docx), self-checked against the model before it is returned. When
 * its 目录 page numbers are estimates, an info finding says so (the CLI prints it; the json writer keeps it).
 */
export const docxWriter: Writer<'docx'> = {
  format: 'docx',
  extension: 'docx',
  description: 'Word 文档：完整的预算公开说明与预算01–14表',
  async render(_document, context) {
    const bytes = await context.docx();
    const file = `${context.name}.docx`;
    if (await context.tocEstimated?.()) context.diagnostics.push({ rule: TOC_RULE, severity: 'info', at: { kind: 'file', file }, message: (await import('../docx/index.js')).TOC_ESTIMATE_NOTE });
    return [{ name: file, bytes }];
  },
};
