import type { Writer } from './writer.js';

/** Excel: one sheet per table 预算01–14 (render/xlsx). */
export const xlsxWriter: Writer<'xlsx'> = {
  format: 'xlsx',
  extension: 'xlsx',
  description: 'Excel 工作簿：每张表一个工作表',
  render: async (document, context) => [{ name: `${context.name}.xlsx`, bytes: await (await import('../xlsx/index.js')).renderXlsx(document, context.created ? { created: context.created } : {}) }],
};
