import type { Diagnostic } from '../model/diagnostic.js';
import type { Project } from '../model/schema.js';
import { TERMS } from '../model/terms.js';
import { codeAt } from './char-code.js';
import { projectName } from './locations.js';
import { finding, type InputRule } from './rule.js';

const CATEGORIES = ['cost', 'output', 'effect', 'satisfaction'] as const;
type Category = (typeof CATEGORIES)[number];
const BARE_NUMBER = /^[\d.,，%％\s]+$/;

/** A value that is a number and nothing else: no unit, no %, no ≥/≤ (000-10: `无经济效益` `1`). */
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * Words every kind of project uses for its spending (经费, 服务, 维护 …): a shared indicator naming one of them says
 * nothing about which project it was written for.
 */
const GENERIC_WORDS = new Set(['经费', '费用', '项目', '资金', '专项', '工作', '服务', '支出', '补助', '保障', '运行', '维护', '管理', '建设']);

interface Placed {
  project: number;
  category: Category;
  index: number;
}

/** An indicator as printed, with where it sits. */
type Shown = Placed & { name: string; value: string };

/** An indicator found word for word in one other project, whose name alone holds `word` of it. */
interface Copied {
  at: Shown;
  from: Shown;
  word: string;
}

/** Every indicator in order, with where it sits. */
function indicators(projects: readonly Project[]): Shown[] {
  const out: Shown[] = [];
  projects.forEach((p, project) => {
    for (const category of CATEGORIES) p.indicators[category].forEach((ind, index) => out.push({ project, category, index, name: ind.name, value: ind.value }));
  });
  return out;
}

/** A two-character word of 汉字 (U+4E00–U+9FFF) as one small integer, or -1 when the pair at `i` is not one. */
function wordAt(text: string, i: number): number {
  const a = codeAt(text, i) - 0x4e00;
  const b = codeAt(text, i + 1) - 0x4e00;
  return a >= 0 && a < HAN && b >= 0 && b < HAN ? a * HAN + b : -1;
}

const HAN = 0xa000 - 0x4e00;

/** The two-character Chinese words of a text (every adjacent pair of 汉字), each once, in order. */
function words(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 <= text.length; i++) {
    const w = wordAt(text, i);
    if (w >= 0 && !out.includes(w)) out.push(w);
  }
  return out;
}

function wordText(word: number): string {
  return String.fromCharCode(0x4e00 + Math.floor(word / HAN), 0x4e00 + (word % HAN));
}

const GENERIC = new Set([...GENERIC_WORDS].map((w) => wordAt(w, 0)));

/** An indicator that states an absence (`无经济效益`, not a rate such as `无故障率`) whose value is a bare number. */
function absenceWithNumber(name: string, value: string): boolean {
  return name.trim().startsWith('无') && !/率$/.test(name.trim()) && PLAIN_NUMBER.test(value.trim());
}

/**
 * Indicators copied from another project (000-10: 市民之家物业管理服务费's `印刷品合格率 100%`, from 印刷费): the same
 * 三级指标 and 指标值, word for word, in exactly two projects, with a word of the indicator (印刷) that no project's
 * name holds but the other one's. Indicators shared by three or more projects are generic and not judged.
 */
function copiedIndicators(projects: readonly Project[], shown: readonly Shown[]): Copied[] {
  // Grouped by name, then value (no key string made per indicator); `groups` keeps the order of first appearance.
  const byName = new Map<string, Map<string, Shown[]>>();
  const groups: Shown[][] = [];
  for (const ind of shown) {
    const name = ind.name.trim();
    const value = ind.value.trim();
    let byValue = byName.get(name);
    if (!byValue) byName.set(name, (byValue = new Map()));
    const same = byValue.get(value);
    if (same) same.push(ind);
    else {
      const group = [ind];
      byValue.set(value, group);
      groups.push(group);
    }
  }
  const out: Copied[] = [];
  let namedBy: Map<number, number> | undefined;
  for (const group of groups) {
    if (group.length !== 2) continue;
    const [a, b] = group as [Shown, Shown];
    if (a.project === b.project) continue;
    namedBy ??= onlyNamedBy(projects);
    const own = words(a.name);
    const both: [Shown, Shown][] = [[a, b], [b, a]];
    for (const [at, from] of both) {
      const word = own.find((w) => !GENERIC.has(w) && namedBy?.get(w) === from.project);
      if (word !== undefined) out.push({ at, from, word: wordText(word) });
    }
  }
  return out;
}

/**
 * For each two-character Chinese word of the project names, the one project whose name holds it (-1 when several
 * do): a lookup per word instead of a pass over every name (which made 2,000 projects with copied indicators
 * quadratic). Only words of 汉字 are ever looked up.
 */
function onlyNamedBy(projects: readonly Project[]): Map<number, number> {
  const namedBy = new Map<number, number>();
  projects.forEach((p, k) => {
    for (let i = 0; i + 2 <= p.name.length; i++) {
      const w = wordAt(p.name, i);
      if (w < 0) continue;
      const seen = namedBy.get(w);
      namedBy.set(w, seen === undefined || seen === k ? k : -1);
    }
  });
  return namedBy;
}

/**
 * P02 (spec §5.2, §5.3 000-10, W): a 三级指标 is not a bare number (000's `321.90`, `5`); every 指标值 is non-empty; an
 * indicator stating an absence (`无经济效益`) has no bare number as its value; an indicator is not copied from the one
 * other project whose name holds its distinctive word (`印刷品合格率` in 市民之家物业管理服务费, from 印刷费).
 */
export const p02: InputRule = {
  id: 'P02',
  layer: 'input',
  severity: 'warning',
  tolerance: 'text',
  description: '三级指标名称不能是单纯的数字；指标值不能为空；“无…”指标的指标值不能是单纯的数字；指标不应照抄自其他项目',
  run({ input, at }) {
    const out: Diagnostic[] = [];
    const path = (p: Placed, field: 'name' | 'value') => ['projects', p.project, 'indicators', p.category, p.index, field];
    const named = (i: number) => projectName(input.projects[i] ?? { name: '', code: '' });
    const shown = indicators(input.projects);
    for (const ind of shown) {
      const label = () => `项目${named(ind.project)}的${TERMS[ind.category]}`; // named only in a finding
      if (BARE_NUMBER.test(ind.name)) out.push(finding(this, at(path(ind, 'name')), `${label()}三级指标名称是数字“${ind.name}”，应为指标名称（指标值为“${ind.value}”）`));
      if (ind.value.trim() === '') out.push(finding(this, at(path(ind, 'value')), `${label()}“${ind.name}”没有指标值`));
      else if (absenceWithNumber(ind.name, ind.value))
        out.push(finding(this, at(path(ind, 'value')), `${label()}“${ind.name}”的指标值是单纯的数字“${ind.value}”，而指标名称说的是“无”：指标值应写明所衡量的内容（如“无”“不适用”），或删去该指标`));
    }
    for (const { at: copy, from, word } of copiedIndicators(input.projects, shown)) {
      const message = `项目${named(copy.project)}的${TERMS[copy.category]}“${copy.name}”（指标值为“${copy.value}”）与项目${named(from.project)}的指标逐字相同，“${word}”只见于后者的名称，疑为从该项目照抄，请核对`;
      out.push(finding(this, at(path(copy, 'name')), message, { related: [at(path(from, 'name'))] }));
    }
    return out;
  },
};
