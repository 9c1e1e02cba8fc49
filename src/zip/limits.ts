/** What one zip may unpack to. Every zip the tool reads is held to these, counted while it is inflated. */
export interface ZipLimits {
  /** Most entries (files and folders) in the directory. */
  maxEntries: number;
  /** Largest unpacked entry, bytes. */
  maxEntryBytes: number;
  /** Largest unpacked total of the entries read, bytes (the zip-bomb guard). */
  maxTotalBytes: number;
  /** Highest unpacked ÷ packed size of one entry, judged once it unpacks past `RATIO_GRACE_BYTES`. */
  maxRatio: number;
}

/**
 * One set for every zip: input workbooks, a .docx given to `yusuan verify`, and the packages the writers re-zip.
 * Measured: the largest part yusuan writes (word/document.xml of the 2,000-project bench case) is 77 MiB packed
 * 63×; Excel and WPS worksheets pack 7–10×; a zip bomb of zeros packs about 1,000×.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 160 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
};

/** Below this many unpacked bytes an entry is not judged by its ratio: a small run of markup packs well past 200×. */
export const RATIO_GRACE_BYTES = 1024 * 1024;
