import type { Diagnostic } from '../model/diagnostic.js';
import type { LineItem, Project } from '../model/schema.js';
import { fieldAt } from './fields.js';
import { finding, type InputRule } from './rule.js';
import { nearestCode } from './suggest.js';

/**
 * I02 (reference integrity): a 项目 item names a listed project of its own unit; a 基本 item names none
 * (its project would be ignored: warning).
 */
export const i02: InputRule = {
  id: 'I02',
  layer: 'input',
  severity: 'error',
  tolerance: 'text',
  description: '项目支出明细必须指向本单位已列出的项目；基本支出明细不应指向项目',
  run({ input, at }) {
    const projects = new Map(input.projects.map((p) => [p.code, p]));
    const withItems = new Set(input.lineItems.flatMap((i) => (i.kind === '项目' && i.project && projects.has(i.project) ? [i.project] : [])));
    const out: Diagnostic[] = [];
    input.lineItems.forEach((item, i) => {
      const problem = problemOf(item, projects, () => fieldAt({ at }, ['lineItems', i, 'project'], '项目编码'));
      if (!problem) return;
      if (problem.unknown === undefined) {
        out.push(finding(this, at(['lineItems', i, problem.field]), problem.message, problem.warning ? { severity: 'warning' } : {}));
        return;
      }
      // a project without items of its own is the likeliest meant; its T17 finding follows from this one
      const near = nearestCode(problem.unknown, [...projects.keys()].filter((c) => !withItems.has(c))) ?? nearestCode(problem.unknown, projects.keys());
      const name = near ? projects.get(near)?.name : undefined;
      out.push(
        finding(this, at(['lineItems', i, 'project']), `${problem.message}${near ? `；是否应为 ${near}${name ? ` ${name}` : ''}？` : ''}`, {
          data: { typed: problem.unknown, amount: item.amount.toFixed(2), ...(near ? { suggestion: near, implies: [`project:${near}`] } : {}) },
        }),
      );
    });
    return out;
  },
};

/** What is wrong with one item's project reference; its amount and field name are worked out only for a finding. */
function problemOf(item: LineItem, projects: ReadonlyMap<string, Project>, projectField: () => string): { field: string; message: string; warning?: boolean; unknown?: string } | undefined {
  const amount = () => `${item.amount.toFixed(2)}万元`;
  if (item.kind === '基本')
    return item.project ? { field: 'project', message: `基本支出明细（${item.func} ${item.econ} ${amount()}）填写了项目 ${item.project}，项目将被忽略`, warning: true } : undefined;
  if (!item.project) return { field: 'project', message: `项目支出明细（${item.func} ${item.econ} ${amount()}）没有填写${projectField()}` };
  const project = projects.get(item.project);
  if (!project) return { field: 'project', message: `项目支出明细指向的项目“${item.project}”不在项目列表中（${amount()}）`, unknown: item.project };
  if (project.unit !== item.unit)
    return { field: 'unit', message: `项目“${project.name}”属于单位 ${project.unit}，但这笔支出明细（${amount()}）填在单位 ${item.unit}` };
  return undefined;
}
