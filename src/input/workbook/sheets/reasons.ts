import { TERMS } from '../../../model/terms.js';
import { stringList } from '../place.js';
import type { FormField, SheetSpec } from '../spec.js';

const reason = (path: readonly string[], label: string, hint: string, required = false): FormField => ({
  label,
  path: ['reasons', ...path],
  kind: 'text',
  wrap: true,
  hint,
  required,
});

const THREE_PUBLIC = '可不填：写了就印在该项增减之后（部分地区逐项说明原因）。';

/** 原因说明: why this year differs from last year, one text per comparison the narrative makes; 机关运行经费 contents. */
export const reasonsSheet: SheetSpec = {
  name: '原因说明',
  purpose: '与上年相比增减变化的主要原因（文字），写进正文“主要原因是……”处；以及机关运行经费的开支内容。',
  blocks: [
    {
      kind: 'form',
      ensure: [['reasons']],
      fields: [
        reason(['total'], '收支总计变动的主要原因', '写原因本身，例如“人员增加，工资福利相应增加”。', true),
        reason(['income'], '收入变动的主要原因', '可不填：默认同收支总计。'),
        reason(['expenditure'], '支出变动的主要原因', '可不填：默认同收支总计。'),
        reason(['generalPublic'], '一般公共预算变动的主要原因', '可不填：默认同收支总计。'),
        reason(['govFund'], '政府性基金预算变动的主要原因', '可不填。'),
        reason(['stateCapital'], '国有资本经营预算变动的主要原因', '可不填。'),
        reason(['operatingFunds'], '机构运转经费变动的主要原因', '可不填：E2024 版式需要。'),
        reason(['threePublic', 'total'], `${TERMS.threePublicCosts}变动的主要原因`, THREE_PUBLIC),
        reason(['threePublic', 'abroad'], `${TERMS.abroad}变动的主要原因`, THREE_PUBLIC),
        reason(['threePublic', 'reception'], `${TERMS.reception}变动的主要原因`, THREE_PUBLIC),
        reason(['threePublic', 'vehicles'], '公务用车购置及运行费变动的主要原因', THREE_PUBLIC),
        reason(['threePublic', 'vehiclePurchase'], `${TERMS.vehiclePurchase}变动的主要原因`, THREE_PUBLIC),
        reason(['threePublic', 'vehicleOps'], `${TERMS.vehicleOps}变动的主要原因`, THREE_PUBLIC),
      ],
    },
    {
      kind: 'table',
      title: '机关运行经费开支内容（每行一项，例如“办公费”；可不填，不填时正文用模板的写法）',
      path: ['operatingFundsContents'],
      spare: 20,
      ...stringList(['operatingFundsContents'], 'content', false),
      columns: [{ key: 'content', label: '开支内容', kind: 'text', width: 30 }],
    },
  ],
};
