import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/model/paths.js';
import type { BudgetInputJson } from '../src/model/schema.js';

/** Real texts (project names, indicators, duties, 整体绩效) lifted from the transcribed seeds, so synthetic inputs read like real ones. */
export interface SeedTexts {
  projects: NonNullable<BudgetInputJson['projects']>;
  duties: string[];
  divisions: string[];
  overallPerformance: NonNullable<BudgetInputJson['overallPerformance']>;
}

let cached: SeedTexts | undefined;

/** Reads example 000 (projects, duties) and example 002 (整体绩效, E2024) once. */
export function seedTexts(): SeedTexts {
  if (cached) return cached;
  const luoyang = readExample('000-luoyang-2022');
  const chengxiang = readExample('002-chengxiang-2024');
  if (!chengxiang.overallPerformance) throw new Error('example 002 has no overallPerformance');
  cached = {
    projects: luoyang.projects ?? [],
    duties: luoyang.overview.duties,
    divisions: luoyang.units[0]?.divisions ?? [],
    overallPerformance: chengxiang.overallPerformance,
  };
  return cached;
}

/** An example's input.json as written (money as strings). */
export function readExample(name: string): BudgetInputJson {
  return JSON.parse(readFileSync(exampleInputPath(name), 'utf8')) as BudgetInputJson;
}

/** Path of an example's input.json. */
export function exampleInputPath(name: string): string {
  return join(PACKAGE_ROOT, 'examples', name, 'input.json');
}
