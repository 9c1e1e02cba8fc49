import { relationRule } from './relations/engine.js';
import type { Relation } from './relations/relation.js';
import { SECTION } from './view/sections.js';

/** Narrative phrase → the 08 column it states (the 08 header says 运行费, the narrative 运行维护费: spec §3.8). */
const ITEMS: readonly [string, string, string][] = [
  ['“三公”经费支出预算为', 'total', '“三公”经费'],
  ['因公出国（境）费', 'abroad', '因公出国（境）费'],
  ['公务接待费', 'reception', '公务接待费'],
  ['公务用车购置及运行费', 'vehicles', '公务用车购置及运行费'],
  ['公务用车购置费', 'vehiclePurchase', '公务用车购置费'],
  ['公务用车运行维护费', 'vehicleOps', '公务用车运行维护费'],
];

/** N08 (spec §5.2, §2.7): 七 amounts = 08 cells (an empty 08 prints no row: zeros). */
export const n08 = relationRule({
  id: 'N08',
  severity: 'error',
  tolerance: 'exact',
  description: '说明七的“三公”经费各项金额 = “三公”经费预算表对应单元格',
  relations: ITEMS.map(([after, column, words]): Relation => ({
    what: `说明七的${words} = {three-public-costs}`,
    left: { section: SECTION.threePublic, after },
    right: { table: 'three-public-costs', row: { key: 'total' }, column },
  })),
});
