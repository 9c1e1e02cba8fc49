import type { GridTable } from '../../document/model.js';
import { LEVEL2_ORDER } from '../../document/tables/overall-performance-data.js';
import type { Place, ReadCell, ReadLine } from '../read-model.js';
import { cleanText, labelKey } from '../text-clean.js';
import type { ReadProblem } from '../tables/table-read.js';

/** One printed segment of the form: a tab field, or a space-separated word of a line. */
interface Piece {
  text: string;
  place: Place;
  /** First piece of its printed line. */
  lineStart: boolean;
}

interface FormRow {
  key: string;
  cells: Partial<Record<Column, string>>;
  place: Place;
}

type Column = 'level1' | 'level2' | 'level3' | 'value' | 'note';
const COLUMNS: readonly Column[] = ['level1', 'level2', 'level3', 'value', 'note'];
const NUMBER = /^[-—]?\d+(\.\d+)?$/;

/** The fixed labels of the form, from the edition's layout: label → row key and the column it is printed in. */
function formLabels(reference: GridTable): Map<string, { key: string; column: Column }> {
  const labels = new Map<string, { key: string; column: Column }>();
  reference.rows.forEach((row, r) => {
    const key = reference.rowKeys[r];
    if (!key || /^(task|output|effect):/.test(key)) return;
    row.forEach((cell, c) => {
      const column = reference.columnKeys[c] as Column;
      if (cell.kind === 'content' && cell.role !== 'amount' && cell.text && ['level1', 'level2', 'level3'].includes(column) && !labels.has(labelKey(cell.text)))
        labels.set(labelKey(cell.text), { key, column });
    });
  });
  return labels;
}

/** A word that runs two labels together (`1、资金来源：（1）政府预算资金`) as the labels and what follows them. */
function splitLabels(text: string, labels: readonly string[]): string[] {
  for (const label of labels) {
    if (text.length > label.length && labelKey(text).startsWith(label)) {
      const rest = text.slice(label.length);
      return [text.slice(0, label.length), ...splitLabels(rest, labels)];
    }
  }
  return [text];
}

function piecesOf(lines: readonly ReadLine[], labels: readonly string[]): Piece[] {
  return lines.flatMap((line) => {
    const parts = line.text.includes('\t') ? line.text.split('\t') : line.text.trim().split(/[ \u3000]+/);
    return parts
      .map((p) => cleanText(p))
      .filter((t) => t !== '')
      .flatMap((t) => splitLabels(t, labels))
      .map((text, i) => ({ text, place: line.place, lineStart: i === 0 }));
  });
}

/**
 * Reads the 整体绩效目标表 (spec §3.13) by its labels, as a form: the name, the 预算情况 values after their labels,
 * the 20 投入管理 rows by their fixed 三级指标 names (value, then the 说明 text up to the next label), and the
 * 产出/效益 rows under their 一级/二级 labels. Rows come out keyed, one cell per column.
 */
export function readFormTable(lines: readonly ReadLine[], reference: GridTable, key: string): { rows: (ReadCell | null)[][]; headerRows: number; columns: number[]; rowKeys: string[]; problems: ReadProblem[] } {
  const labels = formLabels(reference);
  const level1Of = new Map<string, string>();
  reference.rows.forEach((row, r) => {
    const k = /^(output|effect):1$/.exec(reference.rowKeys[r] ?? '')?.[1];
    if (k && row[0]?.kind === 'content') level1Of.set(labelKey(row[0].text), k);
  });
  const level2s = new Set<string>(LEVEL2_ORDER);
  const splittable = [...labels.keys()].filter((l) => /^([0-9]+、|（[0-9]+）)/.test(l)).sort((a, b) => b.length - a.length);
  const pieces = piecesOf(lines, splittable);
  const rows: FormRow[] = [];
  let group = '';
  let count = 0;
  let current: FormRow | undefined;
  let pending: Partial<Record<Column, string>> = {};
  const push = (row: FormRow) => {
    rows.push(row);
    current = row;
  };
  const known = (t: string) => labels.has(labelKey(t)) || level1Of.has(labelKey(t)) || level2s.has(t) || /部门（单位）名称$/.test(labelKey(t));
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const label = labelKey(p.text);
    const fixed = labels.get(label) ?? (/部门（单位）名称$/.test(label) ? labels.get('部门（单位）名称') : undefined);
    if (fixed) {
      const row: FormRow = rows.find((r) => r.key === fixed.key) ?? { key: fixed.key, cells: {}, place: p.place };
      row.cells[fixed.column] = p.text;
      if (!rows.includes(row)) push(row);
      current = row;
      if (fixed.key === 'tasks') [group, count] = ['task', 0];
      else if (/^budget-/.test(fixed.key) || ['name', 'goals', 'indicators'].includes(fixed.key)) group = fixed.key === 'indicators' ? '' : group === 'task' ? '' : group;
      else if (/^input:/.test(fixed.key)) [group, count] = ['input', Number(fixed.key.slice(6))];
      if (fixed.column === 'level3' && /^input:/.test(fixed.key)) i = valueAndNote(pieces, i, row, known);
      else if (/^budget-/.test(fixed.key) && NUMBER.test(pieces[i + 1]?.text ?? '')) row.cells.value = pieces[++i]!.text;
      else if (fixed.key === 'name' || fixed.key === 'goals') i = textAfter(pieces, i, row, 'level2', known);
      continue;
    }
    const groupKey = level1Of.get(label);
    if (groupKey) {
      [group, count] = [groupKey, 0];
      current = undefined;
      pending = { level1: p.text };
      continue;
    }
    if (level2s.has(label)) {
      pending = { ...pending, level2: p.text };
      continue;
    }
    if (group === 'task' && ['任务名称', '主要内容'].includes(label)) continue;
    if (group === 'task' || group === 'output' || group === 'effect') {
      if (group !== 'task' && !p.lineStart && current && /^(output|effect):/.test(current.key) && current.cells.value === undefined) {
        current.cells.value = p.text;
        continue;
      }
      if (current && /^(task|output|effect):/.test(current.key) && !p.lineStart) {
        const column: Column = group === 'task' ? 'level3' : 'note';
        current.cells[column] = `${current.cells[column] ?? ''}${p.text}`;
        continue;
      }
      if (current && /^(task|output|effect):/.test(current.key) && isContinuation(p.text, current, group)) {
        const column: Column = group === 'task' ? 'level3' : current.cells.value === undefined ? 'level3' : 'note';
        current.cells[column] = `${current.cells[column] ?? ''}${p.text}`;
        continue;
      }
      const row: FormRow = { key: `${group}:${++count}`, cells: { ...(group === 'task' ? { level2: p.text } : { ...pending, level3: p.text }) }, place: p.place };
      pending = {};
      push(row);
      continue;
    }
    if (current?.key === 'goals') current.cells.level2 = `${current.cells.level2 ?? ''}${p.text}`;
    else if (current && /^input:/.test(current.key)) current.cells.note = `${current.cells.note ?? ''}${p.text}`;
  }
  return toGrid(rows, reference, key, lines);
}

/** A line continuing the row above: the task's content, or a 三级指标 name or 说明 wrapped over lines. */
function isContinuation(text: string, row: FormRow, group: string): boolean {
  if (group === 'task') return /[，。、；]/.test(text) || (row.cells.level3 !== undefined && !/[，。、；]$/.test(row.cells.level3));
  return row.cells.value === undefined || /[，。、；%=]/.test(text) || text.length > 14;
}

/** After a fixed 三级指标 name: its value (the next piece) and the 说明 text up to the next label. */
function valueAndNote(pieces: readonly Piece[], i: number, row: FormRow, known: (t: string) => boolean): number {
  let k = i + 1;
  if (pieces[k] && !known(pieces[k]!.text)) row.cells.value = pieces[k++]!.text;
  return textAfter(pieces, k - 1, row, 'note', known);
}

function textAfter(pieces: readonly Piece[], i: number, row: FormRow, column: Column, known: (t: string) => boolean): number {
  let k = i + 1;
  while (pieces[k] && !known(pieces[k]!.text)) {
    row.cells[column] = `${row.cells[column] ?? ''}${pieces[k]!.text}`;
    k++;
  }
  return k - 1;
}

function toGrid(rows: readonly FormRow[], reference: GridTable, key: string, lines: readonly ReadLine[]) {
  const problems: ReadProblem[] = [];
  const found = new Set(rows.map((r) => r.key));
  for (const k of reference.rowKeys) if (k && /^(name|budget-|input:)/.test(k) && !found.has(k)) problems.push({ table: key, ...(lines[0] ? { place: lines[0].place } : {}), kind: 'cell', message: `整体绩效目标表中未找到“${k}”一行` });
  const grid = rows.map((r) => COLUMNS.map((c): ReadCell => ({ text: r.cells[c] ?? '', rowSpan: 1, colSpan: 1, place: r.place })));
  return { rows: grid, headerRows: 0, columns: COLUMNS.map((_, i) => i), rowKeys: rows.map((r) => r.key), problems };
}
