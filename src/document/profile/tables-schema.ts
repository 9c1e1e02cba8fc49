import * as z from 'zod';
import { TABLE_SPECS } from '../tables/index.js';

const comment = z.union([z.string(), z.array(z.string())]).describe('注释：任意文字，不影响输出');
const tableKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: '表格键只能包含小写字母、数字和连字符，例如 three-public-costs' })
  .describe('表格键：规则和补丁按它找表，改表号、改标题都不影响');
const optionValue = z.union([z.string(), z.number(), z.boolean()]);
const specKey = z.enum([...TABLE_SPECS.keys()]).describe('表格库中的表格类型（docs/profiles.md“表格库”）');

/** One table of a profile's table set (spec §1.6); titles and notes are handlebars over the table context. */
export const tableEntrySchema = z.strictObject({
  key: tableKey.optional(),
  id: z.string().min(1).describe('表号，例如“预算01”，打印为“预算01表”'),
  spec: specKey,
  title: z.string().min(1).describe('表标题，例如“{{year}}年{{scopeWord}}收支预算表”'),
  subtitle: z.string().optional().describe('第二行标题，例如“（{{year}}年度）”'),
  tocTitle: z.string().optional().describe('目录中的写法；缺省为去掉“{Y}年”前缀的标题'),
  emptyNote: z.string().optional().describe('表中无数据时打印的备注；不写则不打印'),
  options: z.record(z.string(), optionValue).optional().describe('表格选项（各表格类型的选项见 docs/profiles.md）'),
});

/** Changes to one inherited table: only the fields written change; `null` removes an optional field or option. */
export const tableChangeSchema = z.strictObject({
  id: z.string().min(1).optional().describe('新表号（写了就不参与 numbering 统一编号）'),
  spec: specKey.optional(),
  title: z.string().min(1).optional(),
  subtitle: z.string().nullable().optional(),
  tocTitle: z.string().nullable().optional(),
  emptyNote: z.string().nullable().optional(),
  options: z.record(z.string(), optionValue.nullable()).optional().describe('逐项修改表格选项；null 表示去掉该选项'),
});

/** A table added from the table library, placed after or before an inherited one (default: at the end). */
export const tableAddSchema = tableEntrySchema.extend({
  key: tableKey,
  id: z.string().min(1).optional().describe('表号；不写时须在 numbering 中统一编号'),
  after: z.string().optional().describe('放在此表格键之后'),
  before: z.string().optional().describe('放在此表格键之前'),
});

/** Renumbering of the whole table set in its final order: `预算01`, `预算02`, … */
export const tableNumberingSchema = z.strictObject({
  prefix: z.string().default('预算').describe('表号前缀，例如“预算”“公开”“附表”'),
  start: z.number().int().min(0).default(1).describe('第一张表的序号'),
  digits: z.number().int().min(1).max(4).default(2).describe('序号位数，不足补 0（2 → 01）'),
});

/**
 * The table set as a profile writes it: `tables` (a full list replacing the inherited one), or a patch on the
 * inherited set. The patch is applied in this order: drop, set, add, order, numbering.
 */
export const tableSetObjectSchema = z.strictObject({
  $schema: z.string().optional(),
  '//': comment.optional(),
  tables: z.array(tableEntrySchema).optional().describe('完整的表格清单（替换继承的清单）'),
  drop: z.array(z.string()).optional().describe('去掉的表（表格键）'),
  set: z.record(z.string(), tableChangeSchema).optional().describe('按表格键逐表修改：表号、标题、备注、表格选项'),
  add: z.array(tableAddSchema).optional().describe('从表格库新增的表'),
  order: z.array(z.string()).optional().describe('新的顺序（表格键）：列出的表按此顺序排在前面，其余保持原顺序排在后面'),
  numbering: tableNumberingSchema.optional().describe('按最终顺序统一编号（set/add 中写了 id 的表除外）'),
});

/** tables.json, or the `tables` key of profile.json: a list (the whole set) or the object form above. */
export const tableSetSchema = z.union([z.array(tableEntrySchema), tableSetObjectSchema]);

export type TableEntryFile = z.output<typeof tableEntrySchema>;
export type TableSetFile = z.output<typeof tableSetSchema>;
export type TableNumbering = z.output<typeof tableNumberingSchema>;
export type TableChange = z.output<typeof tableChangeSchema>;

export { comment as commentSchema };
