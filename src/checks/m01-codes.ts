import type { RetiredCode } from '../compute/codes.js';
import type { ResolvedItem } from '../compute/items.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { sum, type Decimal } from '../model/money.js';
import type { LineItem } from '../model/schema.js';
import { fieldAt } from './fields.js';
import { finding, type InputContext, type InputRule } from './rule.js';
import { nearestCode } from './suggest.js';

type ListKey = 'functional' | 'deptEconomic' | 'govEconomic';

interface CodeField {
  field: 'func' | 'econ' | 'govEcon';
  label: string;
  nameField: 'funcName' | 'econName' | 'govEconName';
  list: ListKey;
}

const FIELDS: readonly CodeField[] = [
  { field: 'func', label: '功能分类科目', nameField: 'funcName', list: 'functional' },
  { field: 'econ', label: '部门预算支出经济分类科目', nameField: 'econName', list: 'deptEconomic' },
  { field: 'govEcon', label: '政府预算支出经济分类科目', nameField: 'govEconName', list: 'govEconomic' },
];

/**
 * M01 (spec §5.2, §6): 功能 code is a 项 of the year's code list (§6.1), 部门经济 (§6.2) and 政府经济 (§6.3) codes
 * are known. A code retired before the budget year (data/codes/*-changes.json) is an error naming its
 * successor. An unknown code whose name the input gives is a warning (the name printed comes from the
 * input); without a name the table would print a blank name: an error. Each echoes the code as typed and
 * offers the nearest valid code with its name. No 政府经济 code at all is an error. A 功能 code whose 类 the
 * list lacks cannot be placed in the 01/04 类 rows: the finding carries that amount (data.amount), so the
 * relations it breaks are grouped under it.
 */
export const m01: InputRule = {
  id: 'M01',
  layer: 'input',
  severity: 'error',
  tolerance: 'text',
  description: '功能分类、部门经济分类、政府经济分类科目编码在当年代码表中（已停用的编码给出替代编码）',
  run(ctx) {
    const out: Diagnostic[] = [];
    const seen = new Set<string>();
    for (const item of ctx.figures.items) {
      const raw = ctx.input.lineItems[item.index] as LineItem;
      for (const f of FIELDS) {
        const code = item[f.field];
        if (code === '') {
          out.push(finding(this, ctx.at(['lineItems', item.index, 'econ']), missingGov(ctx, item)));
          continue;
        }
        const list = ctx.figures.codes[f.list];
        if (list.has(code) || seen.has(`${f.field}:${code}`)) continue;
        seen.add(`${f.field}:${code}`);
        const path = ['lineItems', item.index, f.field === 'govEcon' && item.govEconDefaulted ? 'econ' : f.field];
        const retired = ctx.figures.codes.retired[f.list].get(code);
        const misplaced = f.field === 'func' && !list.has(code.slice(0, 3)) ? amountOf(ctx, code) : undefined;
        const data = { typed: code, ...(misplaced ? { amount: misplaced.toFixed(2) } : {}) };
        if (retired) {
          out.push(finding(this, ctx.at(path), retiredMessage(f, retired, ctx.input.year), { data: { ...data, ...(retired.successor ? { suggestion: retired.successor } : {}) } }));
          continue;
        }
        const near = nearestCode(code, [...list.keys()].filter((c) => c.length === code.length));
        const suggestion = near ? `；是否应为 ${near} ${list.get(near) ?? ''}？` : '';
        const name = raw[f.nameField];
        const unknown = `${f.label}“${code}”不在${ctx.input.year}年代码表中`;
        const withSuggestion = { data: { ...data, ...(near ? { suggestion: near } : {}) } };
        out.push(
          name
            ? finding(this, ctx.at(path), `${unknown}，表中名称“${name}”取自输入，请核对${suggestion}`, { severity: 'warning', ...withSuggestion })
            : finding(this, ctx.at(path), `${unknown}，且未填写名称（${fieldAt(ctx, ['lineItems', item.index, f.nameField])}），表中该行将没有科目名称${suggestion}`, withSuggestion),
        );
      }
    }
    return out;
  },
};

/** `功能分类科目“2100501”（行政单位医疗）2019年起已停用：2024年应使用 2101101 行政单位医疗`. */
function retiredMessage(f: CodeField, r: RetiredCode, year: number): string {
  const instead = r.successor ? `：${year}年应使用 ${r.successor}${r.successorName ? ` ${r.successorName}` : ''}` : '';
  const why = r.successor || !r.note ? '' : `（${r.note}）`;
  return `${f.label}“${r.code}”${r.name ? `（${r.name}）` : ''}${r.lastYear + 1}年起已停用${why}${instead}`;
}

/** Σ of the line items with a 功能 code (what lands outside every 01/04 类 row). */
function amountOf(ctx: InputContext, func: string): Decimal {
  return sum(ctx.figures.items.filter((i) => i.func === func).map((i) => i.amount));
}

function missingGov(ctx: InputContext, item: ResolvedItem): string {
  return `部门经济分类 ${item.econ} 在${item.unit.type}单位下没有默认的政府经济分类，请在该支出明细中填写${fieldAt(ctx, ['lineItems', item.index, 'govEcon'], 'govEcon')}`;
}
