import * as z from 'zod';
import type { Profile } from '../profile.js';

const indicator = z.strictObject({ level2: z.string().min(1), name: z.string().min(1), value: z.string(), note: z.string() });

/** The fixed labels of the 整体绩效目标表 as the Luoyang seeds print them (spec §3.13); a data file may replace any. */
export const OVERALL_LABELS = {
  name: '部门（单位）名称',
  goals: '年度履职目标',
  tasks: '年度主要任务',
  taskName: '任务名称',
  taskContent: '主要内容',
  budget: '预算情况',
  budgetTotal: '部门预算总额（万元）',
  sources: '1、资金来源：',
  government: '（1）政府预算资金',
  fiscalAccount: '（2）财政专户管理资金',
  unitFunds: '（3）单位资金',
  structure: '2、资金结构：',
  basic: '（1）基本支出',
  project: '（2）项目支出',
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  value: '指标值',
  note: '指标值说明',
  input: '投入管理指标',
  output: '产出指标',
  effect: '效益指标',
} as const;
export type OverallLabel = keyof typeof OVERALL_LABELS;

/** The order of the 二级指标 runs within each 一级指标 (spec §3.13). */
export const LEVEL2_ORDER = ['工作目标管理', '预算和财务管理', '绩效管理', '重点工作任务完成', '履职目标实现', '履职效益', '满意度'] as const;

const labelsSchema = z
  .strictObject(Object.fromEntries(Object.keys(OVERALL_LABELS).map((k) => [k, z.string().optional()])) as Record<OverallLabel, z.ZodOptional<z.ZodString>>)
  .optional();

/**
 * The profile's fixed 整体绩效 texts (spec Appendix A): the 20 投入管理 rows, default 指标值说明 by 二级, and
 * optionally the table's other fixed labels (`labels`, defaults OVERALL_LABELS) and the 二级 order (`level2Order`).
 */
export const overallPerformanceDataSchema = z.strictObject({
  description: z.string().optional(),
  inputIndicators: z.array(indicator).min(1),
  defaultNotes: z.record(z.string(), z.string()),
  labels: labelsSchema,
  level2Order: z.array(z.string().min(1)).min(1).optional(),
});
export type OverallPerformanceData = z.output<typeof overallPerformanceDataSchema>;

const cache = new WeakMap<Profile, Map<string, OverallPerformanceData>>();

/** Reads and validates the data file a profile names for its 整体绩效目标表 (read once per profile). */
export function overallPerformanceData(profile: Profile, file: string): OverallPerformanceData {
  let files = cache.get(profile);
  if (!files) cache.set(profile, (files = new Map()));
  let data = files.get(file);
  if (!data) {
    const parsed = overallPerformanceDataSchema.safeParse(profile.readTableData(file));
    if (!parsed.success) throw new Error(`模板 ${profile.id} 的 ${file} 格式错误：${parsed.error.message}`);
    data = parsed.data;
    files.set(file, data);
  }
  return data;
}
