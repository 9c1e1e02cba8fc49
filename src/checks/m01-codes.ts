import type { ResolvedItem } from '../compute/items.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { LineItem } from '../model/schema.js';
import { finding, type InputContext, type InputRule } from './rule.js';

interface CodeField {
  field: 'func' | 'econ' | 'govEcon';
  label: string;
  nameField: 'funcName' | 'econName' | 'govEconName';
  known(ctx: InputContext, code: string): boolean;
}

const FIELDS: readonly CodeField[] = [
  { field: 'func', label: '功能分类科目', nameField: 'funcName', known: (c, code) => c.figures.codes.functional.has(code) },
  { field: 'econ', label: '部门预算支出经济分类科目', nameField: 'econName', known: (c, code) => c.figures.codes.deptEconomic.has(code) },
  { field: 'govEcon', label: '政府预算支出经济分类科目', nameField: 'govEconName', known: (c, code) => c.figures.codes.govEconomic.has(code) },
];

/**
 * M01 (spec §5.2, §6): 功能 code is a 项 of the code list (§6.1), 部门经济 (§6.2) and 政府经济 (§6.3) codes
 * are known. An unknown code whose name the input gives is a warning (the name printed comes from the
 * input); without a name the table would print a blank name: an error. No 政府经济 code at all is an error.
 */
export const m01: InputRule = {
  id: 'M01',
  layer: 'input',
  severity: 'error',
  tolerance: 'text',
  description: '功能分类、部门经济分类、政府经济分类科目编码在代码表中',
  run(ctx) {
    const out: Diagnostic[] = [];
    const seen = new Set<string>();
    for (const item of ctx.figures.items) {
      const raw = ctx.input.lineItems[item.index] as LineItem;
      for (const f of FIELDS) {
        const code = item[f.field];
        if (code === '') {
          out.push(finding(this, ctx.at(['lineItems', item.index, 'econ']), missingGov(item)));
          continue;
        }
        if (f.known(ctx, code) || seen.has(`${f.field}:${code}`)) continue;
        seen.add(`${f.field}:${code}`);
        const name = raw[f.nameField];
        const path = ['lineItems', item.index, f.field === 'govEcon' && item.govEconDefaulted ? 'econ' : f.field];
        out.push(
          name
            ? finding(this, ctx.at(path), `${f.label} ${code} 不在${ctx.input.year}年代码表中，表中名称“${name}”取自输入，请核对`, { severity: 'warning' })
            : finding(this, ctx.at(path), `${f.label} ${code} 不在${ctx.input.year}年代码表中，且输入未填写名称（${f.nameField}），表中该行将没有科目名称`),
        );
      }
    }
    return out;
  },
};

function missingGov(item: ResolvedItem): string {
  return `部门经济分类 ${item.econ} 在${item.unit.type}单位下没有默认的政府经济分类，请在该支出明细中填写 govEcon`;
}
