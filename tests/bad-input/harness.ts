import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import type { Io } from '../../src/cli/io.js';
import { minimalInput } from '../fixtures/minimal.js';
import type { BudgetInputJson } from '../../src/model/schema.js';

/** One hostile input: the file (or its generator), and what the CLI must answer. */
export interface BadCase {
  /** Chinese test title. */
  title: string;
  /** File name in the input folder; the extension picks the reader. */
  file: string;
  /** The bytes, or text written as UTF-8. */
  input: () => Uint8Array | string | Promise<Uint8Array | string>;
  /** Rule id and formatted location (`lineItems[0].amount`, `bad.json`) of the diagnostic expected on stderr. */
  rule: string;
  at: string;
  /** What the message must say besides (a line and column, a limit). */
  message?: RegExp;
  /** Exit code: 1 for input errors (the default), 2 for usage or I/O. */
  code?: number;
  env?: Record<string, string>;
  /** Extra command-line arguments after the input. */
  args?: string[];
}

/** What one CLI run printed and left behind. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outDir: string;
  written: string[];
}

/** A fake Io capturing stdout and stderr, rooted at `cwd`. */
export function fakeIo(cwd: string, env: Record<string, string | undefined> = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, env, isTTY: false, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

/** Writes the case's input into a fresh folder and runs `yusuan generate <file> -o out`. */
export async function runCase(c: Pick<BadCase, 'file' | 'input' | 'env' | 'args'>, command = 'generate'): Promise<Run> {
  const dir = await mkdtemp(join(tmpdir(), 'yusuan-bad-'));
  try {
    const inDir = join(dir, 'in');
    await mkdir(inDir);
    const path = join(inDir, c.file);
    await writeFile(path, await c.input());
    const outDir = join(dir, 'out');
    const io = fakeIo(dir, c.env ?? {});
    const code = await execute([command, path, '-o', outDir, ...(c.args ?? [])], io);
    return { code, stdout: io.out.join(''), stderr: io.err.join(''), outDir, written: await listFiles(outDir) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every file under `dir` (none when it does not exist), temp files included. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/** The corpus contract: exit code, the located diagnostic on stderr, no stack trace, nothing written. */
export function expectRefused(run: Run, c: Pick<BadCase, 'rule' | 'at' | 'code' | 'message'>): void {
  const text = `${run.stderr}\n${run.stdout}`;
  const line = text.split('\n').find((l) => l.trim().startsWith(`${c.rule} ${c.at}：`));
  expect({ code: run.code, located: line !== undefined }, text).toEqual({ code: c.code ?? 1, located: true });
  if (c.message) expect(line).toMatch(c.message);
  expect(text).not.toMatch(STACK_LINE);
  expect(text).not.toContain('内部错误');
  expect(run.written).toEqual([]);
}

/** The minimal valid input, edited by `edit`, as JSON text. */
export function mutated(edit: (input: BudgetInputJson & Record<string, unknown>) => void): () => string {
  return () => {
    const input: BudgetInputJson & Record<string, unknown> = minimalInput();
    edit(input);
    return JSON.stringify(input, null, 2);
  };
}

/** The i-th line item of an input (tests edit it in place). */
export function item(input: BudgetInputJson, i: number): Record<string, unknown> {
  const found: unknown = input.lineItems[i];
  if (!isRecord(found)) throw new Error(`minimal input has no line item ${i}`);
  return found;
}

/** A nested object of an input by key path (tests edit it in place). */
export function at(input: unknown, ...keys: (string | number)[]): Record<string, unknown> {
  let value: unknown = input;
  for (const key of keys) value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined;
  if (!isRecord(value)) throw new Error(`no object at ${keys.join('.')}`);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
