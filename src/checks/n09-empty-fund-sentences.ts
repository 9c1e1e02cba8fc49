import type { Diagnostic } from '../model/diagnostic.js';
import { finding, notApplicable, type DocumentRule } from './rule.js';
import { functionTable } from './view/budget03.js';
import { SECTION } from './view/sections.js';

const PAIRS = [
  [SECTION.govFund, 'gov-fund-expenditure', '无政府性基金预算拨款安排的支出'],
  [SECTION.stateCapital, 'state-capital-expenditure', '无国有资本经营预算拨款安排的支出'],
] as const;

/** N09 (spec §5.2, §2.8): 八/九 say "无…" exactly when 09/10 have no rows. */
export const n09: DocumentRule = {
  id: 'N09',
  layer: 'document',
  severity: 'error',
  tolerance: 'text',
  description: '说明八、九写“无…预算拨款安排的支出”当且仅当政府性基金、国有资本经营支出预算表无数据',
  anyTables: ['gov-fund-expenditure', 'state-capital-expenditure'],
  run(view) {
    const out: Diagnostic[] = [];
    let checked = 0;
    for (const [section, kind, words] of PAIRS) {
      const text = view.section(section);
      const f = view.read(kind, functionTable);
      if (text === undefined || !f) continue;
      checked++;
      const saysNone = text.includes(words);
      const empty = f.itemRows.length === 0;
      if (saysNone === empty) continue;
      const message = saysNone ? `说明写“${words}”，但${f.t.table.label}列有支出` : `${f.t.table.label}无数据，但说明没有写“${words}”`;
      out.push(finding(this, { kind: 'narrative', section }, message, { related: [{ kind: 'table', key: f.t.key, table: f.t.id }] }));
    }
    return checked === 0 ? notApplicable('本模板的说明没有八、九') : out;
  },
};
