import { TERMS } from '../../../model/terms.js';
import { getIn, isObject, listAt, setIn } from '../json-path.js';
import { objectList, recordCells } from '../place.js';
import type { JsonObject, PlaceSink, RowRecord, SheetSpec, WriteContext } from '../spec.js';
import { CHOICES } from './choices.js';
import { INPUT_INDICATORS } from './input-indicators.js';

const OP = 'overallPerformance';
const OUTPUT_LEVEL2 = new Set(['重点工作任务完成', '履职目标实现']);

/** 整体绩效: the 整体绩效目标表's facts (E2023/E2024): goals, tasks, 产出/效益 rows, 投入管理 overrides. */
export const overallPerformanceSheet: SheetSpec = {
  name: '整体绩效',
  purpose: '部门（单位）整体绩效目标（E2023、E2024 版式需要）：年度履职目标、主要任务、产出和效益指标、投入管理指标值。',
  blocks: [
    {
      kind: 'form',
      title: '年度履职目标',
      fields: [{ label: TERMS.annualGoals, path: [OP, 'annualGoals'], kind: 'text', wrap: true, hint: 'E2023、E2024 版式必填；E2022 版式整页可不填。' }],
    },
    {
      kind: 'table',
      title: '年度主要任务（每行一项）',
      path: [OP, 'tasks'],
      spare: 15,
      ...objectList([OP, 'tasks'], false),
      columns: [
        { key: 'name', label: TERMS.taskName, kind: 'text', required: true, width: 30 },
        { key: 'content', label: TERMS.taskContent, kind: 'text', wrap: true, required: true, width: 80 },
      ],
    },
    {
      kind: 'table',
      title: '产出指标和效益指标（每行一个三级指标）',
      path: [OP, 'output'],
      alsoFills: [[OP, 'effect']],
      spare: 25,
      rows: (data) => [...listAt(data, [OP, 'output']), ...listAt(data, [OP, 'effect'])].filter(isObject),
      place: placeOutcomes,
      columns: [
        { key: 'level2', label: TERMS.level2, kind: 'enum', choices: CHOICES.overallLevel2, required: true, width: 30 },
        { key: 'name', label: TERMS.indicatorName, kind: 'text', required: true, width: 30 },
        { key: 'value', label: TERMS.indicatorValue, kind: 'text', required: true, width: 20 },
        { key: 'note', label: TERMS.indicatorNote, kind: 'text', wrap: true, width: 80, hint: '可不填：E2024 版式按模板的默认说明。' },
      ],
    },
    {
      kind: 'table',
      title: '投入管理指标（固定20项；只在本单位指标值与默认值不同时填写）',
      path: [OP, 'inputValues'],
      spare: 0,
      fixed: true,
      rows: inputRows,
      place: placeInputValues,
      columns: [
        { display: true, label: TERMS.level2, width: 30, result: (r) => String(r.level2 ?? '') },
        { key: 'name', label: TERMS.indicatorName, kind: 'text', locked: true, width: 30 },
        { display: true, label: '默认指标值', width: 20, result: (r) => String(r.defaultValue ?? '') },
        { key: 'value', label: '本单位指标值（不填用默认值）', kind: 'text', width: 30 },
      ],
    },
  ],
};

/** 二级 decides 一级: 重点工作任务完成/履职目标实现 are 产出, 履职效益/满意度 are 效益 (spec §3.13). */
function placeOutcomes(records: readonly RowRecord[], data: JsonObject, sink: PlaceSink): void {
  const lists: Record<'output' | 'effect', unknown[]> = { output: [], effect: [] };
  for (const record of records) {
    const level2 = record.values.level2;
    if (typeof level2 !== 'string') {
      if (!record.failed.has('level2')) sink.error(record.cells.level2 ?? `A${record.row}`, '请选择二级指标');
      continue;
    }
    const key = OUTPUT_LEVEL2.has(level2) ? 'output' : 'effect';
    recordCells(sink, [OP, key, lists[key].length], record);
    lists[key].push({ ...record.values });
  }
  if (lists.output.length) setIn(data, [OP, 'output'], lists.output);
  if (lists.effect.length) setIn(data, [OP, 'effect'], lists.effect);
}

function inputRows(data: JsonObject, ctx: WriteContext): Record<string, unknown>[] {
  const values = getIn(data, [OP, 'inputValues']);
  return (ctx.inputIndicators ?? INPUT_INDICATORS).map((row) => ({
    level2: row.level2,
    name: row.name,
    defaultValue: row.value,
    value: isObject(values) ? values[row.name] : undefined,
  }));
}

function placeInputValues(records: readonly RowRecord[], data: JsonObject, sink: PlaceSink): void {
  for (const record of records) {
    const { name, value } = record.values;
    const cell = record.cells.value ?? `A${record.row}`;
    if (value === undefined) continue;
    if (typeof name !== 'string') {
      sink.error(record.cells.name ?? cell, '三级指标不能为空：请不要改动投入管理的三级指标列');
      continue;
    }
    sink.at([OP, 'inputValues', name], cell);
    setIn(data, [OP, 'inputValues', name], value);
  }
}
