import type { GridTable } from '../../document/model.js';
import { labelKey } from '../text-clean.js';
import type { RowText } from './row-keys.js';

/** The key a read row gets, and the own row key of the cells that carry one (the right half of 01/04: `class:201`). */
export interface FixedRowKey {
  key?: string;
  cellRows: ReadonlyMap<string, string>;
}

interface LabelHit {
  rowKey: string;
  /** The cell's own row key, and the columns of its reference row that carry it. */
  cellRow?: string;
  columns: readonly string[];
}

/** Every label of the reference's body rows, by column key and label: the rows (or half rows) it names, in order. */
function labelIndex(reference: GridTable): Map<string, LabelHit[]> {
  const index = new Map<string, LabelHit[]>();
  reference.rows.forEach((row, r) => {
    const rowKey = reference.rowKeys[r];
    if (r < reference.headerRows || !rowKey) return;
    row.forEach((cell, c) => {
      if (cell.kind !== 'content' || cell.role === 'amount' || cell.text.trim() === '') return;
      const column = reference.columnKeys[c] ?? '';
      const own = cell.row;
      const columns = own === undefined ? [] : reference.columnKeys.filter((_, k) => { const o = row[k]; return o?.kind === 'content' && o.row === own; });
      const at = `${column}\u0000${labelKey(cell.text)}`;
      index.set(at, [...(index.get(at) ?? []), own === undefined ? { rowKey, columns } : { rowKey, cellRow: own, columns }]);
    });
  });
  return index;
}

/**
 * Keys of rows whose labels are fixed by the edition (01, 04, the 整体绩效 form): each label is looked up in the
 * reference layout. The row takes the key of its left (own) label, a right-half label gives its cells their own key.
 */
export function fixedRowKeys(rows: readonly RowText[], columns: readonly string[], reference: GridTable): FixedRowKey[] {
  const index = labelIndex(reference);
  // A label printed twice (04's （一）一般公共预算拨款 under 本年收入 and under 上年结转) names its rows in order.
  const used = new Map<string, number>();
  return rows.map((row) => {
    let key: string | undefined;
    const cellRows = new Map<string, string>();
    for (const column of columns) {
      const text = row(column);
      if (text.trim() === '') continue;
      const at = `${column}\u0000${labelKey(text)}`;
      const hits = index.get(at);
      const n = used.get(at) ?? 0;
      const hit = hits?.[Math.min(n, hits.length - 1)];
      if (!hit) continue;
      used.set(at, n + 1);
      if (hit.cellRow === undefined) key ??= hit.rowKey;
      else for (const c of hit.columns) cellRows.set(c, hit.cellRow);
    }
    const firstRight = [...cellRows.values()][0];
    return { key: key ?? firstRight, cellRows };
  });
}

/**
 * Keys of the 整体绩效目标表 (spec §3.13): the form's fixed rows by their labels; the task rows after 年度主要任务 and
 * the indicator rows under each 一级指标 by their order (`task:1`, `output:2`), as the spec numbers them.
 */
export function overallRowKeys(rows: readonly RowText[], reference: GridTable): (string | undefined)[] {
  const fixed = fixedRowKeys(rows, ['level1', 'level2', 'level3'], reference);
  const level1 = new Map<string, string>();
  reference.rows.forEach((row, r) => {
    const key = reference.rowKeys[r] ?? '';
    const first = row[0];
    const group = /^(input|output|effect):/.exec(key)?.[1];
    if (group && first?.kind === 'content' && first.text) level1.set(labelKey(first.text), group);
  });
  let state = '';
  let n = 0;
  return rows.map((row, i) => {
    const key = fixed[i]?.key;
    const input = key ? /^input:(\d+)$/.exec(key) : null;
    if (input) {
      state = 'input';
      n = Number(input[1]);
      return key;
    }
    const group = level1.get(labelKey(row('level1')));
    if (group) {
      state = group;
      n = 0;
      return `${group}:${++n}`;
    }
    if (key && !/^(task|input|output|effect):/.test(key)) {
      state = key === 'tasks' ? 'task' : '';
      n = 0;
      return key;
    }
    return state ? `${state}:${++n}` : key;
  });
}
