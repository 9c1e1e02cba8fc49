import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { generateUnit, type UnitOptions, type UnitOutcome } from './generate-unit.js';
import { onInterrupt } from './interrupts.js';

/**
 * A roomy young generation: a unit allocates tens of MB of short-lived strings (document XML, cells), and with
 * the default one each worker spent a third of its time in the scavenger; 128 MB cut a 1,000-unit batch from
 * 78 s to 62 s on two cores (bench/RESULTS.md).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 128 } as const;

/** Worker messages: a file to do, or the outcome (or the bug) of one. */
export type ToWorker = { file: string; index: number; options: UnitOptions };
export type FromWorker = { ok: true; outcome: UnitOutcome } | { ok: false; file: string; message: string; stack?: string };
/** How long a finished worker may take to stop its LibreOffice before it is terminated anyway. */
const CLOSE_GRACE_MS = 3000;

/** The main thread asks a worker to clean up (the run was interrupted); the worker answers when it has. */
export const INTERRUPT = 'interrupt';
export const INTERRUPTED = 'interrupted';

/**
 * Generates every file, each unit independent: worker threads across cores when running compiled
 * and there is more than one file, in-process otherwise. `onDone` fires as each unit finishes.
 */
export async function runBatch(
  files: readonly string[],
  options: UnitOptions,
  jobs: number | undefined,
  onStart: (file: string) => void,
  onDone: (outcome: UnitOutcome, index: number) => void | Promise<void>,
): Promise<UnitOutcome[]> {
  // Next to this module in the library (dist/src/cli/); in the bundled CLI, next to the chunk holding it (dist/bin/).
  const workerUrl = new URL('./batch-worker.js', import.meta.url);
  const compiled = fileURLToPath(import.meta.url).endsWith('.js');
  const threads = Math.max(1, Math.min(jobs ?? availableParallelism(), files.length));
  if (!compiled || threads === 1) return inProcess(files, options, onStart, onDone);
  const queue = files.map((file, index) => ({ file, index }));
  const outcomes: UnitOutcome[] = [];
  // A worker takes its next unit as soon as it has handed one back: `onDone` (committing outputs in input order,
  // which may wait for a slower unit on another worker) runs meanwhile, never holding the worker idle.
  const finishing: Promise<void>[] = [];
  await Promise.all(
    Array.from({ length: threads }, async () => {
      const worker = new Worker(workerUrl, { resourceLimits: WORKER_LIMITS });
      const release = onInterrupt(() => askToCleanUp(worker));
      try {
        for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
          onStart(job.file);
          const outcome = await runIn(worker, { ...job, options });
          outcomes.push(outcome);
          const index = job.index;
          const done = Promise.resolve().then(() => onDone(outcome, index));
          done.catch(() => undefined); // awaited below, with the others; this only keeps it from counting as unhandled meanwhile
          finishing.push(done);
        }
      } finally {
        release();
        // The worker's own cleanups (its LibreOffice, kept for the next document, and its folder) run in the
        // worker: ask first, since terminate() stops its JavaScript at once.
        await Promise.race([askToCleanUp(worker), new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref())]);
        await worker.terminate();
      }
    }),
  );
  await Promise.all(finishing);
  return order(files, outcomes);
}

async function inProcess(
  files: readonly string[],
  options: UnitOptions,
  onStart: (file: string) => void,
  onDone: (outcome: UnitOutcome, index: number) => void | Promise<void>,
): Promise<UnitOutcome[]> {
  const outcomes: UnitOutcome[] = [];
  for (const [index, file] of files.entries()) {
    onStart(file);
    const outcome = await generateUnit(file, options, index);
    outcomes.push(outcome);
    await onDone(outcome, index);
  }
  return outcomes;
}

function runIn(worker: Worker, job: ToWorker): Promise<UnitOutcome> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromWorker | typeof INTERRUPTED) => {
      if (message === INTERRUPTED) return;
      worker.off('message', onMessage);
      worker.off('error', onError);
      if (message.ok) resolve(message.outcome);
      else reject(Object.assign(new Error(`${message.file}：${message.message}`), { stack: message.stack }));
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(job);
  });
}

/** Asks a worker to stop its LibreOffice and remove its temp folders; resolves when it has. */
function askToCleanUp(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if (message !== INTERRUPTED) return;
      worker.off('message', onMessage);
      resolve();
    };
    worker.on('message', onMessage);
    worker.postMessage(INTERRUPT);
  });
}

function order(files: readonly string[], outcomes: UnitOutcome[]): UnitOutcome[] {
  const byFile = new Map(outcomes.map((o) => [o.file, o]));
  return files.flatMap((f) => byFile.get(f) ?? []);
}
