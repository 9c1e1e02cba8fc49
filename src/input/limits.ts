/** Limits on what one input may contain; every input is treated as hostile (DEVELOPERS.md). */
export interface InputLimits {
  /** Largest input file, bytes. */
  maxFileBytes: number;
  /** Largest uncompressed size of a workbook, bytes (zip-bomb guard). */
  maxUnzippedBytes: number;
  /** Most rows read from one worksheet. */
  maxRows: number;
  /** Longest text accepted in one cell or JSON string. */
  maxTextLength: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxRows: 200_000,
  maxTextLength: 4000,
};

/** Reads overrides from the environment (YUSUAN_MAX_FILE_MB, YUSUAN_MAX_ROWS, …). */
export function limitsFromEnv(env: Record<string, string | undefined>): InputLimits {
  const num = (key: string): number | undefined => {
    const v = env[key];
    const n = v === undefined ? NaN : Number(v);
    return Number.isFinite(n) && n > 0 ? n : undefined;
  };
  const mb = (key: string) => {
    const n = num(key);
    return n === undefined ? undefined : Math.floor(n * 1024 * 1024);
  };
  return {
    maxFileBytes: mb('YUSUAN_MAX_FILE_MB') ?? DEFAULT_LIMITS.maxFileBytes,
    maxUnzippedBytes: mb('YUSUAN_MAX_UNZIPPED_MB') ?? DEFAULT_LIMITS.maxUnzippedBytes,
    maxRows: num('YUSUAN_MAX_ROWS') ?? DEFAULT_LIMITS.maxRows,
    maxTextLength: num('YUSUAN_MAX_TEXT') ?? DEFAULT_LIMITS.maxTextLength,
  };
}
