import { FUND_SOURCES, PROJECT_TYPES } from '../../../model/schema.js';
import type { Choice } from '../spec.js';

const same = (values: readonly string[]): Choice[] => values.map((value) => ({ label: value, value }));

/** Enumerations the officer picks from; labels are what the cell shows, values what the schema stores. */
export const CHOICES = {
  scope: same(['部门', '单位']),
  unitType: same(['行政', '事业']),
  kind: same(['基本', '项目']),
  projectType: same(PROJECT_TYPES),
  editions: same(['E2022', 'E2023', 'E2024']),
  fundSources: same(FUND_SOURCES),
  dutyNumbering: [
    { label: '（一）（二）（三）', value: 'cn-paren' },
    { label: '1. 2. 3.', value: 'arabic-dot', aliases: ['1.2.3.', '1、2、3、'] },
  ],
  zeroStyle: [
    { label: '零值印作 0', value: '0' },
    { label: '零值印作 0.00', value: '0.00' },
  ],
  indicatorCategory: [
    { label: '成本指标', value: 'cost', aliases: ['成本'] },
    { label: '产出指标', value: 'output', aliases: ['产出'] },
    { label: '效益指标', value: 'effect', aliases: ['效益'] },
    { label: '满意度指标', value: 'satisfaction', aliases: ['满意度'] },
  ],
  overallLevel2: same(['重点工作任务完成', '履职目标实现', '履职效益', '满意度']),
} as const satisfies Record<string, readonly Choice[]>;

/** Named ranges the dropdowns and display formulas use; the code sheet and the unit/project tables define them. */
export const NAMES = {
  funcCodes: '功能科目编码',
  funcTable: '功能科目表',
  econCodes: '经济科目编码',
  econTable: '经济科目表',
  govEconCodes: '政府经济编码',
  govEconTable: '政府经济科目表',
  crosswalk: '经济对照表',
  fundSources: '资金来源列表',
  unitCodes: '单位代码列表',
  unitTable: '单位表',
  projectCodes: '项目编码列表',
  projectTable: '项目表',
} as const;
