import * as z from 'zod';
import { sum } from '../../model/money.js';
import { PROCUREMENT_CATEGORIES, type ProcurementCategory } from '../../model/schema-matters.js';
import { factCell, factSum } from './fact-cells.js';
import type { BodyRow, ColumnSpec, TableContext, TableSpec } from './spec.js';
import { flagOption, tableOptions } from './spec.js';

/** The category totals each 货物/工程/服务 row prints, by input field (spec §2.9). */
const CATEGORY_FIELDS: Readonly<Record<ProcurementCategory, 'goods' | 'works' | 'services'>> = { 货物: 'goods', 工程: 'works', 服务: 'services' };

function columns(ctx: TableContext): ColumnSpec[] {
  return [
    { key: 'name', header: ['采购项目'], kind: 'label', minWidth: 30 },
    { key: 'category', header: ['采购类别'], kind: 'text', minWidth: 10 },
    { key: 'amount', header: ['采购预算金额'], kind: 'amount', minWidth: 14 },
    ...(flagOption(ctx, 'smeColumn', true) ? [{ key: 'sme', header: ['其中：面向中小企业预留'], kind: 'amount' as const, minWidth: 14 }] : []),
  ];
}

/** 合计, then each category with its amount and, under it, its items when the input lists them. */
function rows(ctx: TableContext): BodyRow[] {
  const p = ctx.input.procurement;
  const parts = (['goods', 'works', 'services'] as const).map((k) => `procurement.${k}`);
  const sme = flagOption(ctx, 'smeColumn', true);
  const listed = flagOption(ctx, 'items', true) ? (p.items ?? []).map((item, index) => ({ item, index })) : [];
  const out: BodyRow[] = [
    {
      key: 'total',
      bold: true,
      cells: { name: '合计', amount: factSum(sum([p.goods, p.works, p.services]), '货物 + 工程 + 服务', parts), ...(sme ? { sme: factCell(p.smeReserved, 'procurement.smeReserved') } : {}) },
    },
  ];
  for (const category of PROCUREMENT_CATEGORIES) {
    const field = CATEGORY_FIELDS[category];
    out.push({ key: `category:${field}`, cells: { name: `${category}类`, category, amount: factCell(p[field], `procurement.${field}`) } });
    for (const { item, index } of listed.filter((l) => l.item.category === category)) {
      const at = `procurement.items[${index}]`;
      out.push({
        key: `item:${index + 1}`,
        cells: { name: { text: item.name, source: { formula: '填报数据', inputs: [`${at}.name`] } }, category, amount: factCell(item.amount, `${at}.amount`), ...(sme ? { sme: factCell(item.smeReserved, `${at}.smeReserved`) } : {}) },
      });
    }
  }
  return out;
}

/**
 * 政府采购预算明细表 (variations.md §14: LC 2023 政府采购预算表(公开10表)): 合计 = 货物 + 工程 + 服务 as typed, each
 * category, and under it the items of `procurement.items`; the 中小企业 column prints `procurement.smeReserved` on
 * 合计 and each item's own share. Options `items` (list the items, default yes) and `smeColumn` (default yes).
 */
export const procurementDetail: TableSpec = {
  key: 'procurement-detail',
  columns,
  rows,
  isEmpty: (ctx) => {
    const p = ctx.input.procurement;
    return sum([p.goods, p.works, p.services]).isZero() && (p.items ?? []).length === 0;
  },
  optionsSchema: tableOptions({
    items: z.boolean().optional().meta({ description: '是否在各采购类别下列出填报的采购项目（procurement.items）（默认是）' }),
    smeColumn: z.boolean().optional().meta({ description: '是否印“其中：面向中小企业预留”一列（默认是）' }),
  }),
};
