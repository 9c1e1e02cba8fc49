/**
 * The 20 fixed 投入管理指标 rows of the 整体绩效目标表 (spec §3.13, Appendix A.1): 二级指标, 三级指标 and the
 * default 指标值 (the 002 value). The workbook lists them so the officer can override a value.
 */
export const INPUT_INDICATORS: readonly { level2: string; name: string; value: string }[] = [
  { level2: '工作目标管理', name: '年度履职目标相关性', value: '相关' },
  { level2: '工作目标管理', name: '工作任务科学性', value: '科学' },
  { level2: '工作目标管理', name: '绩效指标合理性', value: '合理' },
  { level2: '预算和财务管理', name: '预算编制完整性', value: '完整' },
  { level2: '预算和财务管理', name: '专项资金细化率', value: '≥90%' },
  { level2: '预算和财务管理', name: '预算执行率', value: '≥90%' },
  { level2: '预算和财务管理', name: '预算调整率', value: '≤30%' },
  { level2: '预算和财务管理', name: '结转结余率', value: '≤20%' },
  { level2: '预算和财务管理', name: '“三公经费”控制率', value: '≤100%' },
  { level2: '预算和财务管理', name: '政府采购执行率', value: '≥80%' },
  { level2: '预算和财务管理', name: '决算真实性', value: '真实' },
  { level2: '预算和财务管理', name: '资金使用合规性', value: '合规' },
  { level2: '预算和财务管理', name: '管理制度健全性', value: '健全' },
  { level2: '预算和财务管理', name: '预决算信息公开性', value: '公开' },
  { level2: '预算和财务管理', name: '资产管理规范性', value: '规范' },
  { level2: '绩效管理', name: '绩效目标编制完成率', value: '100%' },
  { level2: '绩效管理', name: '绩效监控完成率', value: '100%' },
  { level2: '绩效管理', name: '绩效自评完成率', value: '100%' },
  { level2: '绩效管理', name: '部门绩效评价完成率', value: '100%' },
  { level2: '绩效管理', name: '评价结果应用率', value: '100%' },
];
