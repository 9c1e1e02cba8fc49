import type { Writer } from './writer.js';

/** JSON: the document model and the findings, as the pipeline produced them. */
export const jsonWriter: Writer<'json'> = {
  format: 'json',
  extension: 'json',
  description: 'JSON：文档模型与校验结果',
  render: async (document, context) => [
    { name: `${context.name}.json`, bytes: Buffer.from(`${JSON.stringify({ document, diagnostics: context.diagnostics }, null, 2)}\n`) },
  ],
};
