import { cleanUpNow } from '../render/interrupt.js';

/** Asynchronous interrupt hooks: worker threads asked to clean up their own temp files and LibreOffice groups. */
const hooks = new Set<() => Promise<unknown>>();

/** How long an interrupted run waits for worker threads to clean up before it exits anyway. */
const WORKER_GRACE_MS = 3000;

/** Registers a hook to await when the process is interrupted; returns the release. */
export function onInterrupt(hook: () => Promise<unknown>): () => void {
  hooks.add(hook);
  return () => void hooks.delete(hook);
}

const SIGNALS: readonly [NodeJS.Signals, number][] = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
];

/**
 * Ctrl+C, SIGTERM or a closed terminal: stop LibreOffice and remove the temp folders holding unpublished
 * documents (interrupt.ts), in worker threads too, then exit 128 + the signal's number. Registered cleanups also
 * run on a normal exit that skipped them.
 */
export function installInterruptHandlers(): void {
  process.on('exit', cleanUpNow);
  for (const [signal, code] of SIGNALS) {
    process.once(signal, () => void interrupted(signal, code));
  }
}

async function interrupted(signal: NodeJS.Signals, code: number): Promise<void> {
  process.stderr.write(`\n已中断（${signal}）：正在停止 LibreOffice 并删除临时文件……\n`);
  const grace = new Promise((resolve) => setTimeout(resolve, WORKER_GRACE_MS).unref());
  await Promise.race([Promise.allSettled([...hooks].map((hook) => hook())), grace]);
  cleanUpNow();
  process.exit(code);
}
