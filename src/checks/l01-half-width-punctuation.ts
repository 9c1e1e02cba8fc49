import { documentLint, inputLint, type LintSpec } from './lint/lint-rule.js';
import { halfWidthPunctuation } from './lint/patterns.js';

const spec: LintSpec = {
  id: 'L01',
  severity: 'warning',
  description: '中文文字中不用半角标点 ; , : ( )',
  find: halfWidthPunctuation,
  message: (s) => `中文文字中有半角标点：${s.map((x) => `「${x}」`).join('、')}，应改为全角（；，：（））`,
};

/** L01 (spec §2.11, §5.3 000-5, 000-11, 004-4, 002-10): half-width `; , : ( )` inside Chinese text. */
export const l01Input = inputLint(spec);
export const l01Document = documentLint(spec);
