import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { processInput, type Processed } from '../../src/pipeline.js';
import type { BudgetInputJson } from '../../src/model/schema.js';
import { minimalInput } from '../fixtures/minimal.js';

/** A fresh folder outside the repository. */
export function tempDir(prefix = 'yusuan-profile-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (name → JSON value or text) into `dir`, making folders as needed; returns `dir`. */
export function writeFiles(dir: string, files: Record<string, unknown>): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** A user profile in `dir` extending luoyang-2024, with `profile` merged into its profile.json. */
export function userProfile(dir: string, profile: Record<string, unknown> = {}, files: Record<string, unknown> = {}): string {
  return writeFiles(dir, { 'profile.json': { extends: 'luoyang-2024', ...profile }, ...files });
}

/** The minimal input naming `profile`, written as input.json in `dir`; returns the file's path. */
export function inputFile(dir: string, profile: string | undefined, input: BudgetInputJson = minimalInput()): string {
  writeFiles(dir, { 'input.json': { ...input, ...(profile ? { profile } : {}) } });
  return join(dir, 'input.json');
}

/** Runs the pipeline on the minimal input with the given `profile` field, relative to `baseDir`. */
export function processWith(profile: string, baseDir: string): Promise<Processed> {
  const bytes = Buffer.from(JSON.stringify({ ...minimalInput(), profile }));
  return processInput(bytes, 'input.json', { baseDir });
}

/** The S07 diagnostics, each as the CLI prints it after the rule: `<file>：<path>：<message>`. */
export function s07(processed: Processed): string[] {
  return processed.diagnostics.filter((d) => d.rule === 'S07').map((d) => `${d.at.kind === 'file' ? d.at.file : d.at.kind === 'json' ? d.at.path : d.at.kind}：${d.message}`);
}
