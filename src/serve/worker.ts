import { parentPort, workerData } from 'node:worker_threads';
import { confineProfiles } from '../document/profile/files.js';
import { cleanUpNow } from '../render/interrupt.js';
import { runJob, type Job } from './jobs.js';

/** A message to a pool worker: one job and the id its answer carries. */
export interface JobMessage {
  id: number;
  job: Job;
}

/** The main thread asks a worker to clean up (the server is interrupted); the worker answers when it has. */
export const INTERRUPT = 'interrupt';
export const INTERRUPTED = 'interrupted';

/** What the pool tells each worker when it starts: the folder holding the sessions' uploaded profiles. */
export interface WorkerSetup {
  profileRoot?: string;
}

// Uploaded profiles are loaded confined to their own folder and templates/; no other profile folder is read.
const setup = (workerData ?? {}) as WorkerSetup;
if (setup.profileRoot) confineProfiles(setup.profileRoot);

/** One thread of the server's pool: runs the jobs it is sent, one at a time, so generation never blocks the page. */
parentPort?.on('message', (message: JobMessage | typeof INTERRUPT) => {
  if (message === INTERRUPT) {
    // LibreOffice and the PDF writer's temp folders of a job under way; nothing more of this thread may run.
    cleanUpNow();
    parentPort?.postMessage(INTERRUPTED);
    process.exit(0);
  }
  runJob(message.job).then(
    (result) => parentPort?.postMessage({ id: message.id, ok: true, result }),
    (error: unknown) => parentPort?.postMessage({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
