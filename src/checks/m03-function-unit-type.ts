import { groupInOrder } from '../compute/items.js';
import { finding, type InputRule } from './rule.js';

/** 功能 项 names that belong to one unit type (spec §5.2 M03: 2010301/2080501/2101101 vs 2010350/2080502/2101102). */
const OWN_NAMES: Record<'行政' | '事业', readonly string[]> = {
  行政: ['行政运行', '行政单位离退休', '行政单位医疗'],
  事业: ['事业运行', '事业单位离退休', '事业单位医疗'],
};

/** M03 (spec §5.2, W): a unit's 功能 项 matches its type (行政运行 vs 事业运行, 离退休, 医疗). */
export const m03: InputRule = {
  id: 'M03',
  layer: 'input',
  severity: 'warning',
  tolerance: 'text',
  description: '功能分类“项”与单位类型相符：行政单位用行政运行等，事业单位用事业运行等',
  run({ figures, at }) {
    const other = (type: '行政' | '事业') => OWN_NAMES[type === '行政' ? '事业' : '行政'];
    const wrong = figures.items.filter((i) => other(i.unit.type).includes(i.funcName));
    return [...groupInOrder(wrong, (i) => `${i.unit.code}|${i.func}`).values()].map((group) => {
      const i = group[0]!;
      return finding(this, at(['lineItems', i.index, 'func']), `${i.unit.type}单位 ${i.unit.code} 使用了功能分类 ${i.func} ${i.funcName}（应为${i.unit.type}单位对应的科目），请核对`, {
        ...(group.length > 1 ? { related: group.slice(1).map((g) => at(['lineItems', g.index, 'func'])) } : {}),
      });
    });
  },
};
