import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './jobs.js';

/** A message to a pool worker: one job and the id its answer carries. */
export interface JobMessage {
  id: number;
  job: Job;
}

/** One thread of the server's pool: runs the jobs it is sent, one at a time, so generation never blocks the page. */
parentPort?.on('message', (message: JobMessage) => {
  runJob(message.job).then(
    (result) => parentPort?.postMessage({ id: message.id, ok: true, result }),
    (error: unknown) => parentPort?.postMessage({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
