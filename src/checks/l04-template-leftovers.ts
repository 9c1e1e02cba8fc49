import { documentLint, inputLint, type LintSpec } from './lint/lint-rule.js';
import { templateLeftovers } from './lint/patterns.js';

const spec: LintSpec = {
  id: 'L04',
  severity: 'error',
  description: '没有未替换的模板文字（增加（减少）、（下降）、{{…}}）',
  find: templateLeftovers,
  message: (s) => `有未替换的模板文字：${s.map((x) => `「${x}」`).join('、')}`,
  skipSections: /^explanation\./,
};

/**
 * L04 (spec §2.11, §5.3 000-1…4): unresolved template text. 第二部分 is left to N15, which also judges the
 * wording against the sign of the change.
 */
export const l04Input = inputLint(spec);
export const l04Document = documentLint(spec);
