import type { Place, ReadCell, ReadLine } from '../read-model.js';
import { asciiDigits, cleanText } from '../text-clean.js';
import type { ReadProblem, TableRead } from '../tables/table-read.js';
import { placeAmounts } from './place-amounts.js';
import { referenceHeader } from './reference-grid.js';
import type { TextContext, TextGrid } from './space-table.js';
import { amountColumns } from './space-table.js';
import { EQUATIONS, knownEmptyColumns } from './table-arithmetic.js';

const PROJECT_CODE = /^[0-9A-Z]{12,}$/;
const ORG_CODE = /^\d{3,10}$/;
const AMOUNT = /^\d+\.\d{1,2}$/;
const CATEGORIES = ['cost', 'output', 'effect', 'satisfaction'] as const;
type Category = (typeof CATEGORIES)[number];

interface Pair {
  name: string;
  value: string;
  place: Place;
}

/** One printed block: a unit or department row, or a project with its amounts and its indicator lines. */
interface Block {
  code: string;
  name: string;
  amounts: string[];
  place: Place;
  project: boolean;
  lines: string[][];
}

function words(line: ReadLine): string[] {
  return asciiDigits(line.text).trim().split(/[\s\u3000]+/).filter(Boolean);
}

/** The lines as word lists, a project code wrapped over lines (`410303220` / `000000005` / `201`, seed 004) joined. */
function joinedLines(lines: readonly ReadLine[]): { words: string[]; place: Place }[] {
  const out: { words: string[]; place: Place }[] = [];
  for (const line of lines) {
    const w = words(line);
    const last = out.at(-1);
    const lone = last?.words.length === 1 ? last.words[0]! : undefined;
    if (lone && /^[0-9A-Z]{9,18}$/.test(lone) && lone.length % 9 === 0 && w.length === 1 && /^[0-9A-Z]{1,9}$/.test(w[0]!)) {
      last!.words[0] = lone + w[0]!;
      continue;
    }
    out.push({ words: w, place: line.place });
  }
  return out;
}

/**
 * Cuts the lines into blocks at each project or unit code at a line's start; the words before the first are the
 * header (and a line of amounts alone there is the blank-label total row, E2023). A block's name runs to its first
 * amount, its amounts to the first word that is not one; then its indicator lines.
 */
function blocksOf(lines: readonly ReadLine[]): { blocks: Block[]; total?: { amounts: string[]; place: Place } } {
  const blocks: Block[] = [];
  let total: { amounts: string[]; place: Place } | undefined;
  let current: Block | undefined;
  let stage: 'name' | 'amounts' | 'indicators' = 'indicators';
  for (const { words: w, place } of joinedLines(lines)) {
    // The last piece of a wrapped code can print lower down, beside the block's middle line (004's …014 / 229).
    if (current?.project && current.code.length % 9 === 0 && current.code.length < 20 && /^\d{1,3}$/.test(w[0] ?? '') && stage === 'indicators') current.code += w.shift()!;
    const first = w[0] ?? '';
    // A unit or department row: its code, then its name (on the line or below it); never a number and its unit (`100 %`).
    const named = w.length === 1 ? first.length >= 6 : /^[\u4e00-\u9fff]/.test(w[1] ?? '') && !/^[万元个条套人天次家项份台辆%％]/.test(w[1] ?? '');
    const orgRow = ORG_CODE.test(first) && named && !(current && stage === 'name');
    if (PROJECT_CODE.test(first) || orgRow) {
      // A page break prints a project's first row again (spec §3.14, 000's 网络租赁费): the same block goes on.
      if (current && current.code === first) {
        stage = 'indicators';
        const after = w.findIndex((x) => AMOUNT.test(x));
        const rest = after < 0 ? [] : w.slice(after + current.amounts.length);
        if (rest.length > 0) current.lines.push(rest);
        continue;
      }
      current = { code: first, name: '', amounts: [], place, project: PROJECT_CODE.test(first), lines: [] };
      blocks.push(current);
      stage = 'name';
      w.shift();
    } else if (!current && w.length > 0 && w.every((x) => AMOUNT.test(x))) {
      total = { amounts: w, place };
      continue;
    }
    if (!current) continue;
    const rest: string[] = [];
    for (const x of w) {
      if (stage === 'name' && AMOUNT.test(x)) stage = 'amounts';
      if (stage === 'amounts' && (!AMOUNT.test(x) || !adds(current.amounts, x))) stage = 'indicators';
      if (stage === 'name') current.name += x;
      else if (stage === 'amounts') current.amounts.push(x);
      else rest.push(x);
    }
    if (rest.length > 0) current.lines.push(rest);
  }
  return { blocks, ...(total ? { total } : {}) };
}

/**
 * True while one more amount keeps the row's arithmetic possible (资金总额 = 政府预算资金 + 专户 + 单位资金, in
 * that order): a third `321.90` after `321.90 321.90` is a 三级指标 printed as a number (§5.3 000-10), not a figure.
 */
function adds(amounts: readonly string[], next: string): boolean {
  if (amounts.length < 2) return true;
  const cents = (t: string) => Math.round(Number(t) * 100);
  const [total, ...parts] = [...amounts, next].map(cents);
  return parts.reduce((a, b) => a + b, 0) <= (total ?? 0) && amounts.length < 4;
}

const QUALITATIVE = /^(及时|明显|提升|提高|正常|完成|合格|确保|达标|显著|减少|加快|加速|促进|降低|有效|保障|顺利|全部|满意|良好|稳定|增强|改善|健全|完善|覆盖|公开|规范|真实|合规|相关|科学|合理|完整|持续|准确|按时|按期|安全|优良|优秀|较好|较高|大幅|全面|进一步|年底|全年|长期|常年|是|否|无|高|好)|月底[之以]?前$|^提供$/;

/** An indicator value (指标值): a number, a bound, a percentage, a count with its unit, or a qualitative word. */
function isValue(word: string): boolean {
  return /^[≤≥<>＜＞=]|^\d|[%％]$/.test(word) || (word.length <= 6 && QUALITATIVE.test(word));
}

/**
 * The indicator rows of a project: each printed line a row of (三级指标, 指标值) pairs, a name wrapped over lines
 * joined (spec Appendix C, "Long names wrap over several lines"), a lone value closing the name before it.
 */
function pairRows(lines: readonly string[][], place: Place): { rows: Pair[][]; leftover: string } {
  const rows: Pair[][] = [];
  let pending = '';
  for (const line of lines) {
    // A line that starts by closing a name wrapped from the row above goes on filling that row (up to its 4 pairs).
    let row: Pair[] = [];
    let own = true;
    const tokens = joinUnits(line);
    while (tokens.length > 0) {
      const w = tokens.shift()!;
      const last = (row.length > 0 ? row : rows.at(-1))?.at(-1);
      // A unit or the end of a value wrapped onto the next line (`248.20 万` / `元`, `44703.59平` / `方米`).
      if (!pending && last && (UNIT.test(w) || (/^[\u4e00-\u9fff]{1,2}$/.test(w) && /[\d平万]$/.test(last.value)))) {
        last.value += w;
        continue;
      }
      if (pending && isValue(w)) {
        const previous = rows.at(-1);
        if (row.length === 0 && own && previous && previous.length < 4) {
          row = previous;
          own = false;
        }
        row.push({ name: pending, value: w, place });
        pending = '';
      } else if (tokens.length > 0 && isValue(tokens[0]!)) {
        if (!own && row.length >= 4) {
          row = [];
          own = true;
        }
        row.push({ name: pending + w, value: tokens.shift()!, place });
        pending = '';
      } else pending += w;
    }
    if (own && row.length > 0) rows.push(row);
  }
  return { rows, leftover: pending };
}

const TYPES = ['其他运转类', '特定目标类'];

/** E2024 prints the 项目分类 column after the name (spec §3.14): `工作经费 其他运转类` is the name and its type. */
function typeOf(name: string): string {
  return TYPES.find((t) => name.endsWith(t) && name.length > t.length) ?? '';
}

function withoutType(name: string): string {
  return name.slice(0, name.length - typeOf(name).length);
}

const UNIT = /^([/／].*|万元|元|万|%|％|个|条|套|人|天|次|家|小时|分钟|年|月|日|项|份|台|辆|平方米|公里)$/;

/** A value the extraction split from its unit (`75.6 万元`, `100 %`, `≤200 元/ / 人*天`) joined again. */
function joinUnits(line: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of line) {
    const last = out.at(-1);
    if (last !== undefined && (UNIT.test(w) || /[/／]$/.test(last)) && /[\d%元]|[/／]$/.test(last)) out[out.length - 1] = last + w;
    else out.push(w);
  }
  return out;
}

const MONEY = /(万元|元|万)$/;

/**
 * The category of each pair (成本/产出/效益/满意度): the first row lists them in that order, skipping none (spec
 * Appendix C); a later row's pairs go to 产出 first, a money value under a cost-like name to 成本, a name ending in
 * 满意度 to 满意度. The extraction does not show the categories: the reading says so.
 */
function categorise(rows: readonly Pair[][]): Record<Category, Pair[]> {
  const out: Record<Category, Pair[]> = { cost: [], output: [], effect: [], satisfaction: [] };
  rows.forEach((row, i) => {
    if (i === 0) {
      row.forEach((p, k) => out[CATEGORIES[Math.min(k, 3)]!].push(p));
      return;
    }
    row.forEach((p, k) => {
      if (MONEY.test(p.value) && /(成本|费用|标准|经费)/.test(p.name)) out.cost.push(p);
      else if (/满意度$/.test(p.name)) out.satisfaction.push(p);
      else out[k === 0 ? 'output' : k === 1 ? 'effect' : 'satisfaction'].push(p);
    });
  });
  return out;
}

/**
 * Reads the 项目绩效目标表 from space-separated text (seeds 000, 004; spec §3.14, Appendix C): a block per unit
 * and per project (code, name, amounts placed by 资金总额 = Σ sources), its indicator pairs by line.
 */
export function readPerformanceSpace(lines: readonly ReadLine[], base: Omit<TableRead, 'grid' | 'notes'>, ctx: TextContext): TextGrid {
  const place = lines[0]?.place ?? base.title.place;
  const { blocks, total } = blocksOf(lines);
  const amounts = amountColumns(base);
  const zero = knownEmptyColumns(base.entry.spec, ctx.previous);
  const problems: ReadProblem[] = [];
  const columns = base.reference.columnKeys;
  const cell = (text: string, at: Place, rowSpan = 1): ReadCell => ({ text: cleanText(text), rowSpan, colSpan: 1, place: at });
  const amountCells = (values: readonly string[], at: Place, rowSpan: number, label: string): Map<string, ReadCell> => {
    const placed = placeAmounts([{ values, role: 'other' }], amounts, EQUATIONS[base.entry.spec] ?? [], zero);
    if (placed.open.length > 0) problems.push({ table: base.entry.key, place: at, kind: 'cell', message: `${base.entry.id}表“${label}”的数字 ${values.join('、')} 无法确定属于哪一列，未读取` });
    return new Map(values.flatMap((v, i) => (placed.columns[0]?.[i] ? [[placed.columns[0][i]!, cell(v, at, rowSpan)] as const] : [])));
  };
  const body: (ReadCell | null)[][] = [];
  if (total) body.push(columns.map((k) => amountCells(total.amounts, total.place, 1, '合计').get(k) ?? cell('', total.place)));
  for (const block of blocks) {
    const paired = block.project ? pairRows(block.lines, block.place) : { rows: [], leftover: '' };
    const indicators = categorise(paired.rows);
    if (paired.leftover) problems.push({ table: base.entry.key, place: block.place, kind: 'note', message: `项目${block.code}的绩效指标中“${paired.leftover}”未能与指标值配对，该项目的指标未作检查` });
    const k = Math.max(1, ...CATEGORIES.map((c) => indicators[c].length));
    const money = amountCells(block.amounts, block.place, k, block.name);
    for (let i = 0; i < k; i++) {
      body.push(
        columns.map((key): ReadCell | null => {
          const category = /^(cost|output|effect|satisfaction)(Name|Value)$/.exec(key);
          if (category) {
            const pair = indicators[category[1] as Category][i];
            return cell(pair ? (category[2] === 'Name' ? pair.name : pair.value) : '', pair?.place ?? block.place);
          }
          if (i > 0) return null;
          if (key === 'code') return cell(block.code, block.place, k);
          if (key === 'name') return cell(withoutType(block.name), block.place, k);
          if (key === 'type') return cell(typeOf(block.name), block.place, k);
          return money.get(key) ?? cell('', block.place, k);
        }),
      );
    }
  }
  if (blocks.some((b) => b.project && b.lines.length > 0))
    problems.push({ table: base.entry.key, place, kind: 'note', message: `${base.entry.id}表的绩效指标按行内位置归入成本、产出、效益、满意度指标（提取的文字不显示类别），类别可能有误` });
  return { rows: [...referenceHeader(base.reference, new Set(), place), ...body], headerRows: base.reference.headerRows, columns: columns.map((_, c) => c), problems };
}
