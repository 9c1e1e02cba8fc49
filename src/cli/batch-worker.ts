import { parentPort } from 'node:worker_threads';
import { generateUnit } from './generate-unit.js';
import { INTERRUPT, INTERRUPTED, type FromWorker, type ToWorker } from './batch.js';
import { cleanUpNow } from '../render/interrupt.js';

/** One worker thread of a batch: generates the units it is sent, one at a time; cleans up when the run is interrupted. */
parentPort?.on('message', (job: ToWorker | typeof INTERRUPT) => {
  if (job === INTERRUPT) {
    cleanUpNow();
    parentPort?.postMessage(INTERRUPTED);
    // Nothing more of this thread's work may run: it could write the temp files just removed again.
    process.exit(0);
  }
  generateUnit(job.file, job.options, job.index).then(
    (outcome) => parentPort?.postMessage({ ok: true, outcome } satisfies FromWorker),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        file: job.file,
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
      } satisfies FromWorker),
  );
});
