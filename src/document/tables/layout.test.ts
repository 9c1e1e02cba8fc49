import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalInput } from '../../../tests/fixtures/minimal.js';
import { computeFigures } from '../../compute/figures.js';
import { TEMPLATES_DIR } from '../../model/paths.js';
import { budgetInputSchema } from '../../model/schema.js';
import { documentContext } from '../context.js';
import type { GridTable } from '../model.js';
import { loadProfile } from '../profile.js';
import { buildTables, specFor, tableContext } from './index.js';
import { EMPTY_NOTE_ROW, layoutTable } from './layout.js';

/** A profile folder in a temp dir that extends `base` with the given options. */
function profileRoot(id: string, base: string, options: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'yusuan-style-'));
  mkdirSync(join(root, id));
  writeFileSync(join(root, id, 'profile.json'), JSON.stringify({ id, extends: base, options }));
  return root;
}

function tablesWith(id: string, base: string, options: Record<string, unknown>) {
  const input = budgetInputSchema.parse(minimalInput());
  const ctx = documentContext(input, computeFigures(input), loadProfile(id, [profileRoot(id, base, options), TEMPLATES_DIR]));
  return { ctx, tables: buildTables(ctx) };
}

const byKey = (tables: GridTable[], key: string) => {
  const table = tables.find((t) => t.key === key);
  if (!table) throw new Error(`no table ${key}`);
  return table;
};
const lastRow = (t: GridTable) => t.rows.at(-1) ?? [];

describe('layoutTable: unit line, zero display and the empty-table note (issue 14)', () => {
  it('Luoyang by default: 单位：万元, the 备注 below the grid', () => {
    const { tables } = tablesWith('style-default', 'luoyang-2024', {});
    expect(byKey(tables, 'income-expenditure').unitLine).toBe('单位：万元');
    const govFund = byKey(tables, 'gov-fund-expenditure');
    expect(govFund.notes).toEqual(['备注：测试中心2024年无政府性基金预算拨款安排的支出，故此表无数据。']);
    expect(govFund.rowKeys).not.toContain(EMPTY_NOTE_ROW);
  });

  it('单位：元 follows the table unit, and the cells print in 元', () => {
    const { tables } = tablesWith('style-yuan', 'luoyang-2024', { tableAmountUnit: '元', tableThousands: true });
    const t = byKey(tables, 'income-expenditure');
    expect(t.unitLine).toBe('单位：元');
    const texts = t.rows.flat().flatMap((c) => (c.kind === 'content' && c.role === 'amount' ? [c.text] : []));
    expect(texts).toContain('1,000,000.00');
  });

  it('the note as a merged last row of the grid', () => {
    const { tables } = tablesWith('style-in-table', 'luoyang-2024', { emptyNotePlace: 'in-table' });
    const t = byKey(tables, 'gov-fund-expenditure');
    expect(t.notes).toEqual([]);
    expect(t.rowKeys.at(-1)).toBe(EMPTY_NOTE_ROW);
    expect(t.rowKeys).toHaveLength(t.rows.length);
    expect(lastRow(t)[0]).toMatchObject({ kind: 'content', text: '备注：测试中心2024年无政府性基金预算拨款安排的支出，故此表无数据。', colSpan: t.columns.length });
    expect(lastRow(t).slice(1).every((c) => c.kind === 'covered')).toBe(true);
  });

  it('a style-wide default note where the entry gives none (E2022 prints none)', () => {
    const none = tablesWith('style-2022', 'luoyang-2022', {});
    expect(byKey(none.tables, 'gov-fund-expenditure').notes).toEqual([]);
    const note = '备注：{{shortName}}{{year}}年{{tableTitle}}无数据。';
    const { tables } = tablesWith('style-2022-note', 'luoyang-2022', { emptyNoteDefault: note });
    expect(byKey(tables, 'gov-fund-expenditure').notes).toEqual(['备注：测试中心2024年政府性基金支出预算表无数据。']);
    expect(byKey(tables, 'income-expenditure').notes).toEqual([]);
  });

  it('a table entry’s zeroDisplay overrides the profile’s', () => {
    const { ctx } = tablesWith('style-dash', 'luoyang-2024', { zeroDisplay: '—' });
    const entry = ctx.profile.tables.find((e) => e.key === 'general-public-expenditure');
    if (!entry) throw new Error('no 05表');
    const zeros = (t: GridTable) => t.rows.flat().flatMap((c) => (c.kind === 'content' && c.role === 'amount' && c.value === '0.00' ? [c.text] : []));
    expect(new Set(zeros(layoutTable(specFor(entry), tableContext(ctx, entry))))).toEqual(new Set(['—']));
    const own = { ...entry, options: { ...entry.options, zeroDisplay: '0' } };
    expect(new Set(zeros(layoutTable(specFor(own), tableContext(ctx, own))))).toEqual(new Set(['0']));
  });
});
