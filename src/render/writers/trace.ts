import type { Writer } from './writer.js';

/** Trace: every printed figure with its place, printed and exact value, formula and the input cells it reads. */
export const traceWriter: Writer<'trace'> = {
  format: 'trace',
  extension: 'trace.json',
  description: '数字来源（JSON）：每个打印的数字的位置、打印值、精确值、公式和读取的填报单元格',
  trace: true,
  async render(document, context) {
    const { traceOf } = await import('../../explain/index.js');
    const trace = traceOf({ ...context.processed, document });
    if (!trace) return [];
    return [{ name: `${context.name}.trace.json`, bytes: Buffer.from(`${JSON.stringify(trace, null, 2)}\n`) }];
  },
};
