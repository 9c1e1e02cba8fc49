import type { BudgetDocument } from '../../document/model.js';
import { readZip, writeZip, type ZipEntry } from '../../zip/index.js';
import { coreDates } from '../document-date.js';
import { MODEL_CONTENT_TYPE, MODEL_PART, MODEL_PART_RELS, MODEL_PROPS_PART, modelPartBytes, modelPropsXml, modelRelationship } from '../verify/model-part.js';

/** The fixed time stamped into the workbook properties and every zip entry. */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** exceljs's zip options: store only, since the package is re-zipped at once (jszip's deflate is the slow part). */
export const STORE_ONLY = { zip: { compression: 'STORE' } } as const;

/**
 * Re-zips a workbook with a fixed entry date: exceljs zips through JSZip with the current time on every
 * entry, so without this two renders of the same input differ in bytes; the workbook's own dates become `created`
 * or are left out (document-date.ts). Deflates through node:zlib. With a
 * document, its model goes in as a custom XML part linked from the workbook, as in the .docx, so `yusuan verify`
 * can check the workbook's cells on its own.
 */
export async function rezipDeterministic(buffer: Uint8Array, doc?: BudgetDocument, created?: Date): Promise<Buffer> {
  const decoder = new TextDecoder();
  const entries = readZip(buffer).map((e) => (e.name === 'docProps/core.xml' ? { name: e.name, data: new TextEncoder().encode(coreDates(decoder.decode(e.data), created)) } : e));
  return writeZip(doc ? withModel(entries, doc) : entries, created ?? FIXED_DATE);
}

function withModel(entries: readonly ZipEntry[], doc: BudgetDocument): ZipEntry[] {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const edit = (entry: ZipEntry, tag: string, insert: string): ZipEntry => ({
    name: entry.name,
    data: encoder.encode(decoder.decode(entry.data).replace(tag, `${insert}${tag}`)),
  });
  const out = entries.map((entry) => {
    if (entry.name === 'xl/_rels/workbook.xml.rels') return edit(entry, '</Relationships>', modelRelationship(`../${MODEL_PART}`));
    if (entry.name === '[Content_Types].xml') return edit(entry, '</Types>', MODEL_CONTENT_TYPE);
    return entry;
  });
  out.push(
    { name: MODEL_PART, data: modelPartBytes(doc) },
    { name: MODEL_PROPS_PART, data: encoder.encode(modelPropsXml()) },
    { name: 'customXml/_rels/item1.xml.rels', data: encoder.encode(MODEL_PART_RELS) },
  );
  return out;
}
