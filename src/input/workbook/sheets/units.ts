import { TERMS } from '../../../model/terms.js';
import { objectList } from '../place.js';
import type { SheetSpec } from '../spec.js';
import { CHOICES, NAMES } from './choices.js';

/** 单位: one budget unit per row; the base unit (机关本级) is marked 是. */
export const unitsSheet: SheetSpec = {
  name: '单位',
  purpose: '预算单位，每行一个；部门公开时列出机关本级和所属单位，单位公开时只填本单位。',
  blocks: [
    {
      kind: 'table',
      path: ['units'],
      spare: 30,
      names: { list: NAMES.unitCodes, table: NAMES.unitTable },
      ...objectList(['units'], true),
      columns: [
        { key: 'code', label: TERMS.unitCode, kind: 'code', required: true, width: 16, hint: '预算系统中的单位代码，例如 113001。' },
        { key: 'name', label: TERMS.unitName, kind: 'text', required: true, width: 40 },
        { key: 'type', label: TERMS.unitType, kind: 'enum', choices: CHOICES.unitType, required: true, width: 12, hint: '参照公务员法管理的单位填“行政”。' },
        { key: 'isBase', label: TERMS.isBase, kind: 'bool', required: true, width: 12, hint: '机关本级填“是”，其他单位填“否”；只能有一个“是”。' },
      ],
    },
  ],
};
