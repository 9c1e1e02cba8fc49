import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { UnitOptions, UnitOutcome } from './generate-unit.js';
import { onInterrupt } from './interrupts.js';
import { PdfToolError } from '../render/soffice.js';

/**
 * A batch worker is a process of its own running V8 single-threaded. Two worker threads shared one V8 and its
 * parallel garbage collector and background compiler, whose helper threads only competed with the other worker
 * for the cores: a 100-unit batch on two cores ran 12% faster with every V8 thread single (bench/RESULTS.md), and
 * V8 takes such flags only when a process starts. The worker turns off TurboFan's inlining itself (batch-worker.ts)
 * and so warms up sooner: the code that runs once per document reaches the optimising tier over the first 75 or so
 * units, and with inlining it is compiled more often and larger (2.7 s of compiling over the seed's first 150 units,
 * 763 compiles, 99 deoptimisations on a changed object shape); on one core the seed's first 150 units took 7.7 s
 * instead of 9.2, its first 300 13.6–14.1 instead of 14.8–15.1 (same speed from the 100th on), and six units of 2,000
 * projects 8.8 s instead of 10.1 (Node 20's V8). Measured again (medians of paired runs of the bundled CLI, with it
 * against without): 200 units on one core 9.4 s against 10.6 on Node 20, 8.6 against 9.1 on Node 22, and no gain on
 * Node 24 (8.9 against 8.8; its V8 optimises earlier, with Maglev); 1,000 units on two cores 21.7 against 21.4 s on
 * Node 20, where the warm-up weighs little. The worker inherits the node options the CLI was started with.
 */
const WORKER_FLAGS = ['--single-threaded'];

/** Worker messages: a file to do, or the outcome (or the bug) of one. */
export type ToWorker = { file: string; index: number; options: UnitOptions };
export type FromWorker =
  | { ok: true; outcome: UnitOutcome }
  | { ok: false; file: string; message: string; stack?: string; pdfTool?: boolean; code?: string; path?: string; syscall?: string };
/** How long a finished worker may take to stop its LibreOffice before it is terminated anyway. */
const CLOSE_GRACE_MS = 3000;

/** The main thread asks a worker to clean up (the run was interrupted); the worker answers when it has. */
export const INTERRUPT = 'interrupt';
export const INTERRUPTED = 'interrupted';

/**
 * Generates every file, each unit independent: worker processes across cores when running compiled and there is
 * more than one file, in-process otherwise. `onDone` fires as each unit finishes. A batch runs in worker processes
 * with one job too (`--jobs 1`, or one CPU): pinned to one core, a 200-unit batch took 12.9 s in process (V8's helper
 * threads taking turns with it on the one core) and 11.1 s in a single-threaded process (medians of four paired
 * runs; 10.5 s in one worker with its inlining off too); and one job is then the same code with the same V8 settings
 * as each of N, so the scaling over the cores is measured like for like. With `--jobs 1` on a machine of more cores,
 * the batch now leaves the other cores to other work.
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
  if (!compiled || files.length === 1) return inProcess(files, options, onStart, onDone);
  const queue = files.map((file, index) => ({ file, index }));
  const outcomes: UnitOutcome[] = [];
  // A worker takes its next unit as soon as it has handed one back: `onDone` (committing outputs in input order,
  // which may wait for a slower unit on another worker) runs meanwhile, never holding the worker idle.
  const finishing: Promise<void>[] = [];
  await Promise.all(
    Array.from({ length: threads }, async () => {
      const worker = fork(fileURLToPath(workerUrl), [], { execArgv: [...process.execArgv, ...WORKER_FLAGS], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
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
        // worker, which then exits; one that does not within the grace period is killed.
        await Promise.race([askToCleanUp(worker).then(() => exited), new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref())]);
        if (worker.exitCode === null && worker.signalCode === null) worker.kill();
        await exited;
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
  // The pipeline (api.js, docx, exceljs: about 0.25 s to load) is loaded only where units are generated: a batch's
  // main process, which only hands out files and commits outputs, forks its workers without waiting for it.
  const { generateUnit } = await import('./generate-unit.js');
  const outcomes: UnitOutcome[] = [];
  for (const [index, file] of files.entries()) {
    onStart(file);
    const outcome = await generateUnit(file, options, index);
    outcomes.push(outcome);
    await onDone(outcome, index);
  }
  return outcomes;
}

function runIn(worker: ChildProcess, job: ToWorker): Promise<UnitOutcome> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromWorker | typeof INTERRUPTED) => {
      if (message === INTERRUPTED) return;
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      if (message.ok) resolve(message.outcome);
      else reject(workerError(message));
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      worker.off('message', onMessage);
      reject(new Error(`${job.file}：批量生成的工作进程意外退出（${signal ?? `退出码 ${code}`}）`));
    };
    worker.on('message', onMessage);
    worker.once('exit', onExit);
    worker.send(job);
  });
}

/**
 * A worker's error as the main process reports it (src/cli/execute.ts), the same as in process: a PDF tool's failure
 * stays one, and a system error keeps its code, path and call (a full disk: exit 2, not a bug's 70).
 */
function workerError(failure: Extract<FromWorker, { ok: false }>): Error {
  const text = `${failure.file}：${failure.message}`;
  const error = failure.pdfTool ? new PdfToolError(text) : new Error(text);
  if (failure.stack) error.stack = failure.stack;
  const { code, path, syscall } = failure;
  return Object.assign(error, code ? { code } : {}, path ? { path } : {}, syscall ? { syscall } : {});
}

/** Asks a worker to stop its LibreOffice and remove its temp folders; resolves when it has (or has already gone). */
function askToCleanUp(worker: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (!worker.connected) return resolve();
    const done = () => {
      worker.off('message', onMessage);
      worker.off('exit', done);
      resolve();
    };
    const onMessage = (message: unknown) => {
      if (message === INTERRUPTED) done();
    };
    worker.on('message', onMessage);
    worker.once('exit', done);
    worker.send(INTERRUPT);
  });
}

function order(files: readonly string[], outcomes: UnitOutcome[]): UnitOutcome[] {
  const byFile = new Map(outcomes.map((o) => [o.file, o]));
  return files.flatMap((f) => byFile.get(f) ?? []);
}
