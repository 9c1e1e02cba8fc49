import { TERMS } from '../../../model/terms.js';
import { isObject, listAt } from '../json-path.js';
import { indexByCode } from '../place.js';
import type { DisplayColumn, JsonObject, PlaceSink, RowRecord, SheetSpec } from '../spec.js';
import { CHOICES, NAMES } from './choices.js';

const CATEGORIES = CHOICES.indicatorCategory.map((c) => c.value);

/** A project's name beside its code: looked up in the 项目 table (display only). */
export function projectNameColumn(codeKey: string): DisplayColumn {
  return {
    display: true,
    label: '项目名称（自动显示）',
    width: 30,
    formula: (_row, c) => `IF(${c[codeKey]}="","",IFERROR(VLOOKUP(${c[codeKey]},${NAMES.projectTable},2,FALSE),"（“项目”表中没有此编码）"))`,
    result: (record, ctx) => {
      const project = listAt(ctx.data, ['projects']).find((p) => isObject(p) && p.code === record[codeKey]);
      return isObject(project) && typeof project.name === 'string' ? project.name : '';
    },
  };
}

/** 项目绩效指标: one 三级指标 per row, tied to its project by code and to its 一级 category. */
export const indicatorsSheet: SheetSpec = {
  name: '项目绩效指标',
  purpose: '项目绩效指标，每行一个三级指标：项目编码、指标类别（成本/产出/效益/满意度）、指标名称和指标值。',
  blocks: [
    {
      kind: 'table',
      path: ['projects'],
      spare: 400,
      rows: indicatorRows,
      place: placeIndicators,
      columns: [
        { key: 'project', label: TERMS.projectCode, kind: 'code', list: NAMES.projectCodes, required: true, width: 26 },
        projectNameColumn('project'),
        { key: 'category', label: '指标类别', kind: 'enum', choices: CHOICES.indicatorCategory, required: true, width: 12 },
        { key: 'name', label: TERMS.indicatorName, kind: 'text', required: true, width: 36 },
        { key: 'value', label: TERMS.indicatorValue, kind: 'text', emptyAs: '', width: 24, hint: '例如“≥95%”“10次”。' },
      ],
    },
  ],
};

function indicatorRows(data: JsonObject): Record<string, unknown>[] {
  return listAt(data, ['projects'])
    .filter(isObject)
    .flatMap((project) =>
      CATEGORIES.flatMap((category) =>
        listAt(project, ['indicators', category])
          .filter(isObject)
          .map((indicator) => ({ project: project.code, category, name: indicator.name, value: indicator.value })),
      ),
    );
}

/** Appends each row to its project's indicators of its category, in row order. */
function placeIndicators(records: readonly RowRecord[], data: JsonObject, sink: PlaceSink): void {
  const projects = indexByCode(data, ['projects']);
  const lists = new Map<string, unknown[]>();
  for (const record of records) {
    const { project: code, category } = record.values;
    const codeCell = record.cells.project ?? `A${record.row}`;
    const index = typeof code === 'string' ? projects.get(code) : undefined;
    if (typeof code !== 'string') {
      if (!record.failed.has('project')) sink.error(codeCell, '请填写该指标所属的项目编码');
    } else if (index === undefined) sink.error(codeCell, `项目编码“${code}”不在“项目”表中`);
    if (typeof category !== 'string') {
      if (!record.failed.has('category')) sink.error(record.cells.category ?? codeCell, '请选择指标类别：成本指标、产出指标、效益指标或满意度指标');
      continue;
    }
    if (index === undefined) continue;
    const key = `${index}/${category}`;
    const list = lists.get(key) ?? [];
    lists.set(key, list);
    const path = ['projects', index, 'indicators', category, list.length];
    sink.anchor(['projects', index, 'indicators'], codeCell);
    sink.at(path, codeCell);
    if (record.cells.name) sink.at([...path, 'name'], record.cells.name);
    if (record.cells.value) sink.at([...path, 'value'], record.cells.value);
    list.push({ name: record.values.name, value: record.values.value });
  }
  attach(data, lists);
}

function attach(data: JsonObject, lists: ReadonlyMap<string, unknown[]>): void {
  const projects = listAt(data, ['projects']);
  for (const [key, list] of lists) {
    const [index, category] = key.split('/');
    const project = projects[Number(index)];
    if (!isObject(project) || !category) continue;
    const indicators = isObject(project.indicators) ? project.indicators : {};
    indicators[category] = list;
    project.indicators = indicators;
  }
}
