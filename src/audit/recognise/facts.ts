import type { ReadLine } from '../read-model.js';
import type { DocumentFacts } from '../reference.js';
import { cleanText } from '../text-clean.js';

/** The most frequent value of a list; undefined when empty. */
function mostFrequent<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

const NAME_LINE = /(部门|单位)名称\s*[：:]\s*(.*)$/;

/** The name a name line prints (`部门名称：X（汇总）\t单位：万元` → X), and its label word. */
export function nameLineParts(text: string): { word: '部门' | '单位'; name: string } | undefined {
  const m = NAME_LINE.exec(text);
  if (!m) return undefined;
  const name = cleanText((m[2] ?? '').replace(/单位\s*[：:]\s*万元.*$/, '').replace(/\t.*$/, ''))
    .replace(/^部门（单位）名称/, '')
    .replace(/[（(]汇总[）)]$/, '');
  return name ? { word: m[1] === '单位' ? '单位' : '部门', name } : undefined;
}

/**
 * Reads the facts the edition's layout depends on from the printed lines (spec §0 slots): {Y} from the titles,
 * scope from the name lines (`部门名称：` / `单位名称：`) or the part titles, {全称} from the name lines, {简称}
 * from the subject of 一、, {级次} from an E2023 title. Undefined when no year can be found: not a budget disclosure.
 */
export function readFacts(lines: readonly ReadLine[]): DocumentFacts | undefined {
  const texts = lines.map((l) => cleanText(l.text));
  const years = texts.flatMap((t) => {
    const m = /(20\d{2})年(度)?.*(预算|绩效目标表|收支|部门|单位)/.exec(t);
    return m ? [Number(m[1])] : [];
  });
  const year = mostFrequent(years);
  if (year === undefined) return undefined;
  const names = lines.flatMap((l) => nameLineParts(l.text) ?? []);
  const word = mostFrequent(names.map((n) => n.word));
  const scope = word ?? (texts.some((t) => /部门预算(情况说明|表)/.test(t)) ? '部门' : '单位');
  const fullName = mostFrequent(names.map((n) => n.name)) ?? fullNameFromTitles(texts, year) ?? '';
  const shortName = texts.flatMap((t) => /^(.+?)\d{4}年收入总计/.exec(t)?.[1] ?? []).find((s) => s.length <= fullName.length + 2);
  const level = texts.flatMap((t) => /^(?:\d{4}年度)?(区级|市级|县级|省级|乡级|镇级)部门/.exec(t)?.[1] ?? [])[0];
  return {
    year,
    scope,
    fullName,
    ...(shortName && shortName !== fullName ? { shortName } : {}),
    ...(level ? { level } : {}),
  };
}

function fullNameFromTitles(texts: readonly string[], year: number): string | undefined {
  for (const t of texts) {
    const m = new RegExp(`^(?:附件：)?${year}年(.+?)(?:部门)?预算(?:情况说明|说明|表)$`).exec(t);
    if (m?.[1]) return m[1];
  }
  return undefined;
}
