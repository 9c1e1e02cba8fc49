import { CONTROL_TOTAL_KEYS } from '../../../model/schema.js';
import { TERMS } from '../../../model/terms.js';
import type { FormField, SheetSpec } from '../spec.js';
import { CHOICES } from './choices.js';

/** 基本信息: year, edition, scope, the department's names, numbering and zero styles, control totals. */
export const basicInfoSheet: SheetSpec = {
  name: '基本信息',
  purpose: '预算年度、公开范围、部门名称等基本情况，以及可选的控制数。',
  blocks: [
    {
      kind: 'form',
      ensure: [['department'], ['overview']],
      fields: [
        { label: TERMS.year, path: ['year'], kind: 'count', required: true, hint: '四位数字，例如 2025。' },
        {
          label: TERMS.scope,
          path: ['scope'],
          kind: 'enum',
          choices: CHOICES.scope,
          required: true,
          hint: '“部门”：部门汇总公开（含所属单位）；“单位”：单个单位公开。',
        },
        {
          label: TERMS.edition,
          path: ['edition'],
          kind: 'text',
          choices: CHOICES.editions,
          listOpen: true,
          hint: '可不填：按年度自动选择（2022年及以前 E2022，2023年 E2023，2024年起 E2024）。',
        },
        { label: TERMS.profile, path: ['profile'], kind: 'text', hint: '可不填：templates 下的模板名，例如 luoyang-2024。' },
        { label: TERMS.level, path: ['level'], kind: 'text', hint: '可不填：例如“区级”“市级”，用于整体绩效目标表标题。' },
        { label: TERMS.departmentCode, path: ['department', 'code'], kind: 'code', required: true, hint: '预算系统中的部门编码；单位公开时填单位代码。' },
        { label: TERMS.departmentName, path: ['department', 'name'], kind: 'text', required: true, hint: '例如“洛阳市政务服务中心”。' },
        { label: TERMS.shortName, path: ['department', 'shortName'], kind: 'text', hint: '可不填：正文中的简称，默认用全称。' },
        { label: TERMS.bodyWord, path: ['department', 'bodyWord'], kind: 'text', hint: '可不填：部门构成中对机关的称呼，默认“局机关”。' },
        {
          label: TERMS.dutyNumbering,
          path: ['overview', 'dutyNumbering'],
          kind: 'enum',
          choices: CHOICES.dutyNumbering,
          hint: '可不填：主要职责的编号样式，默认按模板。',
        },
        { label: TERMS.zeroStyle, path: ['format', 'zeroStyle'], kind: 'enum', choices: CHOICES.zeroStyle, hint: '可不填：正文中零值的写法，默认按模板。' },
        { label: TERMS.parentCode, path: ['department', 'parentCode'], kind: 'code', hint: '可不填：单位公开时所属部门的编码；模板要求时表格在单位行之上加印部门行。' },
        { label: TERMS.parentName, path: ['department', 'parentName'], kind: 'text', hint: '可不填：与所属部门代码同时填写。' },
        {
          label: TERMS.publicationDate,
          path: ['publicationDate'],
          kind: 'date',
          addedLater: true,
          hint: '可不填：例如 2025-02-20；写入生成的 Word 和 Excel 文件的创建日期。',
        },
      ],
    },
    {
      kind: 'form',
      title: '控制数（可不填：从预算系统抄录，用于核对计算结果）',
      fields: Object.entries(CONTROL_TOTAL_KEYS).map(
        ([key, label]): FormField => ({
          label,
          path: ['controlTotals', key],
          kind: 'money',
          hint: '万元；填写后与本表计算结果核对，不一致会提示。',
        }),
      ),
    },
  ],
};
