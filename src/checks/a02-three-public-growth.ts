import { decimalString } from './compare.js';
import { wan } from './locations.js';
import { finding, type InputRule } from './rule.js';

/**
 * A02 (plausibility, W): “三公”经费 grows over the prior year but no reason text mentions it. Growth of
 * 三公 is scrutinised: a reason per 三公 item (reasons.threePublic) answers it, else an overall reason must say it.
 */
export const a02: InputRule = {
  id: 'A02',
  layer: 'input',
  severity: 'warning',
  tolerance: 'exact',
  description: '“三公”经费比上年增加时，主要原因中应有说明',
  run({ input, figures, at }) {
    const change = figures.changes.threePublic.total;
    if (change.direction !== 'up') return [];
    // A reason given for the 三公 total or one of its items (reasons.threePublic) is the explanation itself.
    if (Object.values(input.reasons.threePublic ?? {}).some((r) => typeof r === 'string' && r.trim() !== '')) return [];
    const reasons = Object.values(input.reasons).filter((r): r is string => typeof r === 'string');
    if (reasons.some((r) => r.includes('三公') || r.includes('公务接待') || r.includes('公务用车') || r.includes('因公出国'))) return [];
    return [
      finding(this, at(['reasons']), `“三公”经费由${wan(change.prior)}增加到${wan(change.current)}（增加${wan(change.delta)}），但主要原因中没有说明“三公”经费增加的原因`, {
        data: { expected: decimalString(change.prior), actual: decimalString(change.current) },
      }),
    ];
  },
};
