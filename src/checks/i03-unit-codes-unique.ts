import type { Diagnostic } from '../model/diagnostic.js';
import { finding, type InputRule } from './rule.js';

/** I03 (reference integrity): unit codes are unique. */
export const i03: InputRule = {
  id: 'I03',
  layer: 'input',
  severity: 'error',
  tolerance: 'text',
  description: '预算单位代码不能重复',
  run({ input, at }) {
    const first = new Map<string, number>();
    const out: Diagnostic[] = [];
    input.units.forEach((u, i) => {
      const earlier = first.get(u.code);
      if (earlier === undefined) first.set(u.code, i);
      else out.push(finding(this, at(['units', i, 'code']), `单位代码 ${u.code} 重复（与 units[${earlier}] 相同）`, { related: [at(['units', earlier, 'code'])] }));
    });
    return out;
  },
};
