import { setFlagsFromString } from 'node:v8';
import { generateUnit } from './generate-unit.js';
import { INTERRUPT, INTERRUPTED, type FromWorker, type ToWorker } from './batch.js';
import { cleanUpNow } from '../render/interrupt.js';
import { PdfToolError } from '../render/soffice.js';

// Without TurboFan's inlining a worker warms up sooner (measured in batch.ts, WORKER_FLAGS). Set here, before any
// unit runs, rather than on the command line: a V8 that no longer knows the flag ignores it here, where as a
// command-line option it would stop the worker from starting ("bad option", exit 9).
setFlagsFromString('--no-turbo-inlining');

/**
 * One worker process of a batch (batch.ts forks it): generates the units it is sent, one at a time; cleans up and
 * exits when the run is interrupted or ends. Ctrl+C reaches every process of the terminal's group: the parent asks
 * this one to clean up, so the signal itself is left to it; a parent that is gone (its channel closed) ends it too.
 */
const send = (message: FromWorker | typeof INTERRUPTED): void => {
  process.send?.(message);
};

process.on('SIGINT', () => undefined);
process.on('disconnect', () => {
  cleanUpNow();
  process.exit(0);
});

process.on('message', (job: ToWorker | typeof INTERRUPT) => {
  if (job === INTERRUPT) {
    cleanUpNow();
    send(INTERRUPTED);
    // Nothing more of this process's work may run: it could write the temp files just removed again.
    process.exit(0);
  }
  generateUnit(job.file, job.options, job.index).then(
    (outcome) => send({ ok: true, outcome }),
    (error: unknown) => send({ ok: false, file: job.file, ...describe(error) }),
  );
});

/**
 * An error as the main process needs it to report it as the CLI does in process: its message and stack, whether a
 * PDF tool failed (exit 2), and a system error's code, path and call (a full disk is exit 2, not a bug's 70).
 */
function describe(error: unknown): Omit<Extract<FromWorker, { ok: false }>, 'ok' | 'file'> {
  if (!(error instanceof Error)) return { message: String(error) };
  const system = error as NodeJS.ErrnoException;
  return {
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    ...(error instanceof PdfToolError ? { pdfTool: true } : {}),
    ...(typeof system.code === 'string' ? { code: system.code } : {}),
    ...(typeof system.path === 'string' ? { path: system.path } : {}),
    ...(typeof system.syscall === 'string' ? { syscall: system.syscall } : {}),
  };
}
