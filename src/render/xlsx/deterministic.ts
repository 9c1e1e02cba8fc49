import { readZip, writeZip } from '../../zip/index.js';

/** The fixed time stamped into the workbook properties and every zip entry. */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** exceljs's zip options: store only, since the package is re-zipped at once (jszip's deflate is the slow part). */
export const STORE_ONLY = { zip: { compression: 'STORE' } } as const;

/**
 * Re-zips a workbook with a fixed entry date: exceljs zips through JSZip with the current time on every
 * entry, so without this two renders of the same input differ in bytes. Deflates through node:zlib.
 */
export async function rezipDeterministic(buffer: Uint8Array): Promise<Buffer> {
  return writeZip(readZip(buffer), FIXED_DATE);
}
