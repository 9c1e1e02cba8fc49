import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Io } from '../../src/cli/io.js';
import { codeListsFor } from '../../src/compute/codes.js';
import { DEFAULT_LIMITS, type InputLimits } from '../../src/input/limits.js';
import { readJson } from '../../src/input/json.js';
import { parseBudget } from '../../src/input/parse.js';
import type { JsonObject } from '../../src/input/workbook/spec.js';
import { writeWorkbook } from '../../src/input/workbook/write-workbook.js';
import { readXlsx } from '../../src/input/xlsx.js';
import { formatDiagnostic, type Diagnostic } from '../../src/model/diagnostic.js';
import type { BudgetInput } from '../../src/model/schema.js';
import { minimalInput } from '../fixtures/minimal.js';

/** The parsed budget of a JSON input file (examples/*\/input.json). */
export function budgetFromJson(bytes: Uint8Array, name = 'input.json'): BudgetInput {
  const read = readJson(bytes, name);
  if (!read.source) throw new Error(read.diagnostics.map(formatDiagnostic).join('\n'));
  const parsed = parseBudget(read.source);
  if (!parsed.budget) throw new Error(parsed.diagnostics.map(formatDiagnostic).join('\n'));
  return parsed.budget;
}

/** A budget back in JSON shape (Decimals as strings), as init writes it. */
export function jsonOf(budget: BudgetInput): JsonObject {
  return JSON.parse(JSON.stringify(budget)) as JsonObject;
}

/** The workbook init writes pre-filled from the small fixture (or any JSON-shaped data). */
export async function fixtureWorkbook(data: JsonObject = jsonOf(budgetFromJson(new TextEncoder().encode(JSON.stringify(minimalInput()))))): Promise<Uint8Array> {
  return writeWorkbook(data, { codes: codeListsFor(Number(data.year)) });
}

/** Opens a workbook with exceljs, lets the test edit it as an officer would, and saves it again. */
export async function edit(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  await change(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The worksheet by name, or a test failure. */
export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Reads a workbook as the pipeline does: reader diagnostics, then schema diagnostics, and the budget if any. */
export async function readBack(bytes: Uint8Array, limits: InputLimits = DEFAULT_LIMITS): Promise<{ diagnostics: Diagnostic[]; budget?: BudgetInput }> {
  const read = await readXlsx(bytes, '预算填报.xlsx', limits);
  if (!read.source) return { diagnostics: read.diagnostics };
  const parsed = parseBudget(read.source);
  return { diagnostics: [...read.diagnostics, ...parsed.diagnostics], ...(parsed.budget ? { budget: parsed.budget } : {}) };
}

/** Diagnostics as the officer reads them: `S08 支出明细!K13：…`. */
export function lines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(formatDiagnostic);
}

/** JSON with object keys sorted and `$schema` dropped: key order and the editor hint are not data. */
export function canonical(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => k !== '$schema')
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, x]) => [k, sort(x)]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(JSON.parse(JSON.stringify(value))), null, 1);
}

/** A fake Io that collects output (ESLint-style CLI as a function). */
export function fakeIo(cwd: string): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, env: {}, isTTY: false, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

/** Bytes of a file under the repository. */
export function repoFile(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../${path}`, import.meta.url)));
}
