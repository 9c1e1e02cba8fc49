import { generateUnit } from './generate-unit.js';
import { INTERRUPT, INTERRUPTED, type FromWorker, type ToWorker } from './batch.js';
import { cleanUpNow } from '../render/interrupt.js';

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
    (error: unknown) =>
      send({
        ok: false,
        file: job.file,
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
      }),
  );
});
