/**
 * Cleanups that must run if the process is interrupted (Ctrl+C, SIGTERM) or exits before the work that registered
 * them finishes: temp folders holding unpublished documents, LibreOffice process groups. Each is synchronous, so
 * it also runs from an `exit` handler. The CLI installs the signal handlers (bin/yusuan.ts); worker threads run
 * their own list when the main thread asks (cli/batch.ts).
 */
type Cleanup = () => void;

const cleanups = new Set<Cleanup>();

/** Registers a cleanup until the returned release is called (the normal path cleans up itself, then releases). */
export function whileRunning(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => void cleanups.delete(cleanup);
}

/** Runs and forgets every registered cleanup, newest first; a failing one does not stop the others. */
export function cleanUpNow(): void {
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // Best effort on the way out: the next cleanup still runs.
    }
  }
}

/** How many cleanups are registered (tests). */
export function pendingCleanups(): number {
  return cleanups.size;
}
