import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initCommand } from '../../src/cli/init-command.js';
import { DEFAULT_LIMITS } from '../../src/input/limits.js';
import { readXlsx } from '../../src/input/xlsx.js';
import type { BudgetInputJson } from '../../src/model/schema.js';
import { processInput } from '../../src/pipeline.js';
import { minimalInput } from '../fixtures/minimal.js';
import { canonical, edit, fakeIo, fixtureWorkbook, lines, readBack, sheet } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'yusuan-facts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A county profile allowing two fields to be published blank, and printing the procurement detail table. */
function county(): string {
  const root = join(work, 'profiles');
  mkdirSync(join(root, 'county'), { recursive: true });
  writeFileSync(join(root, 'county', 'profile.json'), JSON.stringify({ id: 'county', extends: 'luoyang-2024', options: { blankAllowed: 'procurement.smeReserved procurement.items[].amount' } }));
  writeFileSync(join(root, 'county', 'tables.json'), JSON.stringify([{ key: 'procurement-detail', id: '附表1', spec: 'procurement-detail', title: '{{year}}年政府采购预算明细表' }]));
  return root;
}
const root = county();

/** The fixture with every new fact of issue 14 filled in. */
function withFacts(): BudgetInputJson {
  const json = minimalInput();
  return {
    ...json,
    department: { ...json.department, parentCode: '900', parentName: '测试市测试局' },
    projects: json.projects?.map((p) => ({ ...p, alias: `${p.name}（别名）` })),
    reasons: { ...json.reasons, threePublic: { total: '压减公务接待', reception: '接待任务减少' } },
    operatingFundsContents: ['办公费', '印刷费', '水电费'],
    procurement: { goods: '0', works: '0', services: '23.45', smeReserved: '—', items: [{ name: '信息系统运维', category: '服务', amount: '—' }] },
    purchaseOfServices: [{ name: '信息系统运维', category: '信息技术服务', source: '一般公共预算', amount: '23.45' }],
    assets: { ...json.assets, asOf: '2023-12-31', largeEquipment: { threshold: '200', count: 0 }, plannedPurchases: { vehicles: 0, largeEquipment: 0 } },
  };
}

const bytesOf = (json: unknown) => new TextEncoder().encode(JSON.stringify(json));
const run = (bytes: Uint8Array, name: string) => processInput(bytes, name, { profile: 'county', profileRoots: [root] });

describe('a figure published blank: “—”', () => {
  it('is accepted with a located warning where the profile allows it, and printed as “—”', async () => {
    const processed = await run(bytesOf(withFacts()), 'input.json');
    const found = lines(processed.diagnostics.filter((d) => d.rule === 'S10' || d.rule === 'S01'));
    expect(found).toEqual([expect.stringMatching(/^S10 procurement\.smeReserved：此项填为“—”/), expect.stringMatching(/^S10 procurement\.items\[0\]\.amount：/)]);
    expect(processed.diagnostics.filter((d) => d.rule === 'S10').every((d) => d.severity === 'warning')).toBe(true);
    const blocks = processed.document?.parts.flatMap((p) => p.blocks) ?? [];
    const table = blocks.flatMap((b) => (b.type === 'table' ? [b.table] : [])).find((t) => t.key === 'procurement-detail');
    const row = table?.rows[table.rowKeys.indexOf('total')];
    expect(row?.map((c) => (c.kind === 'content' ? c.text : null))).toEqual(['合计', '', '23.45', '—']);
  });

  it('is the usual located error elsewhere: a field the profile does not name, or under a profile allowing none', async () => {
    const json = withFacts();
    json.procurement.goods = '—';
    const found = lines((await run(bytesOf(json), 'input.json')).diagnostics.filter((d) => d.severity === 'error'));
    expect(found).toEqual([expect.stringMatching(/^S01 procurement\.goods：金额必须是.*“—”只能填在模板允许留空的项目/)]);
    const shipped = await processInput(bytesOf(withFacts()), 'input.json', { profile: 'luoyang-2024' });
    expect(lines(shipped.diagnostics.filter((d) => d.severity === 'error'))).toEqual([
      expect.stringMatching(/^S01 procurement\.smeReserved：/),
      expect.stringMatching(/^S01 procurement\.items\[0\]\.amount：/),
    ]);
  });

  it('in the workbook: “—” typed in a cell is located at that cell, a warning where allowed and S01 elsewhere', async () => {
    const json = minimalInput();
    const bytes = await edit(await fixtureWorkbook(json as never), (wb) => {
      const ws = sheet(wb, '政府采购与资产');
      ws.getCell('B3').value = '—';
      ws.getCell('B6').value = '－';
    });
    const processed = await run(bytes, 'input.xlsx');
    expect(lines(processed.diagnostics.filter((d) => d.rule === 'S10' || d.rule === 'S01'))).toEqual([
      expect.stringMatching(/^S01 政府采购与资产!B3：/),
      expect.stringMatching(/^S10 政府采购与资产!B6：/),
    ]);
  });
});

describe('the new facts through the fill-in workbook: init --from, read back, roll-over', () => {
  const jsonPath = join(work, 'facts.json');
  writeFileSync(jsonPath, JSON.stringify(withFacts()));

  it('init --from a JSON with every new fact writes a workbook that reads back to the same input', async () => {
    expect(await initCommand([], { from: jsonPath, output: join(work, 'facts.xlsx') }, fakeIo(work))).toBe(0);
    const { diagnostics, budget } = await readBack(readFileSync(join(work, 'facts.xlsx')));
    expect(lines(diagnostics)).toEqual([]);
    const fromJson = await run(bytesOf(withFacts()), 'input.json');
    expect(canonical(budget)).toBe(canonical(fromJson.budget));
    expect(budget?.assets.asOf).toBe('2023-12-31');
    expect(budget?.reasons.threePublic?.reception).toBe('接待任务减少');
  });

  it('rolled to next year: names, aliases, contents and the 部门 carry; amounts, plans and reasons clear; the cut-off date moves on', async () => {
    expect(await initCommand([], { from: join(work, 'facts.xlsx'), output: join(work, 'next.xlsx') }, fakeIo(work))).toBe(0);
    const read = await readXlsx(readFileSync(join(work, 'next.xlsx')), 'next.xlsx', DEFAULT_LIMITS);
    const data = read.source?.data as BudgetInputJson;
    expect(data.year).toBe(2025);
    expect(data.department).toMatchObject({ parentCode: '900', parentName: '测试市测试局' });
    expect(data.projects?.map((p) => p.alias)).toEqual(['公务接待（别名）', '信息系统运维（别名）']);
    expect(data.operatingFundsContents).toEqual(['办公费', '印刷费', '水电费']);
    expect(data.procurement).toEqual({ items: [{ name: '信息系统运维', category: '服务' }] });
    expect(data.purchaseOfServices).toEqual([{ name: '信息系统运维', category: '信息技术服务', source: '一般公共预算' }]);
    expect(data.assets).toMatchObject({ asOf: '2024-12-31', largeEquipment: { threshold: '200', count: 0 } });
    expect(data.assets).not.toHaveProperty('plannedPurchases');
    expect(data.reasons).toEqual({});
  });
});
