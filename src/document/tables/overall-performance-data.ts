import * as z from 'zod';
import type { Profile } from '../profile.js';

const indicator = z.strictObject({ level2: z.string().min(1), name: z.string().min(1), value: z.string(), note: z.string() });

/** The profile's fixed 整体绩效 texts (spec Appendix A): the 20 投入管理 rows and default 指标值说明 by 二级. */
export const overallPerformanceDataSchema = z.strictObject({
  description: z.string().optional(),
  inputIndicators: z.array(indicator).min(1),
  defaultNotes: z.record(z.string(), z.string()),
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
