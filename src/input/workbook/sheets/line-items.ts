import { TERMS } from '../../../model/terms.js';
import { isObject, listAt } from '../json-path.js';
import { objectList } from '../place.js';
import type { DisplayColumn, SheetSpec, WriteContext } from '../spec.js';
import { CHOICES, NAMES } from './choices.js';

const NOT_LISTED = '（代码表中没有此编码，请在右侧填写名称）';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A display column showing a code's name: looked up on the code sheet, else the officer's own name column. */
function nameColumn(label: string, codeKey: string, nameKey: string, table: string, lookup: (ctx: WriteContext, code: string) => string | undefined): DisplayColumn {
  return {
    display: true,
    label,
    width: 26,
    formula: (_row, c) => `IF(${c[codeKey]}="","",IFERROR(VLOOKUP(${c[codeKey]},${table},2,FALSE),IF(${c[nameKey]}<>"",${c[nameKey]},"${NOT_LISTED}")))`,
    result: (r, ctx) => {
      const code = str(r[codeKey]);
      if (!code) return '';
      return lookup(ctx, code) ?? (str(r[nameKey]) || NOT_LISTED);
    },
  };
}

function unitTypeOf(ctx: WriteContext, code: string): string {
  const unit = listAt(ctx.data, ['units']).find((u) => isObject(u) && u.code === code);
  return isObject(unit) && unit.type === '事业' ? '事业' : '行政';
}

/** 政府经济 shown beside its input: the entered code's name, or the default the crosswalk gives for the unit type. */
const govEconDisplay: DisplayColumn = {
  display: true,
  label: '政府经济科目（自动显示，含默认对应）',
  width: 30,
  formula: (_row, c) => {
    const type = `IF(IFERROR(VLOOKUP(${c.unit},${NAMES.unitTable},3,FALSE),"行政")="事业",3,2)`;
    const fallback = `VLOOKUP(${c.econ},${NAMES.crosswalk},${type},FALSE)`;
    const entered = `IFERROR(VLOOKUP(${c.govEcon},${NAMES.govEconTable},2,FALSE),IF(${c.govEconName}<>"",${c.govEconName},"${NOT_LISTED}"))`;
    const byDefault = `IFERROR("默认 "&${fallback}&" "&IFERROR(VLOOKUP(${fallback},${NAMES.govEconTable},2,FALSE),""),"（无默认对应，请填写政府经济编码）")`;
    return `IF(${c.econ}="","",IF(${c.govEcon}<>"",${entered},${byDefault}))`;
  },
  result: (r, ctx) => {
    const econ = str(r.econ);
    if (!econ) return '';
    const gov = str(r.govEcon);
    if (gov) return ctx.govEconName(gov) ?? (str(r.govEconName) || NOT_LISTED);
    const fallback = ctx.defaultGovEcon(unitTypeOf(ctx, str(r.unit)), econ);
    return fallback ? `默认 ${fallback} ${ctx.govEconName(fallback) ?? ''}` : '（无默认对应，请填写政府经济编码）';
  },
};

/** 支出明细: one line item per row (spec §4.1) — the finest grain every table is summed from. */
export const lineItemsSheet: SheetSpec = {
  name: '支出明细',
  purpose: '支出明细，每行一笔：单位 × 功能科目 × 经济科目 × 基本/项目 × 资金来源的金额（万元）。所有预算表都由此汇总。',
  blocks: [
    {
      kind: 'table',
      path: ['lineItems'],
      spare: 400,
      ...objectList(['lineItems'], true),
      columns: [
        { key: 'unit', label: TERMS.unitCode, kind: 'code', list: NAMES.unitCodes, required: true, width: 12 },
        { key: 'func', label: '功能科目编码', kind: 'code', list: NAMES.funcCodes, listOpen: true, required: true, width: 14, hint: '7位“项”级编码，例如 2010301；可从下拉列表选择。' },
        nameColumn('功能科目名称（自动显示）', 'func', 'funcName', NAMES.funcTable, (ctx, code) => ctx.funcName(code)),
        { key: 'econ', label: '经济科目编码', kind: 'code', list: NAMES.econCodes, listOpen: true, required: true, width: 14, hint: '部门预算支出经济分类5位“款”级编码，例如 30101。' },
        nameColumn('经济科目名称（自动显示）', 'econ', 'econName', NAMES.econTable, (ctx, code) => ctx.econName(code)),
        { key: 'govEcon', label: '政府经济编码', kind: 'code', list: NAMES.govEconCodes, listOpen: true, width: 14, hint: '可不填：按单位类型自动对应（右侧显示默认值）；与默认不同时才填写。' },
        govEconDisplay,
        { key: 'kind', label: TERMS.kind, kind: 'enum', choices: CHOICES.kind, required: true, width: 10 },
        { key: 'project', label: TERMS.projectCode, kind: 'code', list: NAMES.projectCodes, width: 26, hint: '项目支出必填，须是“项目”表中的编码；基本支出不填。' },
        { key: 'source', label: TERMS.source, kind: 'enum', choices: CHOICES.fundSources, list: NAMES.fundSources, width: 26, hint: '可不填：默认“一般公共预算.财政拨款”。' },
        { key: 'amount', label: '金额（万元）', kind: 'money', required: true, width: 14 },
        { key: 'funcName', label: '功能科目名称（代码表没有时填写）', kind: 'text', width: 30 },
        { key: 'econName', label: '经济科目名称（代码表没有时填写）', kind: 'text', width: 30 },
        { key: 'govEconName', label: '政府经济科目名称（代码表没有时填写）', kind: 'text', width: 32 },
      ],
    },
  ],
};
