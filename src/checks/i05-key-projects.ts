import { finding, type InputRule } from './rule.js';

/** I05 (spec §2.9 十(三)): every 部门重点绩效目标项目 code names a listed project. */
export const i05: InputRule = {
  id: 'I05',
  layer: 'input',
  severity: 'error',
  tolerance: 'text',
  description: '部门重点绩效目标项目必须是项目列表中的项目',
  run({ input, at }) {
    const codes = new Set(input.projects.map((p) => p.code));
    return input.keyEvaluationProjects.flatMap((code, i) =>
      codes.has(code) ? [] : [finding(this, at(['keyEvaluationProjects', i]), `部门重点绩效目标项目 ${code} 不在项目列表中`)],
    );
  },
};
