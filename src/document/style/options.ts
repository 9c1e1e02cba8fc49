import { z } from 'zod';

/**
 * Class W style options (variations.md §5–9, issue 14): how amounts, percentages, changes and empty
 * tables are worded. Every default reproduces the Luoyang seeds.
 */
export const styleOptionsSchema = z.object({
  narrativeAmountUnit: z.enum(['万元', '元']).default('万元').describe('正文金额单位：万元或元（万元×10000 精确换算，只在打印时四舍五入）'),
  narrativeAmountDecimals: z.number().int().min(0).max(4).default(2).describe('正文金额小数位数'),
  narrativeThousands: z.boolean().default(false).describe('正文金额是否使用千位分隔符（如 1,234.56）'),
  tableAmountUnit: z.enum(['万元', '元']).default('万元').describe('表格金额单位：万元或元；表头单位行随之改为“单位：元”'),
  tableAmountDecimals: z.number().int().min(0).max(4).default(2).describe('表格金额小数位数'),
  tableThousands: z.boolean().default(false).describe('表格金额是否使用千位分隔符'),
});

/** The parsed style options, every field present. */
export type StyleOptions = z.infer<typeof styleOptionsSchema>;
