import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../compute/figures.js';
import { TEMPLATES_DIR } from '../../model/paths.js';
import { budgetInputSchema, type BudgetInputJson } from '../../model/schema.js';
import { minimalInput } from '../../../tests/fixtures/minimal.js';
import { documentContext } from '../context.js';
import type { GridTable } from '../model.js';
import { loadProfile } from '../profile.js';
import { buildTables } from './index.js';

/** The 项目绩效目标表 of an input under luoyang-2024 (leadingRows: department-units). */
function performance(json: BudgetInputJson): GridTable {
  const input = budgetInputSchema.parse(json);
  const table = buildTables(documentContext(input, computeFigures(input), loadProfile('luoyang-2024', [TEMPLATES_DIR]))).find((t) => t.key === 'project-performance');
  if (!table) throw new Error('no project-performance table');
  return table;
}

/** Each body row's first two printed cells (code, name). */
function leading(table: GridTable): string[] {
  return table.rows.slice(table.headerRows).map((row) => row.flatMap((c) => (c.kind === 'content' ? [c.text] : [])).slice(0, 2).join(' '));
}

describe('预算14 项目绩效目标表的表首行（department-units）', () => {
  it('单位公开：单位只印一行（部门行即单位），随后是各项目', () => {
    expect(leading(performance(minimalInput()))).toEqual(['900001 测试市测试中心', 'P001 公务接待', 'P002 信息系统运维']);
  });

  it('部门公开、两个单位：部门行之后每个单位一行，再列其项目', () => {
    const json = minimalInput();
    json.scope = '部门';
    json.department = { ...json.department, code: '900', name: '测试市测试局' };
    json.units = [{ ...json.units[0]!, isBase: true }, { code: '900002', name: '测试市测试站', type: '事业', isBase: false, divisions: [] }];
    expect(leading(performance(json))).toEqual(['900 测试市测试局', '900001 测试市测试中心', 'P001 公务接待', 'P002 信息系统运维']);
  });
});
