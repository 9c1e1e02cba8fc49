import { parentPort } from 'node:worker_threads';
import { generateUnit } from './generate-unit.js';
import type { FromWorker, ToWorker } from './batch.js';

/** One worker thread of a batch: generates the units it is sent, one at a time. */
parentPort?.on('message', (job: ToWorker) => {
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
