import { fieldAt } from './fields.js';
import { finding, notRun, type InputRule } from './rule.js';

/** The profile option under which 十(一) compares 机构运转经费 with the prior year (E2024, spec §2.9). */
export const OPERATING_FUNDS_CHANGE_OPTION = 'operatingFundsChange';

/** R02 (spec §2.9, §2.10): the prior-year 机构运转经费 is given when the profile prints its change. */
export const r02: InputRule = {
  id: 'R02',
  layer: 'input',
  severity: 'error',
  tolerance: 'text',
  description: '模板要求说明机构运转经费与上年比较时，必须填写上年机构运转经费（prior.operatingFunds）',
  run({ input, profile, at }) {
    if (!profile) return notRun('未指定模板，无法判断是否需要上年机构运转经费');
    if (profile.options[OPERATING_FUNDS_CHANGE_OPTION] !== true) return [];
    if (input.prior.operatingFunds !== undefined) return [];
    return [finding(this, at(['prior']), `模板 ${profile.id} 要求说明机构运转经费与${input.year - 1}年的比较，请填写上年机构运转经费（${fieldAt({ at }, ['prior', 'operatingFunds'])}）`)];
  },
};
