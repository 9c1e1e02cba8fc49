import type { Diagnostic } from '../model/diagnostic.js';
import type { Project } from '../model/schema.js';
import { TERMS } from '../model/terms.js';
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
  return projects.flatMap((p, project) => CATEGORIES.flatMap((category) => p.indicators[category].map((ind, index) => ({ project, category, index, name: ind.name, value: ind.value }))));
}

/** The two-character Chinese words of a text (every adjacent pair of 汉字). */
function words(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= text.length; i++) if (/^[\u4e00-\u9fff]{2}$/.test(text.slice(i, i + 2))) out.push(text.slice(i, i + 2));
  return [...new Set(out)];
}

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
  const byText = new Map<string, Shown[]>();
  for (const ind of shown) {
    const key = `${ind.name.trim()}\u0000${ind.value.trim()}`;
    const same = byText.get(key);
    if (same) same.push(ind);
    else byText.set(key, [ind]);
  }
  const out: Copied[] = [];
  let namedBy: Map<string, number> | undefined;
  for (const [a, b] of [...byText.values()].filter((s): s is [Shown, Shown] => s.length === 2)) {
    if (a.project === b.project) continue;
    namedBy ??= onlyNamedBy(projects);
    const both: [Shown, Shown][] = [[a, b], [b, a]];
    for (const [at, from] of both) {
      const word = words(a.name).find((w) => !GENERIC_WORDS.has(w) && namedBy?.get(w) === from.project);
      if (word) out.push({ at, from, word });
    }
  }
  return out;
}

/**
 * For each two-character word of the project names, the one project whose name holds it (-1 when several do): a
 * lookup per word instead of a pass over every name (which made 2,000 projects with copied indicators quadratic).
 */
function onlyNamedBy(projects: readonly Project[]): Map<string, number> {
  const namedBy = new Map<string, number>();
  projects.forEach((p, k) => {
    for (let i = 0; i + 2 <= p.name.length; i++) {
      const w = p.name.slice(i, i + 2);
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
