import * as z from 'zod';
import { styleOptionsSchema } from '../style/options.js';
import { quoted, suggestion } from './errors.js';

/** The income sources of 二、收入预算 by key (texts `income.label.<key>`), in print order. */
export const INCOME_KEYS = [
  'generalPublic',
  'govFund',
  'stateCapital',
  'fiscalAccount',
  'businessIncome',
  'operatingIncome',
  'superiorSubsidy',
  'affiliatedRemit',
  'otherIncome',
  'carryOver',
] as const;

/** The parts of the document body an outline may hold (document/model.ts part ids). */
export const PART_IDS = ['overview', 'explanation', 'glossary', 'annex'] as const;

/** A space-separated list of words from `allowed` (`"generalPublic carryOver"`), each checked. */
function wordList(allowed: readonly string[], what: string) {
  return z.string().superRefine((value, ctx) => {
    for (const word of value.split(/[\s,]+/).filter(Boolean)) {
      if (allowed.includes(word)) continue;
      ctx.addIssue({ code: 'custom', message: `未知的${what}“${word}”${suggestion(word, allowed) || `，可选：${quoted(allowed)}`}` });
    }
  });
}

/** Options the narrative, the 目录 and the rules read (spec §1–§2); every default reproduces nothing in particular. */
export const coreOptionsSchema = z.object({
  zeroStyle: z.enum(['0', '0.00']).default('0.00').describe('说明中金额为零时的写法：“0”（2022、2024 版）或“0.00”（2023 版）（规范 §2.12）'),
  percentDecimals: z.number().int().min(0).max(4).default(2).describe('说明中百分比保留的小数位数（种子均为 2；有的县打印整数）'),
  dutyNumbering: z.enum(['cn-paren', 'arabic-dot', 'cn-comma']).default('arabic-dot').describe('主要职责条目的编号：cn-paren“（一）”、arabic-dot“1.”、cn-comma“一、”；填报数据的 overview.dutyNumbering 优先'),
  incomeAlwaysListed: wordList(INCOME_KEYS, '收入来源')
    .default('generalPublic')
    .describe(`收入预算说明中即使为零也列出的收入来源，空格分隔，可选：${INCOME_KEYS.join(' ')}`),
  fourAlwaysShowsGovFund: z.boolean().default(false).describe('四、财政拨款收支说明是否总是写政府性基金（为零时写“0”）'),
  operatingFundsChange: z.boolean().default(false).describe('十(一) 机构运转经费是否写与上年的比较（需要填写上年机构运转经费）'),
  procurementSubject: z.boolean().default(false).describe('十(二) 政府采购句是否以单位简称开头'),
  tocHeadingParts: wordList(PART_IDS, '部分')
    .default('')
    .describe(`目录中列出哪些部分的一级标题（一、二、…），空格分隔，可选：${PART_IDS.join(' ')}`),
  requireOverallPerformance: z.boolean().optional().describe('是否要求填写整体绩效目标；不写时按表格中有无整体绩效目标表判断（R01）'),
  blankAllowed: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('填报中允许写“—”（公开为空白）的字段，列表下标写 []，例如 "procurement.goods procurement.items[].amount"；其余字段写“—”为错误（S10/S01）'),
});

/** Every option a profile may set: the core ones and the house-style ones (document/style/options.ts). */
export const resolvedOptionsSchema = z.strictObject({ ...coreOptionsSchema.shape, ...styleOptionsSchema.shape });

/** The resolved options, defaults filled in. */
export type ProfileOptions = z.output<typeof resolvedOptionsSchema>;

/** Names of every option, for messages. */
export const OPTION_NAMES: readonly string[] = Object.keys(resolvedOptionsSchema.shape);

/**
 * The options as one profile file writes them: each optional and without its default (a child that leaves an option
 * out inherits it), the default shown to editors through the JSON Schema instead.
 */
export const fileOptionsSchema = z.strictObject(
  Object.fromEntries(Object.entries(resolvedOptionsSchema.shape).map(([name, schema]) => [name, withoutDefault(schema).optional()])),
);

function withoutDefault(schema: z.core.$ZodType): z.ZodType {
  if (!(schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)) {
    if (schema instanceof z.ZodType) return schema;
    throw new TypeError('profile options are declared with zod classic schemas');
  }
  const inner = withoutDefault(schema.unwrap());
  const description = schema.description ?? inner.description;
  const fallback: unknown = schema instanceof z.ZodDefault ? schema._zod.def.defaultValue : undefined;
  return inner.meta({ ...(description ? { description } : {}), ...(fallback !== undefined ? { default: fallback } : {}) });
}
