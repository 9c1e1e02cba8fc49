import type { Diagnostic } from '../model/diagnostic.js';
import { PROJECT_TYPES } from '../model/schema.js';
import { projectName } from './locations.js';
import { fieldAt } from './fields.js';
import { finding, type InputRule } from './rule.js';

/** T17 (spec §5.1): project codes unique; 类型 ∈ {其他运转类, 特定目标类}; every project has ≥ 1 line item. */
export const t17: InputRule = {
  id: 'T17',
  layer: 'input',
  severity: 'error',
  tolerance: 'text',
  description: '项目编码唯一；项目类型为其他运转类或特定目标类；每个项目至少有一条支出明细',
  run({ input, at }) {
    const out: Diagnostic[] = [];
    const first = new Map<string, number>();
    const withItems = new Set(input.lineItems.flatMap((i) => (i.kind === '项目' && i.project ? [i.project] : [])));
    input.projects.forEach((p, i) => {
      const earlier = first.get(p.code);
      if (earlier !== undefined)
        out.push(
          finding(this, at(['projects', i, 'code']), `项目编码 ${p.code} 重复：与 projects[${earlier}]（${input.projects[earlier]?.name}）相同`, {
            related: [at(['projects', earlier, 'code'])],
          }),
        );
      else first.set(p.code, i);
      if (!PROJECT_TYPES.includes(p.type)) out.push(finding(this, at(['projects', i, 'type']), `项目${projectName(p)}的类型“${p.type}”无效`));
      if (earlier === undefined && !withItems.has(p.code))
        out.push(
          finding(this, at(['projects', i]), `项目${projectName(p)}没有任何支出明细（支出明细中没有${fieldAt({ at }, ['lineItems', 0, 'project'], ' project ')}为 ${p.code} 的项目支出）`, {
            data: { topic: `project:${p.code}` },
          }),
        );
    });
    return out;
  },
};
