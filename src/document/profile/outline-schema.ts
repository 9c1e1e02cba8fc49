import * as z from 'zod';
import { PART_IDS } from './options-schema.js';

const sectionId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/, { message: '节的 id 只能包含小写字母、数字、连字符和点，例如 explanation.11' })
  .describe('节的 id：标题文字为 texts 中的 heading.<id>，规则按它找节');
const templateName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: '模板名只能包含小写字母、数字和连字符，例如 explanation-11（对应 narrative/explanation-11.hbs）' })
  .describe('正文模板 narrative/<template>.hbs；不写则只有标题');

/** A （一） sub-section: heading and body. */
export const subsectionSchema = z.strictObject({ id: sectionId, template: templateName.optional() });

/** An 一、 section: heading, body, and （一） sub-sections. */
export const sectionSchema = z.strictObject({
  id: sectionId,
  template: templateName.optional(),
  sections: z.array(subsectionSchema).optional().describe('（一）（二）… 小节'),
});

/** One part of the body: 概况 and 说明 hold sections; 名词解释 and 附件 are built from the glossary and the tables. */
export const partSchema = z.strictObject({
  id: z.enum(PART_IDS).describe('overview 概况、explanation 说明、glossary 名词解释、annex 附件（表格）；标题为 texts 中的 part.<id>.label 与 part.<id>.title'),
  sections: z.array(sectionSchema).optional(),
});

/** How headings are numbered: as the heading text writes it, or computed from the position (the text's own number replaced). */
export const headingNumberingSchema = z
  .enum(['as-written', 'cn-comma', 'cn-paren', 'arabic-dot', 'none'])
  .describe('as-written：按标题文字原样；cn-comma“一、”、cn-paren“（一）”、arabic-dot“1.”：按位置自动编号（替换文字中原有的编号）；none：去掉编号');

/** A section added by a patch: placed after or before a section, or at the end of `under` (a part or a section). */
export const sectionAddSchema = sectionSchema.extend({
  after: z.string().optional().describe('放在此节之后'),
  before: z.string().optional().describe('放在此节之前'),
  under: z.string().optional().describe('放在此部分或此节的末尾（part id 或节 id）'),
});

/**
 * The outline as a profile writes it: `parts` (the whole outline, replacing the inherited one) and/or a patch on the
 * inherited outline, applied in this order: drop, add, order, numbering.
 */
export const outlineSchema = z.strictObject({
  parts: z.array(partSchema).optional().describe('完整的说明结构（替换继承的结构）'),
  numbering: z
    .strictObject({ level2: headingNumberingSchema.optional(), level3: headingNumberingSchema.optional() })
    .optional()
    .describe('标题编号：level2 为“一、”级，level3 为“（一）”级'),
  drop: z.array(z.string()).optional().describe('去掉的节或部分（id）'),
  add: z.array(sectionAddSchema).optional().describe('新增的节（需在 texts 中写 heading.<id>，在 narrative/ 中放正文模板）'),
  order: z.record(z.string(), z.array(z.string())).optional().describe('重新排序：键为 "parts"（部分的顺序）或部分/节的 id，值为其中各节的新顺序'),
});

export type SectionFile = z.output<typeof sectionSchema>;
export type OutlineFile = z.output<typeof outlineSchema>;
export type HeadingNumbering = z.output<typeof headingNumberingSchema>;
