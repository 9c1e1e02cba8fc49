import { codeListsFor } from '../src/compute/codes.js';
import type { Random } from './random.js';

type UnitType = '行政' | '事业';

/** [功能 项, 部门经济] pairs of a unit's 基本 spending, in the order budget offices enter them (spec §6.1–6.2). */
const BASIC: Record<UnitType, [string, string][]> = {
  行政: [
    ['2010301', '30101'], ['2010301', '30102'], ['2010301', '30103'], ['2010301', '30107'], ['2080505', '30108'],
    ['2101101', '30110'], ['2010301', '30112'], ['2210201', '30113'], ['2010301', '30199'], ['2010301', '30201'],
    ['2010301', '30202'], ['2010301', '30205'], ['2010301', '30206'], ['2010301', '30207'], ['2010301', '30211'],
    ['2010301', '30213'], ['2010301', '30215'], ['2010301', '30216'], ['2010301', '30217'], ['2010301', '30228'],
    ['2010301', '30229'], ['2010301', '30231'], ['2010301', '30239'], ['2010301', '30299'], ['2080501', '30302'],
    ['2080501', '30305'],
  ],
  事业: [
    ['2010350', '30101'], ['2010350', '30102'], ['2010350', '30107'], ['2080505', '30108'], ['2101102', '30110'],
    ['2010350', '30112'], ['2210201', '30113'], ['2010350', '30199'], ['2010350', '30201'], ['2010350', '30202'],
    ['2010350', '30205'], ['2010350', '30206'], ['2010350', '30207'], ['2010350', '30211'], ['2010350', '30213'],
    ['2010350', '30216'], ['2010350', '30228'], ['2010350', '30229'], ['2010350', '30299'], ['2080502', '30302'],
    ['2080502', '30305'],
  ],
};

/** 部门经济 codes that project spending uses (302 goods and services, 303 grants, 309/310 capital). */
const PROJECT_ECON = [
  '30201', '30202', '30205', '30206', '30207', '30209', '30211', '30213', '30214', '30215', '30216', '30217',
  '30226', '30227', '30231', '30299', '30305', '30399', '30907', '31002', '31099',
];

/** 功能 类 a department's projects plausibly spread over. */
const PROJECT_CLASSES = ['201', '204', '205', '206', '207', '208', '210', '211', '212', '213', '221'];

/** The codes a synthetic budget draws from, every one present in data/codes for the year. */
export interface CodePool {
  basic: Record<UnitType, [string, string][]>;
  projectEcon: string[];
  projectFunc: string[];
}

/** Builds the pool: the fixed lists above filtered by the year's code lists, plus `funcCount` 项 codes sampled from them. */
export function codePool(year: number, funcCount: number, random: Random): CodePool {
  const lists = codeListsFor(year);
  const known = (func: string, econ: string) => lists.functional.has(func) && lists.deptEconomic.has(econ);
  const mapped = (econ: string) => lists.crosswalk.行政.has(econ) && lists.crosswalk.事业.has(econ);
  const basic = {
    行政: BASIC.行政.filter(([f, e]) => known(f, e) && mapped(e)),
    事业: BASIC.事业.filter(([f, e]) => known(f, e) && mapped(e)),
  };
  const projectEcon = PROJECT_ECON.filter((e) => lists.deptEconomic.has(e) && mapped(e));
  const candidates = [...lists.functional.keys()].filter((c) => c.length === 7 && PROJECT_CLASSES.includes(c.slice(0, 3)));
  const projectFunc = ['2010302', '2010350'].filter((c) => lists.functional.has(c));
  while (projectFunc.length < Math.min(funcCount, candidates.length)) {
    const code = random.pick(candidates);
    if (!projectFunc.includes(code)) projectFunc.push(code);
  }
  if (basic.行政.length < 5 || basic.事业.length < 5 || projectEcon.length < 5) throw new Error('data/codes lacks the common codes');
  return { basic, projectEcon, projectFunc };
}
