import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { whileRunning } from '../render/interrupt.js';
import { join } from 'node:path';
import { runBatch } from './batch.js';
import { commitOutputs } from './commit.js';
import type { UnitOptions, UnitOutcome } from './generate-unit.js';
import { NameRegistry } from './output-names.js';

/**
 * Generates every input (across worker threads when compiled) into a staging folder inside the output folder, and
 * commits each unit's outputs in input order under a name unique in this run: a second unit with the same name
 * (two `x.json` in different folders, `预算填报.json` beside `预算填报.xlsx`) gets `（2）`, recorded in its outcome
 * for the summary. Which unit keeps the plain name depends on the order of the inputs, never on timing. The staging
 * folder is removed at the end; nothing half-written ever sits at an output path.
 */
export async function runUnits(
  files: readonly string[],
  options: UnitOptions,
  jobs: number | undefined,
  onStart: (file: string) => void,
  onDone: (outcome: UnitOutcome) => void,
): Promise<UnitOutcome[]> {
  await mkdir(options.outDir, { recursive: true });
  const staging = await mkdtemp(join(options.outDir, '.yusuan-staging-'));
  const release = whileRunning(() => rmSync(staging, { recursive: true, force: true }));
  const registry = new NameRegistry();
  const finished = new Map<number, UnitOutcome>();
  let next = 0;
  let commits = Promise.resolve();
  const commitReady = async () => {
    for (let outcome = finished.get(next); outcome; outcome = finished.get(next)) {
      finished.delete(next);
      await commit(outcome, join(staging, String(next)), options.outDir, registry);
      next++;
    }
  };
  try {
    return await runBatch(files, { ...options, stagingDir: staging }, jobs, onStart, async (outcome, index) => {
      finished.set(index, outcome);
      commits = commits.then(commitReady);
      await commits;
      onDone(outcome);
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
    release();
  }
}

async function commit(outcome: UnitOutcome, staged: string, outDir: string, registry: NameRegistry): Promise<void> {
  if (outcome.staged.length === 0) return;
  const name = registry.reserve(outcome.name);
  if (name !== outcome.name) outcome.renamed = name;
  outcome.written = await commitOutputs(staged, outcome.name, outcome.staged, outDir, name);
}
