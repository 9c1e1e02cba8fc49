import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../compute/figures.js';
import { TEMPLATES_DIR } from '../../model/paths.js';
import { budgetInputSchema, type BudgetInputJson } from '../../model/schema.js';
import { minimalInput } from '../../../tests/fixtures/minimal.js';
import { documentContext } from '../context.js';
import type { GridTable } from '../model.js';
import { loadProfile } from '../profile.js';
import { THREE_PUBLIC_NOTE } from './budget08-three-public-costs.js';
import { buildTables, specFor, tableContext, tableTocTitle } from './index.js';

function contextFor(profileId: string, json: BudgetInputJson = minimalInput(), roots: string[] = [TEMPLATES_DIR]) {
  const input = budgetInputSchema.parse(json);
  return documentContext(input, computeFigures(input), loadProfile(profileId, roots));
}

/** Every content cell's span lies inside the grid over covered positions only, and every position is accounted for. */
function checkCoverage(table: GridTable): void {
  const width = table.columns.length;
  const owner: (string | undefined)[][] = table.rows.map(() => new Array<string | undefined>(width));
  table.rows.forEach((row, r) => {
    expect(row, `${table.id} row ${r}`).toHaveLength(width);
    row.forEach((cell, c) => {
      if (cell.kind !== 'content') return;
      for (let i = r; i < r + cell.rowSpan; i++)
        for (let k = c; k < c + cell.colSpan; k++) {
          expect(owner[i]?.[k], `${table.id} (${i},${k}) covered twice`).toBeUndefined();
          expect(table.rows[i]?.[k]?.kind, `${table.id} (${i},${k})`).toBe(i === r && k === c ? 'content' : 'covered');
          owner[i]![k] = `${r},${c}`;
        }
    });
  });
  owner.forEach((row, r) => row.forEach((o, c) => expect(o, `${table.id} (${r},${c}) uncovered`).toBeDefined()));
}

describe('buildTables', () => {
  it.each([
    ['luoyang-2022', 12],
    ['luoyang-2023', 13],
    ['luoyang-2024', 14],
  ])('lays out the %s table set in order, every grid fully covered', (profile, count) => {
    const tables = buildTables(contextFor(profile));
    expect(tables.map((t) => t.label)).toEqual(Array.from({ length: count }, (_, i) => `预算${String(i + 1).padStart(2, '0')}表`));
    tables.forEach(checkCoverage);
    for (const t of tables) expect(t.columns.every((w) => w >= 4 && w <= 60)).toBe(true);
  });

  it('lets a profile drop, renumber and retitle tables without code', () => {
    const root = mkdtempSync(join(tmpdir(), 'yusuan-tables-'));
    mkdirSync(join(root, 'county'));
    writeFileSync(join(root, 'county', 'profile.json'), JSON.stringify({ id: 'county', extends: 'luoyang-2024' }));
    const tables = [
      { id: '附表1', spec: 'three-public-costs', title: '{{year}}年“三公”经费表', emptyNote: '备注：无。' },
      { id: '附表2', spec: 'expenditure-by-function', title: '{{shortName}}支出表', options: { family: 'generalPublic' } },
    ];
    writeFileSync(join(root, 'county', 'tables.json'), JSON.stringify(tables));
    const built = buildTables(contextFor('county', minimalInput(), [root, TEMPLATES_DIR]));
    expect(built.map((t) => [t.label, t.title])).toEqual([['附表1表', '2024年“三公”经费表'], ['附表2表', '测试中心支出表']]);
    expect(built[0]?.notes).toEqual([THREE_PUBLIC_NOTE]); // 三公 1.50: not empty, so no 备注
  });

  it('names an unknown spec key or option value in Chinese', () => {
    expect(() => specFor({ key: 'nope', id: '预算99', spec: 'nope', title: 'x' })).toThrow(/未知的表格类型 nope/);
    const ctx = contextFor('luoyang-2024');
    const entry = { key: 'general-public-expenditure', id: '预算05', spec: 'expenditure-by-function', title: 'x', options: { family: 'oops' } };
    expect(() => specFor(entry).rows(tableContext(ctx, entry))).toThrow(/family 选项无效：oops/);
  });
});

describe('empty tables and notes', () => {
  const noProjects = (): BudgetInputJson => {
    const json = minimalInput();
    json.lineItems = json.lineItems.filter((li) => li.kind === '基本');
    json.projects = [];
    return json;
  };

  it('prints the profile 备注 under an empty table and none under a filled one', () => {
    const tables = buildTables(contextFor('luoyang-2024', noProjects()));
    const byId = (id: string) => tables.find((t) => t.id === id)!;
    expect(byId('预算12').notes).toEqual(['备注：测试中心2024年无项目支出预算，故此表无数据。']);
    expect(byId('预算14').notes).toEqual(['备注：测试中心2024年无项目支出预算，故此表无数据。']);
    expect(byId('预算09').notes).toEqual(['备注：测试中心2024年无政府性基金预算拨款安排的支出，故此表无数据。']);
    expect(byId('预算03').notes).toEqual([]);
    expect(byId('预算08').notes).toHaveLength(2);
  });

  it('prints no 备注 where the profile has none (E2022 09/10)', () => {
    const tables = buildTables(contextFor('luoyang-2022', noProjects()));
    expect(tables.find((t) => t.id === '预算09')?.notes).toEqual([]);
  });
});

describe('tableTocTitle', () => {
  it('drops the leading year from the title, or uses the declared 目录 wording (spec §1.2)', () => {
    const ctx = contextFor('luoyang-2024');
    const toc = ctx.profile.tables.map((entry) => tableTocTitle(entry, ctx));
    expect(toc).toEqual([
      '单位收支预算表', '单位收入预算表', '单位支出预算表', '财政拨款收支预算表', '一般公共预算支出预算表', '一般公共预算基本支出预算表',
      '支出经济分类汇总表', '一般公共预算“三公”经费预算表', '政府性基金支出预算表', '国有资本经营支出预算表', '行政（事业）单位机构运转经费预算表',
      '项目支出预算表', '部门（单位）整体绩效目标表', '单位预算项目绩效目标表',
    ]);
    const e2023 = contextFor('luoyang-2023', { ...minimalInput(), year: 2023, level: '区级' });
    expect(e2023.profile.tables.map((entry) => tableTocTitle(entry, e2023)).slice(11)).toEqual(['区级部门整体绩效目标表', '区级部门预算项目绩效目标表']);
  });
});
