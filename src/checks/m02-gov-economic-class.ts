import type { ResolvedItem } from '../compute/items.js';
import { groupInOrder } from '../compute/items.js';
import { sum } from '../model/money.js';
import { decimalString } from './compare.js';
import { wan } from './locations.js';
import { finding, type InputRule } from './rule.js';

/** 政府经济 classes reserved for the other unit type (spec §6.4): 行政 → 501–504; 事业 → 505, 506. */
const FOREIGN: Record<'行政' | '事业', { classes: readonly string[]; explain: string }> = {
  行政: { classes: ['505', '506'], explain: '505/506类是对事业单位的补助' },
  事业: { classes: ['501', '502', '503', '504'], explain: '501–504类是机关支出' },
};

/**
 * M02 (spec §5.2, §6.4, W): the 政府经济 class matches the unit type: 行政 → 501–504 and 509, 事业 → 505,
 * 506 and 509. Reported once per unit × 基本/项目 × 政府经济 code, naming the 部门经济 codes and the sum;
 * never fixed silently, because the tables must reproduce what the input says.
 */
export const m02: InputRule = {
  id: 'M02',
  layer: 'input',
  severity: 'warning',
  tolerance: 'exact',
  description: '政府经济分类与单位类型相符：行政单位用501–504、509类，事业单位用505、506、509类',
  run({ figures, at }) {
    const crossing = figures.items.filter((i) => FOREIGN[i.unit.type].classes.includes(i.govEcon.slice(0, 3)));
    const groups = groupInOrder(crossing, (i) => `${i.unit.code}|${i.kind}|${i.govEcon}`);
    return [...groups.values()].map((group) => {
      const first = group[0] as ResolvedItem;
      const econs = [...new Set(group.map((i) => i.econ))].sort().join('/');
      const amount = sum(group.map((i) => i.amount));
      const foreign = FOREIGN[first.unit.type];
      const path = (i: ResolvedItem) => at(['lineItems', i.index, i.govEconDefaulted ? 'econ' : 'govEcon']);
      return finding(
        this,
        path(first),
        `${first.unit.code} ${first.kind}支出 ${econs}→${first.govEcon} ${wan(amount)}：${first.unit.type}单位不应使用${first.govEcon.slice(0, 3)}类政府经济分类（${foreign.explain}），请核对`,
        {
          data: { expected: `${first.unit.type}单位可用的政府经济分类`, actual: `${first.govEcon} ${decimalString(amount)}` },
          ...(group.length > 1 ? { related: group.slice(1).map(path) } : {}),
        },
      );
    });
  },
};
