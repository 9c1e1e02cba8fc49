import type { Diagnostic } from '../model/diagnostic.js';
import { agrees, decimalString, type Quantity } from './compare.js';
import { finding, notRun, type DocumentRule, type InputRule } from './rule.js';
import { projectExpenditureTable, projectPerformanceTable } from './view/project-tables.js';
import { amountAt } from './view/table-equations.js';

const description = '项目绩效目标表与项目支出预算表列出同样的项目（名称相同）且金额相等';

/** X14 (spec §5.2) on figures: both tables are built from one project list, which holds each input project once. */
export const x14Input: InputRule = {
  id: 'X14',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['project-expenditure', 'project-performance'],
  run({ input, figures, at }) {
    const listed = new Map<string, number>();
    for (const p of figures.projects) listed.set(p.project.code, (listed.get(p.project.code) ?? 0) + 1);
    const expected = new Map<string, number>();
    for (const p of input.projects) expected.set(p.code, (expected.get(p.code) ?? 0) + 1);
    return input.projects.flatMap((p, i) =>
      listed.get(p.code) === expected.get(p.code) ? [] : [finding(this, at(['projects', i]), `项目 ${p.code} 在项目表中出现 ${listed.get(p.code) ?? 0} 次，应为 ${expected.get(p.code) ?? 0} 次`)],
    );
  },
};

/** X14 (spec §5.2) as printed: projects matched by name; 002's one-decimal `41.1` vs `41.05` agrees within rounding (P03 reports the format). */
export const x14Document: DocumentRule = {
  id: 'X14',
  layer: 'document',
  severity: 'error',
  tolerance: 'rounded',
  description,
  tables: ['project-expenditure', 'project-performance'],
  run(view) {
    const e = view.read('project-expenditure', projectExpenditureTable);
    const p = view.read('project-performance', projectPerformanceTable);
    if (!e || !p) return notRun('项目支出预算表或项目绩效目标表缺少资金列');
    // A row is named only for a finding (naming it reads the labels left of it).
    const spent = e.projects.map((r) => ({ name: r.name, q: amountAt(e.t, r.row, e.total), get at() { return e.t.at(r.row, e.total); } }));
    const goals = p.rows.filter((r) => !r.aggregate).map((r) => ({ name: r.name, q: amountAt(p.t, r.row, p.total), get at() { return p.t.at(r.row, p.total); } }));
    const out: Diagnostic[] = [];
    for (const g of goals) {
      const k = spent.findIndex((s) => s.name === g.name && s.q && g.q && agrees(s.q, g.q));
      const sameName = spent.findIndex((s) => s.name === g.name);
      if (k >= 0) spent.splice(k, 1);
      else if (sameName >= 0) {
        const s = spent.splice(sameName, 1)[0]!;
        out.push(amountMismatch(this, g, s));
      } else out.push(finding(this, g.at, `项目“${g.name}”在项目绩效目标表中，但不在项目支出预算表中`));
    }
    for (const s of spent) out.push(finding(this, s.at, `项目“${s.name}”在项目支出预算表中，但不在项目绩效目标表中`, { related: [{ kind: 'table', key: p.t.key, table: p.t.id }] }));
    return out;
  },
};

function amountMismatch(rule: DocumentRule, g: { name: string; q: Quantity | undefined; at: Diagnostic['at'] }, s: { q: Quantity | undefined; at: Diagnostic['at'] }): Diagnostic {
  const a = g.q?.value.toFixed() ?? '?';
  const b = s.q?.value.toFixed() ?? '?';
  return finding(rule, g.at, `项目“${g.name}”在项目绩效目标表中为${a}万元，项目支出预算表中为${b}万元`, {
    related: [s.at],
    data: { expected: s.q ? decimalString(s.q.value) : '', actual: g.q ? decimalString(g.q.value) : '' },
  });
}
