import { sum } from '../../model/money.js';
import { factCell, factSum } from './fact-cells.js';
import type { BodyRow, ColumnSpec, TableSpec } from './spec.js';
import { tableOptions } from './spec.js';

const COLUMNS: ColumnSpec[] = [
  { key: 'name', header: ['购买服务项目'], kind: 'label', minWidth: 30 },
  { key: 'category', header: ['服务类别'], kind: 'text', minWidth: 14 },
  { key: 'source', header: ['资金来源'], kind: 'text', minWidth: 14 },
  { key: 'amount', header: ['金额'], kind: 'amount', minWidth: 14 },
];

const typed = (text: string | undefined, path: string) => (text === undefined ? undefined : { text, source: { formula: '填报数据', inputs: [path] } });

/**
 * 政府购买服务预算表 (variations.md §1, §14: RA 2019 "十一 政府购买服务预算表"): 合计, then one row per item of
 * `purchaseOfServices` in input order, each amount as typed (`—` when published blank).
 */
export const purchaseOfServices: TableSpec = {
  key: 'purchase-of-services',
  columns: () => COLUMNS,
  rows(ctx) {
    const list = ctx.input.purchaseOfServices ?? [];
    const paths = list.map((_, i) => `purchaseOfServices[${i}].amount`);
    const rows: BodyRow[] = [{ key: 'total', bold: true, cells: { name: '合计', amount: factSum(sum(list.map((s) => s.amount)), 'Σ 购买服务金额', paths) } }];
    list.forEach((s, i) => {
      const at = `purchaseOfServices[${i}]`;
      rows.push({
        key: `service:${i + 1}`,
        cells: { name: typed(s.name, `${at}.name`), category: typed(s.category, `${at}.category`), source: typed(s.source, `${at}.source`), amount: factCell(s.amount, `${at}.amount`) },
      });
    });
    return rows;
  },
  isEmpty: (ctx) => (ctx.input.purchaseOfServices ?? []).length === 0,
  optionsSchema: tableOptions(),
};
