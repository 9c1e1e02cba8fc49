import * as z from 'zod';
import { fileOptionsSchema } from './options-schema.js';
import { outlineSchema } from './outline-schema.js';
import { commentSchema, tableSetSchema } from './tables-schema.js';

const profileRef = z.string().min(1).describe('模板：随附模板的 id（如 luoyang-2024），或模板目录的路径（相对路径相对于本模板目录）');

/** One 名词解释 term. */
export const glossaryTermSchema = z.strictObject({
  term: z.string().min(1).describe('术语'),
  definition: z.string().min(1).describe('释义'),
});

/** glossary.json: the list of terms, or `{ "$schema": …, "glossary": [...] }`. */
export const glossaryFileSchema = z.union([
  z.array(glossaryTermSchema),
  z.strictObject({ $schema: z.string().optional(), '//': commentSchema.optional(), glossary: z.array(glossaryTermSchema) }),
]);

/**
 * profile.json (docs/profiles.md): what one edition of one region's template decides. Everything is optional; a
 * profile that `extends` another writes only what differs. Unknown keys are errors, so a misspelt key is caught.
 */
export const profileFileSchema = z.strictObject({
  $schema: z.string().optional().describe('JSON Schema 的位置，供编辑器补全和校验'),
  '//': commentSchema.optional(),
  id: z.string().optional().describe('模板 id；缺省为目录名'),
  description: z.string().optional().describe('一句话说明（yusuan profile list 显示第一句）'),
  edition: z.string().regex(/^E\d{4}$/, { message: '版式必须形如 E2024' }).optional().describe('版式，例如 E2024'),
  extends: profileRef.optional().describe('继承的模板：随附模板 id 或目录路径；本文件只写不同之处'),
  narrativeFrom: profileRef.optional().describe('说明部分（结构、正文模板、文字、名词解释、选项）取自另一个模板'),
  tablesFrom: profileRef.optional().describe('表格清单（及表格数据文件）取自另一个模板'),
  options: fileOptionsSchema.optional().describe('选项：逐项覆盖继承的选项'),
  texts: z.record(z.string(), z.string()).optional().describe('文字：逐条覆盖继承的文字（标题、部分标题、用词）'),
  glossary: z.array(glossaryTermSchema).optional().describe('名词解释的完整清单（替换继承的清单）'),
  glossaryOverrides: z.record(z.string(), z.string()).optional().describe('按术语替换继承的名词解释的释义'),
  tables: tableSetSchema.optional().describe('表格：完整清单，或对继承清单的补丁（也可写在 tables.json 中）'),
  outline: outlineSchema.optional().describe('说明的结构：部分、节、顺序、标题编号'),
});

export type ProfileFile = z.output<typeof profileFileSchema>;
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

/** templates/index.json: which shipped profile an edition or a year uses. */
export const profileIndexSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  editions: z.record(z.string(), z.string()),
  years: z.array(z.strictObject({ until: z.number().int().optional(), from: z.number().int().optional(), edition: z.string() })),
});
