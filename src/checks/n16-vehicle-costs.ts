import type { Diagnostic } from '../model/diagnostic.js';
import { finding, notApplicable, notRun, type DocumentRule, type InputRule } from './rule.js';
import { wan } from './locations.js';
import { countAfter } from './view/narrative.js';
import { SECTION } from './view/sections.js';
import { amountAt } from './view/table-equations.js';

const description = '有公务用车运行维护费（30231）时应有一般公务用车或执法执勤用车；公务用车购置费应有说明';

/** N16 (spec §5.2, W) on input: 30231 > 0 ⇒ vehicles; 公务用车购置 > 0 ⇒ a reason mentions it. */
export const n16Input: InputRule = {
  id: 'N16',
  layer: 'input',
  severity: 'warning',
  tolerance: 'exact',
  description,
  run({ input, figures: f, at }) {
    const out: Diagnostic[] = [];
    const v = input.assets.vehicles;
    const ops = f.threePublic.vehicleOps;
    if (ops.gt(0) && v.general + v.lawEnforcement === 0)
      out.push(finding(this, at(['assets', 'vehicles']), `安排公务用车运行维护费${wan(ops)}，但一般公务用车和一般执法执勤用车均为0辆`));
    const purchase = f.threePublic.vehiclePurchase;
    const reasons = Object.values(input.reasons).filter((r): r is string => typeof r === 'string');
    if (purchase.gt(0) && !reasons.some((r) => r.includes('购置') || r.includes('公务用车') || r.includes('车辆')))
      out.push(finding(this, at(['reasons']), `安排公务用车购置费${wan(purchase)}，主要原因中没有说明购置公务用车的原因`));
    return out;
  },
};

/** N16 (spec §5.2, W) as printed: 08 运行费 > 0 while 十(四) counts no 一般公务用车 or 执法执勤用车. */
export const n16Document: DocumentRule = {
  id: 'N16',
  layer: 'document',
  severity: 'warning',
  tolerance: 'exact',
  description,
  tables: ['three-public-costs'],
  run(view) {
    const t = view.table('three-public-costs');
    const text = view.section(SECTION.assets);
    const col = t?.col('vehicleOps');
    if (!t || col === undefined) return notRun('“三公”经费预算表缺少公务用车运行费列');
    if (!text) return notApplicable('本模板的说明没有十（四）');
    const row = t.row('total');
    const ops = row === undefined ? undefined : amountAt(t, row, col);
    if (!ops || ops.value.isZero()) return [];
    const cars = (countAfter(text, '一般公务用车', '辆') ?? 0) + (countAfter(text, '一般执法执勤用车', '辆') ?? 0);
    return cars > 0 ? [] : [finding(this, t.at(row as number, col), `${t.table.label}公务用车运行费${ops.value.toFixed(2)}万元，但说明十（四）一般公务用车和一般执法执勤用车均为0辆`, { related: [{ kind: 'narrative', section: SECTION.assets }] })];
  },
};
