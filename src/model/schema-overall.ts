import * as z from 'zod';
import { optionalText, text } from './schema-fields.js';
import { TERMS } from './terms.js';

const overallIndicatorSchema = <T extends readonly [string, ...string[]]>(level2: T) =>
  z.strictObject({
    level2: z.enum(level2, { message: `二级指标必须是：${level2.join('、')}` }).meta({ title: TERMS.level2 }),
    name: text(TERMS.indicatorName, 500),
    value: text(TERMS.indicatorValue, 500),
    note: optionalText(TERMS.indicatorNote, 2000),
  });

/** 整体绩效目标 (spec §3.13): goals, tasks, overrides of the 投入管理 values, 产出 and 效益 indicators. */
export const overallPerformanceSchema = z.strictObject({
  annualGoals: text(TERMS.annualGoals, 4000),
  tasks: z
    .array(z.strictObject({ name: text(TERMS.taskName, 500), content: text(TERMS.taskContent, 2000) }))
    .min(1, { message: '年度主要任务至少填写一项' })
    .max(200)
    .meta({ title: TERMS.tasks }),
  inputValues: z.record(z.string(), z.string().trim().min(1).max(200)).default({}).meta({ title: TERMS.inputValues }),
  output: z
    .array(overallIndicatorSchema(['重点工作任务完成', '履职目标实现'] as const))
    .min(1, { message: '产出指标至少填写一项' })
    .max(200)
    .meta({ title: TERMS.output }),
  effect: z
    .array(overallIndicatorSchema(['履职效益', '满意度'] as const))
    .min(1, { message: '效益指标至少填写一项' })
    .max(200)
    .meta({ title: TERMS.effect }),
});
