import { total } from './compare.js';
import { checkEquations } from './equations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { amountAfter } from './view/narrative.js';
import { SECTION } from './view/sections.js';

const description = '说明十（二）政府采购预算 = 货物 + 工程 + 服务';

/** N11 (spec §5.2) on figures. */
export const n11Input: InputRule = {
  id: 'N11',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f, at }) {
    const p = f.procurement;
    return checkEquations(this, [{ at: at(['procurement']), what: '政府采购预算 = 货物 + 工程 + 服务', expected: p.goods.plus(p.works).plus(p.services), actual: p.total }]);
  },
};

/** N11 (spec §5.2) as printed. */
export const n11Document: DocumentRule = {
  id: 'N11',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const text = view.section(SECTION.procurement);
    if (!text) return notRun('文档中没有说明十（二）');
    const all = amountAfter(text, '政府采购预算安排');
    const parts = ['政府采购货物预算', '政府采购工程预算', '政府采购服务预算'].map((l) => amountAfter(text, l));
    if (!all || parts.some((p) => !p)) return notRun('说明十（二）没有采购总额和三项金额');
    const at = { kind: 'narrative' as const, section: SECTION.procurement };
    return checkEquations(this, [{ at, what: '政府采购预算 = 货物 + 工程 + 服务', actual: all, expected: total(parts.map((p) => p!)) }]);
  },
};
