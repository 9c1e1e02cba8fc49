import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './jobs.js';
import { onInterrupt } from '../cli/interrupts.js';
import { FairQueue, type QueueLimits } from './fair-queue.js';
import { INTERRUPT, INTERRUPTED, type JobMessage, type WorkerSetup } from './worker.js';

/** How long a closing pool waits for its workers to stop their LibreOffice before terminating them anyway. */
const CLOSE_GRACE_MS = 3000;

/** As for the batch workers (src/cli/batch.ts): a unit allocates many short-lived strings. */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 128 } as const;

type Answer = { id: number; ok: true; result: JobResult } | { id: number; ok: false; message: string };

interface Waiting {
  owner: string;
  message: JobMessage;
  resolve: (result: JobResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy?: Waiting;
}

/**
 * At most `size` worker threads, reused across requests; jobs beyond them wait in a queue taken by session in turn,
 * with limits per session and in all (fair-queue.ts). A worker that dies fails only its own job and is replaced.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: FairQueue<Waiting>;
  private nextId = 1;
  private closed = false;
  private readonly release: () => void;

  /** Workers start with the first jobs that need them, so a server that is never asked starts none. */
  constructor(
    readonly size: number,
    private readonly setup: WorkerSetup = {},
    limits?: QueueLimits,
  ) {
    this.queue = new FairQueue(limits);
    this.release = onInterrupt(() => this.interrupt());
  }

  /** Jobs waiting for a free worker. */
  get queued(): number {
    return this.queue.length;
  }

  /** Runs a job of `owner` (a session) on the next free worker in its turn; refused (Refused 429/503) beyond the limits. */
  run(job: Job, owner = ''): Promise<JobResult> {
    if (this.closed) return Promise.reject(new Error('服务器正在关闭'));
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = <A>(f: (a: A) => void) => (a: A) => {
        if (!settled) this.queue.done(owner);
        settled = true;
        f(a);
      };
      this.queue.push(owner, { owner, message: { id: this.nextId++, job }, resolve: settle(resolve), reject: settle(reject) });
      this.dispatch();
    });
  }

  /** Stops every worker; queued and running jobs fail. */
  async close(): Promise<void> {
    this.closed = true;
    this.release();
    for (const waiting of this.queue.drain()) waiting.reject(new Error('服务器正在关闭'));
    // A worker's LibreOffice (kept for its next PDF) and temp folders are its own: ask it to clean up first, since
    // terminate() stops its JavaScript at once and would leave them behind.
    await Promise.race([this.interrupt(), new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref())]);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  /** Ctrl+C: every worker stops its LibreOffice and removes its temp folders, then ends. */
  private async interrupt(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<void>((resolve) => {
            slot.worker.on('message', (message: unknown) => message === INTERRUPTED && resolve());
            slot.worker.once('exit', () => resolve());
            slot.worker.postMessage(INTERRUPT);
          }),
      ),
    );
  }

  private dispatch(): void {
    const free = this.slots.filter((slot) => !slot.busy).length;
    for (let i = 0; i < Math.min(this.queue.length - free, this.size - this.slots.length); i++) this.slots.push(this.spawn());
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.queue.shift();
      if (!next) return;
      slot.busy = next;
      slot.worker.postMessage(next.message);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(this.setup) };
    slot.worker.on('message', (answer: Answer | typeof INTERRUPTED) => {
      const waiting = slot.busy;
      if (answer === INTERRUPTED || !waiting || waiting.message.id !== answer.id) return;
      slot.busy = undefined;
      if (answer.ok) waiting.resolve(answer.result);
      else waiting.reject(new Error(answer.message));
      this.dispatch();
    });
    const replace = (error: Error) => {
      if (this.closed) return;
      slot.busy?.reject(error);
      slot.busy = undefined;
      slot.worker.removeAllListeners();
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1, this.spawn());
      this.dispatch();
    };
    slot.worker.on('error', replace);
    slot.worker.on('exit', (code) => replace(new Error(`处理线程意外退出（${code}）`)));
    return slot;
  }
}

/**
 * A pool worker: the compiled worker.js (in the bundled CLI, the entry beside the chunk holding this code), or, when
 * running from source (tests, `tsx`), the .ts file loaded through tsx's loader registered inside the thread.
 */
function startWorker(setup: WorkerSetup): Worker {
  const url = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
  if (!fileURLToPath(url).endsWith('.ts')) return new Worker(url, { resourceLimits: WORKER_LIMITS, workerData: setup });
  const api = pathToFileURL(tsxApi()).href;
  const code = `const api = await import(${JSON.stringify(api)}); (api.register ?? api.default.register)(); await import(${JSON.stringify(url.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { resourceLimits: WORKER_LIMITS, workerData: setup });
}

/** tsx's ESM loader API (the `import` entry of its `./esm/api` export), found from this file as Node would. */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const entry = exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return join(dirname(manifest), entry);
}
