import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotTable, snapshotsToJson, type SnapshotCell, type TableSnapshot } from './snapshot.js';
import { gridTopOf, renderXlsx } from '../../src/render/xlsx/index.js';
import { readXlsx } from '../render/xlsx-read.js';
import { TABLE_EXAMPLES, exampleDir, exampleTables } from './tables-examples.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** The edition's table set and canonical titles (spec §1.6, "Recommended canonical E2024 titles"). */
const TITLES: Record<(typeof TABLE_EXAMPLES)[number], string[]> = {
  '000-luoyang-2022': [
    '2022年单位收支预算表', '2022年单位收入预算表', '2022年单位支出预算表', '2022年财政拨款收支预算表', '2022年一般公共预算支出预算表',
    '2022年一般公共预算基本支出预算表', '2022年支出经济分类汇总表', '2022年一般公共预算“三公”经费预算表', '2022年政府性基金支出预算表',
    '2022年国有资本经营支出预算表', '2022年项目支出预算表', '2022年单位预算项目绩效目标表',
  ],
  '004-xigong-2023': [
    '2023年部门收支预算表', '2023年部门收入预算表', '2023年部门支出预算表', '2023年财政拨款收支预算表', '2023年一般公共预算支出预算表',
    '2023年一般公共预算基本支出预算表', '2023年支出经济分类汇总表', '2023年一般公共预算“三公”经费预算表', '2023年政府性基金支出预算表',
    '2023年国有资本经营支出预算表', '2023年项目支出预算表', '区级部门整体绩效目标表', '2023年度区级部门预算项目绩效目标表',
  ],
  '002-chengxiang-2024': [
    '2024年部门收支预算表', '2024年部门收入预算表', '2024年部门支出预算表', '2024年财政拨款收支预算表', '2024年一般公共预算支出预算表',
    '2024年一般公共预算基本支出预算表', '2024年支出经济分类汇总表', '2024年一般公共预算“三公”经费预算表', '2024年政府性基金支出预算表',
    '2024年国有资本经营支出预算表', '2024年行政（事业）单位机构运转经费预算表', '2024年项目支出预算表',
    '部门（单位）整体绩效目标表（2024年度）', '2024年部门预算项目绩效目标表',
  ],
};

describe.each(TABLE_EXAMPLES)('example %s: tables 预算01… cell for cell', (name) => {
  const tables = exampleTables(name);
  if (!tables) throw new Error(`examples/${name}/input.json is missing`);
  const snapshots = tables.map(snapshotTable);
  const file = join(exampleDir(name), 'expected', 'tables.json');
  if (UPDATE) writeFileSync(file, snapshotsToJson(snapshots));

  it('has the edition table set, labelled 预算NN表, with the canonical titles (spec §1.6; 002-3 titles harmonised)', () => {
    expect(tables.map((t) => t.label)).toEqual(TITLES[name].map((_, i) => `预算${String(i + 1).padStart(2, '0')}表`));
    expect(tables.map((t) => t.title)).toEqual(TITLES[name]);
  });

  it('equals expected/tables.json in every cell of every table', () => {
    expect(existsSync(file), `${file} missing: run UPDATE_GOLDEN=1 npx vitest run tests/golden/tables.test.ts`).toBe(true);
    const expected = JSON.parse(readFileSync(file, 'utf8')) as TableSnapshot[];
    expect(snapshots.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    snapshots.forEach((s, i) => expect(s, `${s.label}`).toEqual(expected[i]));
  });

  it('writes an .xlsx whose every sheet reads back equal to expected/tables.json', async () => {
    const expected = JSON.parse(readFileSync(file, 'utf8')) as TableSnapshot[];
    const sheets = await readXlsx(await renderXlsx(tables));
    expect(sheets.map((s) => s.name)).toEqual(expected.map((t) => t.label));
    let compared = 0;
    expected.forEach((table, t) => {
      const sheet = sheets[t]!;
      const top = gridTopOf(tables[t]!) - 1;
      expect(sheet.rows[0]?.[0]?.text).toBe(table.label);
      expect(sheet.rows[1]?.[0]?.text).toBe(table.title);
      table.rows.forEach((row, r) =>
        row.forEach((cell: SnapshotCell, c) => {
          const read = sheet.rows[top + r]?.[c];
          const want = cell === null ? null : typeof cell === 'string' ? cell : cell.text;
          expect(read?.merge ? null : (read?.text ?? ''), `${table.label} R${r + 1}C${c + 1}`).toBe(want);
          expect(read?.formula).toBe(false);
          compared++;
        }),
      );
      const notes = sheet.rows.slice(top + table.rows.length).map((row) => row[0]?.text);
      expect(notes).toEqual(table.notes);
    });
    expect(compared).toBe(expected.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.length, 0), 0));
  });
});
