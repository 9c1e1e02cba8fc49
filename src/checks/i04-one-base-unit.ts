import { fieldAt } from './fields.js';
import { finding, type InputRule } from './rule.js';

/** I04 (spec §4.2): exactly one unit has isBase = true (the 本级 unit of 构成情况). */
export const i04: InputRule = {
  id: 'I04',
  layer: 'input',
  severity: 'error',
  tolerance: 'text',
  description: '有且只有一个本级单位（isBase）',
  run({ input, at }) {
    const base = input.units.flatMap((u, i) => (u.isBase ? [i] : []));
    if (base.length === 1) return [];
    if (base.length === 0) {
      const field = fieldAt({ at }, ['units', 0, 'isBase'], 'isBase');
      return [finding(this, at(['units']), `没有本级单位：请把其中一个单位的${field}设为${field === 'isBase' ? ' true' : '“是”'}`)];
    }
    const names = base.map((i) => input.units[i]?.code).join('、');
    return [finding(this, at(['units', base[1] as number, 'isBase']), `本级单位只能有一个，现有 ${base.length} 个：${names}`, { related: base.map((i) => at(['units', i, 'isBase'])) })];
  },
};
