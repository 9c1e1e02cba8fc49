import type { ReadCell, ReadLine } from '../read-model.js';
import { labelKey } from '../text-clean.js';
import type { ReadProblem, TableRead } from '../tables/table-read.js';
import { placeAmounts } from './place-amounts.js';
import { referenceHeader } from './reference-grid.js';
import type { TextContext, TextGrid } from './space-table.js';
import { amountColumns } from './space-table.js';
import { EQUATIONS, knownEmptyColumns } from './table-arithmetic.js';
import { lineTokens, type Token } from './tokens.js';

type Side = 'income' | 'expenditure';

interface Half {
  side: Side;
  label: string;
  amounts: Token[];
  place: ReadLine['place'];
}

/** The labels each half of the table prints (from the edition's layout), normalised. */
function labelsOf(base: Pick<TableRead, 'reference'>, column: string): Set<string> {
  const c = base.reference.columnKeys.indexOf(column);
  return new Set(base.reference.rows.slice(base.reference.headerRows).flatMap((row) => (row[c]?.kind === 'content' && row[c]!.text ? [labelKey((row[c] as { text: string }).text)] : [])));
}

/**
 * Reads 01表 and 04表 from space-separated text (spec §3.1, §3.4): each line pairs an income item (left) with an
 * expenditure item (right), either side may be missing. The labels are the edition's, found in the line's words
 * (letter-spaced `本 年 收 入 合 计`, two labels run together, one wrapped onto the next line); the amounts after a
 * label are that half's, the right half's placed by its arithmetic.
 */
export function readFixedSpace(lines: readonly ReadLine[], base: Omit<TableRead, 'grid' | 'notes'>, ctx: TextContext): TextGrid {
  const left = labelsOf(base, 'incomeItem');
  const right = labelsOf(base, 'expenditureItem');
  const place = lines[0]?.place ?? base.title.place;
  const labels = [...left, ...right];
  const prefix = (t: string) => labels.some((l) => l.startsWith(t)) || [...left].some((l) => t.startsWith(l) && [...right].some((r) => (l + r).startsWith(t)));
  const rows = new Map<number, Half[]>();
  let pending: { text: string; line: number; place: ReadLine['place'] } | undefined;
  let last: Half | undefined;
  lines.forEach((line, n) => {
    for (const run of runsOf(lineTokens(line))) {
      if (run.text === '') {
        last?.amounts.push(...run.amounts);
        continue;
      }
      const start = pending && prefix(pending.text + run.text) ? pending : { text: '', line: n, place: line.place };
      const text = start.text + run.text;
      const halves = split(text, left, right, start.place);
      if (halves.length === 0) {
        pending = prefix(text) ? { ...start, text } : undefined;
        continue;
      }
      pending = undefined;
      halves.at(-1)!.amounts.push(...run.amounts);
      rows.set(start.line, [...(rows.get(start.line) ?? []), ...halves]);
      last = halves.at(-1);
    }
  });
  // Header words that happen to spell a label (04's 其中：财政拨款 column) come before the first row with a figure.
  const firstFigure = [...rows.keys()].find((k) => rows.get(k)!.some((h) => h.amounts.length > 0));
  for (const k of [...rows.keys()]) if (firstFigure !== undefined && k < firstFigure) rows.delete(k);
  const amounts = amountColumns(base);
  const rightAmounts = amounts.filter((k) => k !== 'incomeAmount');
  const zero = knownEmptyColumns(base.entry.spec, ctx.previous);
  const problems: ReadProblem[] = [];
  const body = [...rows.values()].map((halves) => {
    const cells = new Map<string, ReadCell>();
    const cell = (text: string, at: ReadLine['place']): ReadCell => ({ text, rowSpan: 1, colSpan: 1, place: at });
    for (const h of halves) {
      if (h.side === 'income') {
        cells.set('incomeItem', cell(h.label, h.place));
        if (h.amounts[0]) cells.set('incomeAmount', cell(h.amounts[0].text, h.amounts[0].place));
        continue;
      }
      cells.set('expenditureItem', cell(h.label, h.place));
      const placed = placeAmounts([{ values: h.amounts.map((t) => t.text), role: 'other' }], rightAmounts, EQUATIONS[base.entry.spec] ?? [], zero);
      h.amounts.forEach((t, i) => {
        const column = placed.columns[0]?.[i];
        if (column) cells.set(column, cell(t.text, t.place));
      });
      if (placed.open.length > 0) problems.push({ table: base.entry.key, place: h.place, kind: 'cell', message: `${base.entry.id}表“${h.label}”的数字 ${h.amounts.map((t) => t.text).join('、')} 无法确定属于哪一列，未读取` });
    }
    const at = halves[0]!.place;
    return base.reference.columnKeys.map((k) => cells.get(k) ?? cell('', at));
  });
  return { rows: [...referenceHeader(base.reference, new Set(), place), ...body], headerRows: base.reference.headerRows, columns: base.reference.columnKeys.map((_, c) => c), problems };
}

/** One run of label words as the halves it names: a left label, a right label, or a left label run into a right one; none when no label. */
function split(text: string, left: ReadonlySet<string>, right: ReadonlySet<string>, place: ReadLine['place']): Half[] {
  const half = (side: Side, label: string): Half => ({ side, label, amounts: [], place });
  if (left.has(text)) return [half('income', text)];
  if (right.has(text)) return [half('expenditure', text)];
  for (let i = text.length - 1; i > 0; i--) {
    const a = text.slice(0, i);
    const b = text.slice(i);
    if (left.has(a) && right.has(b)) return [half('income', a), half('expenditure', b)];
  }
  return [];
}

/** A line's words as runs: the label words run together, then the amounts after them. */
function runsOf(tokens: readonly Token[]): { text: string; amounts: Token[] }[] {
  const runs: { text: string; amounts: Token[] }[] = [];
  for (const t of tokens) {
    const last = runs.at(-1);
    if (t.kind === 'amount') {
      if (last) last.amounts.push(t);
      else runs.push({ text: '', amounts: [t] });
    } else if (last && last.amounts.length === 0 && last.text !== '') last.text += labelKey(t.text);
    else runs.push({ text: labelKey(t.text), amounts: [] });
  }
  return runs;
}
