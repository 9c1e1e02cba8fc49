import type { Writer } from './writer.js';

/** Fiscal Data Package: a folder `<name>.fdp/` with `datapackage.json` and one CSV per table (render/fdp). */
export const fdpWriter: Writer<'fdp'> = {
  format: 'fdp',
  extension: 'fdp',
  folder: true,
  description: '数据包（Frictionless/Fiscal Data Package）：每张表一个 CSV，加 datapackage.json',
  render: async (document, context) => (await import('../fdp/index.js')).renderFdp(document).map((file) => ({ name: `${context.name}.fdp/${file.path}`, bytes: file.bytes })),
};
