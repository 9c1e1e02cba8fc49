import JSZip from 'jszip';

/** The fixed time stamped into the workbook properties and every zip entry. */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/**
 * Re-zips a workbook with a fixed entry date: exceljs zips through JSZip with the current time on every
 * entry, so without this two renders of the same input differ in bytes.
 */
export async function rezipDeterministic(buffer: Uint8Array): Promise<Buffer> {
  const source = await JSZip.loadAsync(buffer);
  const target = new JSZip();
  for (const file of Object.values(source.files)) {
    if (file.dir) continue;
    target.file(file.name, await file.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
