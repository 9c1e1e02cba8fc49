import type { Diagnostic } from '../model/diagnostic.js';
import { finding, notRun, type DocumentRule, type InputRule } from './rule.js';
import { countAfter } from './view/narrative.js';
import { SECTION } from './view/sections.js';

const description = '说明十（四）车辆总数 = 四类车辆之和；日期为上年期末';

/** N13 (spec §5.2) on input: vehiclesTotal = Σ the four counts. */
export const n13Input: InputRule = {
  id: 'N13',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ input, figures, at }) {
    const v = input.assets.vehicles;
    const sum = v.general + v.lawEnforcement + v.special + v.other;
    return sum === figures.vehiclesTotal ? [] : [finding(this, at(['assets', 'vehicles']), `车辆总数应为${sum}辆，计算得${figures.vehiclesTotal}辆`)];
  },
};

/** N13 (spec §5.2) as printed. */
export const n13Document: DocumentRule = {
  id: 'N13',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const text = view.section(SECTION.assets);
    const all = text ? countAfter(text, '共有车辆', '辆') : undefined;
    if (!text || all === undefined) return notRun('文档中没有说明十（四）的车辆数');
    const at = { kind: 'narrative' as const, section: SECTION.assets };
    const parts = ['一般公务用车', '一般执法执勤用车', '特种专业技术用车', '其他用车'].map((l) => countAfter(text, l, '辆') ?? 0);
    const sum = parts.reduce((a, b) => a + b, 0);
    const out: Diagnostic[] = [];
    if (sum !== all) out.push(finding(this, at, `共有车辆${all}辆，但四类车辆之和为${sum}辆`, { data: { expected: String(sum), actual: String(all) } }));
    const year = /^(\d{4})年期末/.exec(text)?.[1];
    if (year && Number(year) !== view.year - 1) out.push(finding(this, at, `资产日期应为${view.year - 1}年期末，实际为${year}年期末`));
    return out;
  },
};
