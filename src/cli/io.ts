/** Everything a command may touch of the outside world; tests pass a fake (ESLint-style CLI as a function). */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** True when stderr is a terminal (progress bar instead of plain lines). */
  isTTY: boolean;
}

export const EXIT = { ok: 0, inputErrors: 1, usage: 2, internal: 70 } as const;

/** Wrong command line: exit 2 with a Chinese message. */
export class UsageError extends Error {
  override name = 'UsageError';
}
