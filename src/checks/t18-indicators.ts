import { TERMS } from '../model/terms.js';
import { projectName } from './locations.js';
import { finding, type InputRule } from './rule.js';

const CATEGORIES = ['cost', 'output', 'effect', 'satisfaction'] as const;

/** T18 (spec §5.1, W): each project has ≥ 1 indicator in each of 成本/产出/效益/满意度. */
export const t18: InputRule = {
  id: 'T18',
  layer: 'input',
  severity: 'warning',
  tolerance: 'text',
  description: '每个项目的成本、产出、效益、满意度指标各至少一项',
  run({ input, at }) {
    return input.projects.flatMap((p, i) => {
      const missing = CATEGORIES.filter((c) => p.indicators[c].length === 0);
      if (missing.length === 0) return [];
      const first = missing[0] as (typeof CATEGORIES)[number];
      const names = missing.map((c) => TERMS[c]).join('、');
      return [finding(this, at(['projects', i, 'indicators', first]), `项目${projectName(p)}没有${names}（项目绩效目标表中该栏将为空）`)];
    });
  },
};
