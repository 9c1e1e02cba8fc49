import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeFigures } from '../../src/compute/figures.js';
import { documentContext } from '../../src/document/context.js';
import type { GridTable } from '../../src/document/model.js';
import { chooseProfile, loadProfile } from '../../src/document/profile.js';
import { buildTables } from '../../src/document/tables/index.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';
import { budgetInputSchema } from '../../src/model/schema.js';

/** The golden examples whose tables are compared cell by cell with the seeds (spec §3, Appendix B). */
export const TABLE_EXAMPLES = ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024'] as const;
export type TableExample = (typeof TABLE_EXAMPLES)[number];

/** Folder of an example. */
export const exampleDir = (name: string): string => join(PACKAGE_ROOT, 'examples', name);

/** Lays out an example's tables through the real profile chosen for it; undefined while it is not transcribed. */
export function exampleTables(name: string): GridTable[] | undefined {
  const file = join(exampleDir(name), 'input.json');
  if (!existsSync(file)) return undefined;
  const input = budgetInputSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const profile = loadProfile(chooseProfile(input).profile);
  return buildTables(documentContext(input, computeFigures(input), profile));
}

/** A table by 表号, failing loudly when the edition's set lacks it. */
export function tableById(tables: readonly GridTable[], id: string): GridTable {
  const table = tables.find((t) => t.id === id);
  if (!table) throw new Error(`没有 ${id}（有：${tables.map((t) => t.id).join('、')}）`);
  return table;
}

/** Body rows (below the header) as printed texts; covered positions print ''. */
export function bodyTexts(table: GridTable): string[][] {
  return table.rows.slice(table.headerRows).map((row) => row.map((c) => (c.kind === 'content' ? c.text : '')));
}

/** Appendix B as transcribed in examples/<case>/expected/figures.json (amounts with 2 decimals, zero as 0.00). */
export interface Figures {
  funcRows: ({ code: string | null; name: string } & Record<string, string>)[];
  basicEconRows: { econ: string | null; econName?: string; govEcon?: string; govEconName?: string; total: string; personnel: string; operating: string }[];
  econRows: { econ: string | null; econName?: string; govEcon?: string; govEconName?: string; total: string }[];
  projects: { unit?: string; type: string; name: string; code: string; amount: string }[];
}
export const figuresOf = (name: string) => JSON.parse(readFileSync(join(exampleDir(name), 'expected', 'figures.json'), 'utf8')) as Figures;
export const blank = (s: string) => (s === '0.00' ? '' : s);
const FUNC_KEYS = ['total', 'basic', 'wages', 'personalFamily', 'goodsServices', 'capital', 'project', 'projectOperating', 'projectSpecific'];

/** An example's tables by 表号, their body texts, and its Appendix B figures. */
export function load(name: string) {
  const tables = exampleTables(name);
  if (!tables) throw new Error(`examples/${name}/input.json is missing`);
  return { table: (id: string) => tableById(tables, id), body: (id: string) => bodyTexts(tableById(tables, id)), figures: figuresOf(name) };
}

/** 03/05 rows from Appendix B.1: 合计, group row, then 项 rows with every amount column filled. */
export function funcTable(f: Figures, code: string, name: string): string[][] {
  const [total, ...rows] = f.funcRows;
  const amounts = (r: Record<string, string>) => FUNC_KEYS.map((k) => blank(r[k] ?? ''));
  return [
    ['', '', '', '', '合计', ...amounts(total!)],
    ['', '', '', code, name, ...amounts(total!)],
    ...rows.map((r) => [r.code!.slice(0, 3), r.code!.slice(3, 5), r.code!.slice(5), '', r.name, ...amounts(r)]),
  ];
}

/** 07 rows from Appendix B.3 (each seed fills only 总计, 一般公共预算小计, 其中财政拨款). */
export function econTable(f: Figures, code: string, name: string): string[][] {
  const [total, ...rows] = f.econRows;
  const tail = (v: string) => [v, v, v, ...Array<string>(9).fill('')];
  return [
    ['', '', '合计', '', '', '', ...tail(total!.total)],
    [code, '', name, '', '', '', ...tail(total!.total)],
    ...rows.map((r) => [r.econ!.slice(0, 3), r.econ!.slice(3), r.econName!, r.govEcon!.slice(0, 3), r.govEcon!.slice(3), r.govEconName!, ...tail(r.total)]),
  ];
}

/** 06 rows from Appendix B.2. */
export function basicTable(f: Figures): string[][] {
  return f.basicEconRows.map((r) =>
    r.econ === null ? ['合计', '', '', '', r.total, blank(r.personnel), blank(r.operating)] : [r.econ, r.econName!, r.govEcon!, r.govEconName!, r.total, blank(r.personnel), blank(r.operating)],
  );
}

/** 01表 label → amount for every non-blank amount of both lists (spec §3.1). */
export function budget01Amounts(rows: string[][]): Record<string, string> {
  return Object.fromEntries(rows.flatMap((r) => [[r[0], r[1]], [r[2], r[3]]]).filter(([label, v]) => label && v));
}
