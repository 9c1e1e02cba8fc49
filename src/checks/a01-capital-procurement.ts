import { sum } from '../model/money.js';
import { decimalString } from './compare.js';
import { wan } from './locations.js';
import { finding, type InputRule } from './rule.js';

const CAPITAL_CLASSES = ['309', '310'];

/**
 * A01 (plausibility, W): capital and equipment purchases (部门经济 309xx, 310xx, e.g. 31002 办公设备购置)
 * are budgeted while 政府采购 is 0: purchases like these usually go through 政府采购 (spec §2.9 十(二)).
 */
export const a01: InputRule = {
  id: 'A01',
  layer: 'input',
  severity: 'warning',
  tolerance: 'exact',
  description: '有资本性支出或设备购置（309、310类）时，政府采购预算不应为0',
  run({ figures, at }) {
    if (!figures.procurement.total.isZero()) return [];
    const capital = figures.items.filter((i) => CAPITAL_CLASSES.includes(i.econClass));
    if (capital.length === 0) return [];
    const amount = sum(capital.map((i) => i.amount));
    const codes = [...new Set(capital.map((i) => `${i.econ} ${i.econName}`.trim()))].join('、');
    return [
      finding(this, at(['procurement']), `预算安排资本性支出或设备购置${wan(amount)}（${codes}），但政府采购预算为0，请核对是否应列入政府采购`, {
        data: { expected: `>0`, actual: decimalString(figures.procurement.total) },
        related: capital.map((i) => at(['lineItems', i.index, 'econ'])),
      }),
    ];
  },
};
