import type { Diagnostic } from '../model/diagnostic.js';
import { TERMS } from '../model/terms.js';
import { projectName } from './locations.js';
import { finding, type InputRule } from './rule.js';

const CATEGORIES = ['cost', 'output', 'effect', 'satisfaction'] as const;
const BARE_NUMBER = /^[\d.,，%％\s]+$/;

/** P02 (spec §5.2, W): a 三级指标 is not a bare number (000's `321.90`, `5`); every 指标值 is non-empty. */
export const p02: InputRule = {
  id: 'P02',
  layer: 'input',
  severity: 'warning',
  tolerance: 'text',
  description: '三级指标名称不能是单纯的数字；指标值不能为空',
  run({ input, at }) {
    const out: Diagnostic[] = [];
    input.projects.forEach((p, i) =>
      CATEGORIES.forEach((category) =>
        p.indicators[category].forEach((ind, j) => {
          const path = ['projects', i, 'indicators', category, j];
          if (BARE_NUMBER.test(ind.name))
            out.push(finding(this, at([...path, 'name']), `项目${projectName(p)}的${TERMS[category]}三级指标名称是数字“${ind.name}”，应为指标名称（指标值为“${ind.value}”）`));
          if (ind.value.trim() === '') out.push(finding(this, at([...path, 'value']), `项目${projectName(p)}的${TERMS[category]}“${ind.name}”没有指标值`));
        }),
      ),
    );
    return out;
  },
};
