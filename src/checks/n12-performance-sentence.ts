import type { Diagnostic } from '../model/diagnostic.js';
import { checkEquations } from './equations.js';
import { finding, notApplicable, notRun, type DocumentRule } from './rule.js';
import { functionTable } from './view/budget03.js';
import { amountAfter, countAfter } from './view/narrative.js';
import { projectExpenditureTable } from './view/project-tables.js';
import { SECTION } from './view/sections.js';
import { pick } from './view/table-equations.js';

/**
 * N12 (spec §5.2, §2.9 十(三)): amount = 项目支出 (03 项目小计); count = projects in the 项目支出预算表;
 * the named 重点 project is one of them. E2022's template states neither: not applicable.
 */
export const n12: DocumentRule = {
  id: 'N12',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description: '说明十（三）涉及预算拨款 = 项目支出合计；项目个数 = 项目支出预算表项目数；所选重点项目在项目表中',
  run(view) {
    const text = view.section(SECTION.performance);
    if (!text || !text.includes('涉及预算拨款')) return notApplicable('本模板的说明十（三）不列项目金额和个数');
    const amount = amountAfter(text, '涉及预算拨款');
    if (!amount) return notRun('说明十（三）的项目金额无法读取');
    const at = { kind: 'narrative' as const, section: SECTION.performance };
    const f3 = view.read('expenditure', functionTable);
    const project = f3 && pick(f3.t, f3.totalRow, f3.project);
    const out: Diagnostic[] = project ? checkEquations(this, [{ at, what: `涉及预算拨款 = ${view.label('expenditure')}项目支出小计`, actual: amount, expected: project.q, related: [project.at] }]) : [];
    const p = view.read('project-expenditure', projectExpenditureTable);
    if (!p) return out;
    const count = countAfter(text, '共', '个项目');
    if (count !== undefined && count !== p.projects.length)
      out.push(finding(this, at, `说明写共${count}个项目，项目支出预算表列有${p.projects.length}个`, { data: { expected: String(p.projects.length), actual: String(count) } }));
    const named = /选定(.+?)(?:等\d+个项目|项目)作为/.exec(text)?.[1];
    if (named && !p.projects.some((r) => r.name === named)) out.push(finding(this, at, `说明选定的重点项目“${named}”不在项目支出预算表中`));
    return out;
  },
};
