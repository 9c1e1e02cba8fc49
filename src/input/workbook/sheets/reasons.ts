import type { FormField, SheetSpec } from '../spec.js';

const reason = (key: string, label: string, hint: string, required = false): FormField => ({
  label,
  path: ['reasons', key],
  kind: 'text',
  wrap: true,
  hint,
  required,
});

/** 原因说明: why this year differs from last year, one text per comparison the narrative makes. */
export const reasonsSheet: SheetSpec = {
  name: '原因说明',
  purpose: '与上年相比增减变化的主要原因（文字），写进正文“主要原因是……”处。',
  blocks: [
    {
      kind: 'form',
      ensure: [['reasons']],
      fields: [
        reason('total', '收支总计变动的主要原因', '写原因本身，例如“人员增加，工资福利相应增加”。', true),
        reason('income', '收入变动的主要原因', '可不填：默认同收支总计。'),
        reason('expenditure', '支出变动的主要原因', '可不填：默认同收支总计。'),
        reason('generalPublic', '一般公共预算变动的主要原因', '可不填：默认同收支总计。'),
        reason('govFund', '政府性基金预算变动的主要原因', '可不填。'),
        reason('stateCapital', '国有资本经营预算变动的主要原因', '可不填。'),
        reason('operatingFunds', '机构运转经费变动的主要原因', '可不填：E2024 版式需要。'),
      ],
    },
  ],
};
