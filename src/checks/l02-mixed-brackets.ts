import { documentLint, inputLint, type LintSpec } from './lint/lint-rule.js';
import { mixedBrackets } from './lint/patterns.js';

const spec: LintSpec = {
  id: 'L02',
  severity: 'warning',
  description: '括号成对且全半角一致',
  find: mixedBrackets,
  message: (s) => `括号全半角混用：${s.map((x) => `「${x}」`).join('、')}，应统一为全角（）`,
};

/** L02 (spec §5.3 004-11 `部门(单位）`): a bracket pair mixing half- and full-width. */
export const l02Input = inputLint(spec);
export const l02Document = documentLint(spec);
