import type { Change } from '../compute/changes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { fieldAt } from './fields.js';
import { finding, notRun, type InputRule } from './rule.js';
import { OPERATING_FUNDS_CHANGE_OPTION } from './r02-prior-operating-funds.js';
import { wan } from './locations.js';

/**
 * R03 (spec §2.8, §2.9): a change the narrative prints with `主要原因：` has its reason: 机构运转经费 (when
 * the profile prints its change), 政府性基金, 国有资本经营预算. Without it the sentence drops the reason.
 */
export const r03: InputRule = {
  id: 'R03',
  layer: 'input',
  severity: 'warning',
  tolerance: 'exact',
  description: '说明中比上年增减的金额须填写主要原因（机构运转经费、政府性基金、国有资本经营预算）',
  run({ input, figures, profile, at }) {
    if (!profile) return notRun('未指定模板，无法判断说明中打印哪些增减原因');
    const c = figures.changes;
    const checks: [string, Change | null, string | undefined, string][] = [
      ['operatingFunds', profile.options[OPERATING_FUNDS_CHANGE_OPTION] === true ? c.operatingFunds : null, input.reasons.operatingFunds, '机构运转经费'],
      ['govFund', c.govFund, input.reasons.govFund, '政府性基金预算'],
      ['stateCapital', c.stateCapital, input.reasons.stateCapital, '国有资本经营预算'],
    ];
    const out: Diagnostic[] = [];
    for (const [key, change, reason, label] of checks) {
      if (!change || change.direction === 'flat' || reason) continue;
      const verb = change.direction === 'up' ? '增加' : '减少';
      out.push(finding(this, at(['reasons', key]), `${label}比${input.year - 1}年${verb}${wan(change.delta.abs())}，请填写主要原因（${fieldAt({ at }, ['reasons', key])}）`));
    }
    return out;
  },
};
