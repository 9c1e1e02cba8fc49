import { documentLint, inputLint, type LintSpec } from './lint/lint-rule.js';
import { missingFinalStop } from './lint/patterns.js';

const spec: LintSpec = {
  id: 'L05',
  severity: 'warning',
  description: '主要职责每一条以“。”结尾',
  find: missingFinalStop,
  message: (s) => `职责条目没有以“。”结尾（…${s[0] ?? ''}）`,
  listItemsOnly: true,
};

/** L05 (spec §5.3 000-12: item (十四) has no final `。`): every 主要职责 item ends with `。`. */
export const l05Input = inputLint(spec);
export const l05Document = documentLint(spec);
