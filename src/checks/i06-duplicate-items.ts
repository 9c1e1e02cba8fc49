import type { Diagnostic } from '../model/diagnostic.js';
import { formatLocation } from '../model/diagnostic.js';
import type { LineItem } from '../model/schema.js';
import { wan } from './locations.js';
import { finding, type InputRule } from './rule.js';

/** Fields that tell two line items apart beyond the codes and the amount, with how a message names them. */
const OTHER_FIELDS: readonly [keyof LineItem, string][] = [
  ['kind', '基本/项目'],
  ['govEcon', '政府经济编码'],
  ['source', '资金来源'],
  ['funcName', '功能科目名称'],
  ['econName', '经济科目名称'],
  ['govEconName', '政府经济科目名称'],
];

/** Same unit, 功能 and 经济 codes, project and amount: what a copied row keeps. */
function nearKey(item: LineItem): string {
  return [item.unit, item.func, item.econ, item.project ?? '', item.amount.toFixed(2)].join('|');
}

/**
 * I06 (issue 15): a line item entered twice. Rows identical in every field are an error (two real items with
 * the same codes and source are one row with their sum, so the document is the same after merging); rows
 * with the same unit, codes, project and amount that differ only in other fields (the source, a name) are a
 * warning. Each is reported at the later row, naming the earlier one. Zero rows are left alone.
 */
export const i06: InputRule = {
  id: 'I06',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description: '支出明细没有重复录入的行（编码和金额都相同）',
  run({ input, at }) {
    const first = new Map<string, number>();
    const out: Diagnostic[] = [];
    input.lineItems.forEach((item, i) => {
      if (item.amount.isZero()) return; // a zero row changes no figure, twice or not
      const key = nearKey(item);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, i);
        return;
      }
      const other = input.lineItems[earlier] as LineItem;
      const differ = OTHER_FIELDS.filter(([k]) => (item[k] ?? '') !== (other[k] ?? '')).map(([, label]) => label);
      const where = formatLocation(at(['lineItems', earlier]));
      const what = `${item.unit} ${item.func}/${item.econ}${item.project ? ` ${item.project}` : ''} ${wan(item.amount)}`;
      // the amount counted twice: control totals off by exactly it follow from this finding
      const related = { related: [at(['lineItems', earlier])], data: { amount: item.amount.toFixed(2) } };
      out.push(
        differ.length === 0
          ? finding(this, at(['lineItems', i]), `这一笔支出明细（${what}）与 ${where} 的一笔完全相同：是否重复录入？如确是两笔，请合并为一行填写合计金额`, related)
          : finding(this, at(['lineItems', i]), `这一笔支出明细（${what}）与 ${where} 的一笔编码和金额都相同，只有${differ.join('、')}不同：是否重复录入？请核对`, { ...related, severity: 'warning' }),
      );
    });
    return out;
  },
};
