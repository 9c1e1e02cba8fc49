import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDocument, checkInput, type CheckSummary } from '../../src/checks/index.js';
import { computeFigures, type BudgetFigures } from '../../src/compute/figures.js';
import { buildDocument } from '../../src/document/build.js';
import type { BudgetDocument, GridTable } from '../../src/document/model.js';
import { loadProfile, type ProfileTable } from '../../src/document/profile.js';
import type { Diagnostic, Location } from '../../src/model/diagnostic.js';
import { Decimal } from '../../src/model/money.js';
import { PACKAGE_ROOT, TEMPLATES_DIR } from '../../src/model/paths.js';
import { budgetInputSchema, type BudgetInput } from '../../src/model/schema.js';
import { buildFromBudget } from '../../src/pipeline.js';
import { minimalInput } from '../fixtures/minimal.js';

const BASE = 'luoyang-2024';
const EXAMPLES = ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024'];
const root = mkdtempSync(join(tmpdir(), 'yusuan-renumber-'));
const roots = [root, TEMPLATES_DIR];

/** A profile created by the test: luoyang-2024's table entries (same keys and specs) with other numbers, titles and order. */
function writeProfile(id: string, tables: readonly ProfileTable[]): void {
  mkdirSync(join(root, id));
  writeFileSync(join(root, id, 'profile.json'), JSON.stringify({ id, extends: BASE }));
  writeFileSync(join(root, id, 'tables.json'), JSON.stringify(tables, null, 2));
}

const baseTables = loadProfile(BASE).tables;
const renumbered = [...baseTables].reverse().map((t, i) => ({ ...t, id: `附表${i + 1}`, title: `（重排）${t.title}`, ...(t.tocTitle ? { tocTitle: `（重排）${t.tocTitle}` } : {}) }));
writeProfile('renumbered', renumbered);
writeProfile('no-project-performance', baseTables.filter((t) => t.key !== 'project-performance'));

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Printed number of each key in the base profile, and the renumbering's own: `附表3` → `预算12`. */
const byKey = new Map(baseTables.map((t) => [t.key, t.id]));
const back = new Map(renumbered.map((t) => [t.id, byKey.get(t.key) ?? t.id]));
/** A message as the base profile words it: table numbers mapped back, and the profile's own name (R01, R02 name it). */
const unnumber = (text: string) => text.replace(/附表\d+/g, (id) => back.get(id) ?? id).replace(/模板 renumbered/g, `模板 ${BASE}`);

function example(name: string): BudgetInput {
  return budgetInputSchema.parse(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'examples', name, 'input.json'), 'utf8')));
}

/** A location as the base profile prints it: the renumbered table's number mapped back through its key. */
function located(at: Location): string {
  if (at.kind !== 'table') return JSON.stringify(at);
  expect(at.table === byKey.get(at.key) || back.get(at.table) === byKey.get(at.key), `${at.key} 的编号 ${at.table}`).toBe(true);
  return JSON.stringify({ ...at, table: byKey.get(at.key) ?? at.table });
}

/** Findings with locations and messages mapped back to the base numbering, in a stable order. */
function findings(list: readonly Diagnostic[]): string[] {
  return list.map((d) => [d.rule, d.severity, located(d.at), unnumber(d.message), ...(d.related ?? []).map(located), JSON.stringify(d.data ?? {})].join(' | ')).sort();
}

function statuses(ledger: CheckSummary | undefined): string[] {
  return (ledger?.rules ?? []).map((r) => `${r.id}/${r.layer} ${r.status} ${r.findings} ${unnumber(r.reason ?? '')}`);
}

describe('重新编号、改标题、调换顺序的模板：同样的规则运行，得出同样的结论', () => {
  it('测试建立的模板确实改了每张表的编号、标题和顺序，键和类型不变', () => {
    const profile = loadProfile('renumbered', roots);
    expect(profile.tables.map((t) => t.key)).toEqual([...baseTables].reverse().map((t) => t.key));
    expect(profile.tables.map((t) => t.spec)).toEqual([...baseTables].reverse().map((t) => t.spec));
    for (const t of profile.tables) {
      expect(t.id).toMatch(/^附表\d+$/);
      expect(t.title).not.toBe(baseTables.find((b) => b.key === t.key)?.title);
    }
  });

  for (const name of EXAMPLES)
    it(`${name}：台账逐条相同，发现逐条相同（位置经编号映射）`, () => {
      const input = example(name);
      const base = buildFromBudget(input, undefined, { profile: BASE });
      const other = buildFromBudget(input, undefined, { profile: 'renumbered', profileRoots: [root] });
      expect(other.document?.parts.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'table' ? [b.table.id] : []))[0]).toBe('附表1');
      expect(statuses(other.ledger)).toEqual(statuses(base.ledger));
      expect(other.ledger?.total).toBe(base.ledger?.total);
      expect(findings(other.diagnostics)).toEqual(findings(base.diagnostics));
    });

  it('计算结果有误时（由此生成的两份文档），两层规则的发现逐条相同', () => {
    const input = budgetInputSchema.parse(minimalInput());
    const corrupt = (f: BudgetFigures) => {
      f.total = f.total.plus('0.01');
      f.generalPublic.personnel = f.generalPublic.personnel.plus('0.01');
      f.threePublic.reception = f.threePublic.reception.plus('0.01');
      f.projects[0]!.total = f.projects[0]!.total.plus('0.01');
    };
    const run = (id: string) => {
      const profile = loadProfile(id, roots);
      const figures = computeFigures(input);
      corrupt(figures);
      const inputRun = checkInput(input, figures, undefined, profile);
      const documentRun = checkDocument(buildDocument(input, figures, profile), { input });
      return [...inputRun.diagnostics, ...documentRun.diagnostics];
    };
    const base = run(BASE);
    expect(base.some((d) => d.at.kind === 'table' && d.rule.startsWith('T'))).toBe(true);
    expect(base.filter((d) => d.related?.some((r) => r.kind === 'table')).length).toBeGreaterThan(0);
    expect(findings(run('renumbered'))).toEqual(findings(base));
  });

  it('打印的任一金额被改动一分钱：两份文档的发现逐条相同（单元格按表键、行键、列键对应）', () => {
    for (const name of [...EXAMPLES, 'minimal']) {
      const input = name === 'minimal' ? budgetInputSchema.parse(minimalInput()) : example(name);
      const figures = computeFigures(input);
      const base = buildDocument(input, figures, loadProfile(BASE));
      const other = buildDocument(input, figures, loadProfile('renumbered', roots));
      const all = amountCells(base);
      const step = Math.ceil(all.length / 15);
      const cells = all.filter((_, i) => i % step === 0);
      expect(cells.length).toBeGreaterThan(10);
      for (const cell of cells) {
        const found = [base, other].map((doc) => findings(withCellRaised(doc, cell, () => checkDocument(doc, { input }).diagnostics)));
        expect(found[0]!.length, `${name} ${cell.join(' ')}`).toBeGreaterThan(0);
        expect(found[1], `${name} ${cell.join(' ')}`).toEqual(found[0]);
      }
    }
  });
});

describe('模板去掉一张表：需要它的规则“不适用”，其余规则照常运行', () => {
  it('没有项目绩效目标表：T14、X14 两层都不适用并说明原因，其余规则的结论与完整模板相同', () => {
    for (const name of EXAMPLES) {
      const input = example(name);
      const full = buildFromBudget(input, undefined, { profile: BASE }).ledger;
      const dropped = buildFromBudget(input, undefined, { profile: 'no-project-performance', profileRoots: [root] }).ledger;
      const changed = (dropped?.rules ?? []).filter((r, i) => r.status !== full?.rules[i]?.status);
      expect(changed.map((r) => `${r.id}/${r.layer} ${r.status}`)).toEqual([
        'T14/input not-applicable',
        'X14/input not-applicable',
        'T14/document not-applicable',
        'X14/document not-applicable',
      ]);
      for (const r of changed) expect(r.reason).toBe('本模板没有表 project-performance');
      expect(dropped?.total).toBe(full?.total);
      expect(dropped?.notRun).toBe(full?.notRun);
    }
  });
});

type CellKey = [table: string, row: string, column: string];

/** Every amount cell, named by its table key, row key (the cell's own where it has one) and column key. */
function amountCells(doc: BudgetDocument): CellKey[] {
  return tablesOf(doc).flatMap((t) =>
    t.rows.flatMap((row, r) =>
      row.flatMap((cell, c): CellKey[] => (cell.kind === 'content' && cell.role === 'amount' ? [[t.key, cell.row ?? t.rowKeys[r] ?? '', t.columnKeys[c] ?? '']] : [])),
    ),
  );
}

/** Runs `check` with the cell named by keys raised by 0.01, then restores it. */
function withCellRaised<T>(doc: BudgetDocument, [key, rowKey, columnKey]: CellKey, check: () => T): T {
  const t = tablesOf(doc).find((x) => x.key === key);
  const c = t?.columnKeys.indexOf(columnKey) ?? -1;
  const r = t?.rows.findIndex((row, i) => {
    const cell = row[c];
    return cell?.kind === 'content' && (cell.row ?? t.rowKeys[i]) === rowKey;
  });
  const cell = t && r !== undefined && r >= 0 ? t.rows[r]?.[c] : undefined;
  if (!cell || cell.kind !== 'content') throw new Error(`no cell ${key} ${rowKey} ${columnKey}`);
  const saved = { text: cell.text, value: cell.value };
  cell.text = cell.value = new Decimal(cell.value ?? '0').plus('0.01').toFixed(2);
  try {
    return check();
  } finally {
    cell.text = saved.text;
    if (saved.value === undefined) delete cell.value;
    else cell.value = saved.value;
  }
}

function tablesOf(doc: BudgetDocument): GridTable[] {
  return doc.parts.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'table' ? [b.table] : []));
}
