import { TERMS } from '../../../model/terms.js';
import { isObject, listAt } from '../json-path.js';
import { indexByCode, stringList } from '../place.js';
import type { JsonObject, PlaceSink, RowRecord, SheetSpec } from '../spec.js';
import { NAMES } from './choices.js';

/** 职责与科室: the 主要职责 list, and each unit's 内设科室 (by unit code). */
export const dutiesSheet: SheetSpec = {
  name: '职责与科室',
  purpose: '主要职责（每行一条，按公开顺序）和内设科室（每行一个，注明所属单位代码）。',
  blocks: [
    {
      kind: 'table',
      title: '主要职责（每行一条，不写编号，编号由程序添加）',
      path: ['overview', 'duties'],
      spare: 30,
      ...stringList(['overview', 'duties'], 'duty'),
      columns: [{ key: 'duty', label: '职责内容', kind: 'text', wrap: true, width: 90, required: true }],
    },
    {
      kind: 'table',
      title: '内设科室（每行一个科室）',
      path: ['units'],
      spare: 40,
      rows: divisionRows,
      place: placeDivisions,
      columns: [
        { key: 'unit', label: TERMS.unitCode, kind: 'code', list: NAMES.unitCodes, required: true, width: 18, hint: '从下拉列表选择“单位”表中的单位代码。' },
        { key: 'name', label: '科室名称', kind: 'text', required: true, width: 40 },
      ],
    },
  ],
};

function divisionRows(data: JsonObject): Record<string, unknown>[] {
  return listAt(data, ['units'])
    .filter(isObject)
    .flatMap((unit) => listAt(unit, ['divisions']).map((name) => ({ unit: unit.code, name })));
}

/** Appends each row's 科室 to its unit's `divisions`; a code the 单位 table lacks is an error at that cell. */
function placeDivisions(records: readonly RowRecord[], data: JsonObject, sink: PlaceSink): void {
  const units = indexByCode(data, ['units']);
  const lists = new Map<number, unknown[]>();
  for (const record of records) {
    const code = record.values.unit;
    const codeCell = record.cells.unit ?? `A${record.row}`;
    if (typeof code !== 'string') {
      if (!record.failed.has('unit')) sink.error(codeCell, '请填写该科室所属的单位代码');
      continue;
    }
    const index = units.get(code);
    if (index === undefined) {
      sink.error(codeCell, `单位代码“${code}”不在“单位”表中`);
      continue;
    }
    const list = lists.get(index) ?? [];
    lists.set(index, list);
    sink.anchor(['units', index, 'divisions'], codeCell);
    sink.at(['units', index, 'divisions', list.length], record.cells.name ?? codeCell);
    list.push(record.values.name);
  }
  const unitList = listAt(data, ['units']);
  for (const [index, list] of lists) {
    const unit = unitList[index];
    if (isObject(unit)) unit.divisions = list;
  }
}
