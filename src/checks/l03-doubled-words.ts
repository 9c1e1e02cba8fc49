import { documentLint, inputLint, type LintSpec } from './lint/lint-rule.js';
import { doubledWords } from './lint/patterns.js';

const spec: LintSpec = {
  id: 'L03',
  severity: 'warning',
  description: '没有连续重复的词',
  find: doubledWords,
  message: (s) => `词语连续重复：${s.map((x) => `「${x}」`).join('、')}`,
};

/** L03 (spec §5.3 004-2 `其中：其中：`, 002-1 `中心 中心`): a word written twice in a row. */
export const l03Input = inputLint(spec);
export const l03Document = documentLint(spec);
