import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../zip/limits.js';

/** Limits on what one input may contain; every input is treated as hostile (DEVELOPERS.md). */
export interface InputLimits {
  /** Largest input file, bytes. */
  maxFileBytes: number;
  /** Largest uncompressed size of a workbook, bytes (zip-bomb guard; the zip's other limits are DEFAULT_ZIP_LIMITS). */
  maxUnzippedBytes: number;
  /** Most rows read from one worksheet. */
  maxRows: number;
  /** Most cells with content (merged areas counted cell by cell) kept from a workbook's data sheets; 600,000 when absent. */
  maxCells?: number;
  /** Longest text accepted in one cell or JSON string. */
  maxTextLength: number;
}

export const DEFAULT_LIMITS: Required<InputLimits> = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUnzippedBytes: DEFAULT_ZIP_LIMITS.maxTotalBytes,
  maxRows: 200_000,
  maxCells: 600_000,
  maxTextLength: 4000,
};

/** The unpack limits an input zip is held to: the one set every zip gets, with the total as configured here. */
export function zipLimits(limits: InputLimits): ZipLimits {
  return { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: limits.maxUnzippedBytes };
}

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
    maxCells: num('YUSUAN_MAX_CELLS') ?? DEFAULT_LIMITS.maxCells,
    maxTextLength: num('YUSUAN_MAX_TEXT') ?? DEFAULT_LIMITS.maxTextLength,
  };
}
