import { BLANK_MARK } from '../../../model/blank.js';
import { Decimal, sum } from '../../../model/money.js';
import { TERMS } from '../../../model/terms.js';
import { isObject, listAt } from '../json-path.js';
import { objectList } from '../place.js';
import { columnLetter } from '../styles.js';
import type { SheetSpec } from '../spec.js';
import { CHOICES, NAMES } from './choices.js';
import { lineItemsSheet } from './line-items.js';

/** The 支出明细 column holding `key`, for the project total formula. */
function lineItemColumn(key: string): string {
  const block = lineItemsSheet.blocks[0];
  const index = block?.kind === 'table' ? block.columns.findIndex((c) => c.display !== true && c.key === key) : -1;
  return columnLetter(index + 1);
}

/** 项目: one project per row; its amount is summed from 支出明细 (display only). */
export const projectsSheet: SheetSpec = {
  name: '项目',
  purpose: '项目支出的项目，每行一个；项目金额由“支出明细”中该项目编码的各行自动汇总。',
  blocks: [
    {
      kind: 'table',
      path: ['projects'],
      spare: 120,
      names: { list: NAMES.projectCodes, table: NAMES.projectTable },
      ...objectList(['projects'], true),
      columns: [
        { key: 'code', label: TERMS.projectCode, kind: 'code', required: true, width: 26, hint: '预算系统中的项目编码；“支出明细”和“项目绩效指标”用它引用本项目。' },
        { key: 'name', label: TERMS.projectName, kind: 'text', required: true, width: 40 },
        { key: 'unit', label: TERMS.unitCode, kind: 'code', list: NAMES.unitCodes, required: true, width: 14 },
        { key: 'type', label: TERMS.projectType, kind: 'enum', choices: CHOICES.projectType, required: true, width: 14 },
        {
          display: true,
          label: '项目金额（万元，自动汇总）',
          width: 18,
          formula: (_row, c) => {
            const sheet = lineItemsSheet.name;
            return `IF(${c.code}="","",SUMIFS(${sheet}!$${lineItemColumn('amount')}:$${lineItemColumn('amount')},${sheet}!$${lineItemColumn('project')}:$${lineItemColumn('project')},${c.code}))`;
          },
          result: (record, ctx) => {
            const items = listAt(ctx.data, ['lineItems']).filter((i) => isObject(i) && i.project === record.code);
            return sum(items.map((i) => new Decimal(isObject(i) && typeof i.amount === 'string' && i.amount !== BLANK_MARK ? i.amount : 0))).toNumber();
          },
        },
        { key: 'alias', label: TERMS.projectAlias, kind: 'text', width: 30, hint: '可不填：项目的第二个名称（例如绩效目标表使用的名称），按模板选项打印。' },
      ],
    },
  ],
};
