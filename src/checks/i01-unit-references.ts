import type { Diagnostic } from '../model/diagnostic.js';
import { finding, type InputRule } from './rule.js';
import { nearestCode } from './suggest.js';

/**
 * I01 (reference integrity): every line item and project names a unit listed in `units`; an unknown code is
 * echoed as typed with the nearest listed one. A line item's finding carries its amount (data.amount): the
 * totals it leaves out follow from it.
 */
export const i01: InputRule = {
  id: 'I01',
  layer: 'input',
  severity: 'error',
  tolerance: 'text',
  description: '支出明细和项目所属单位必须在预算单位列表中',
  run({ input, at }) {
    const units = new Set(input.units.map((u) => u.code));
    const known = [...units].join('、');
    const out: Diagnostic[] = [];
    input.lineItems.forEach((item, i) => {
      if (units.has(item.unit)) return;
      const near = nearestCode(item.unit, units);
      const hint = near ? `；是否应为 ${near}？` : '';
      out.push(
        finding(this, at(['lineItems', i, 'unit']), `支出明细的单位代码“${item.unit}”不在预算单位列表中（已有：${known}），该笔 ${item.amount.toFixed(2)}万元 无法列入任何表${hint}`, {
          data: { typed: item.unit, amount: item.amount.toFixed(2), ...(near ? { suggestion: near } : {}) },
        }),
      );
    });
    input.projects.forEach((p, i) => {
      if (units.has(p.unit)) return;
      const near = nearestCode(p.unit, units);
      out.push(finding(this, at(['projects', i, 'unit']), `项目“${p.name}”的单位代码“${p.unit}”不在预算单位列表中（已有：${known}）${near ? `；是否应为 ${near}？` : ''}`, { data: { typed: p.unit, ...(near ? { suggestion: near } : {}) } }));
    });
    return out;
  },
};
