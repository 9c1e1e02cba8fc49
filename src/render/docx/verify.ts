import type { BudgetDocument } from '../../document/model.js';
import { InternalError } from '../../model/diagnostic.js';
import { openZip, type ZipArchive } from '../../zip/index.js';
import { formatDifference, type Difference } from '../verify/difference.js';
import { readModelPart } from '../verify/model-part.js';
import { itemDifferences } from './compare.js';
import { DocumentItemsReader, documentItemsOfBytes, type DocxItem } from './docx-xml.js';

export type { DocxItem } from './docx-xml.js';
export { expectedItems, placedItems } from './expected.js';

const DOCUMENT_PART = 'word/document.xml';
/**
 * A part up to this size is checked from its bytes held whole (as the zip layer reads such a part, src/zip/archive.ts);
 * a larger one from a stream of pieces.
 */
const WHOLE_PART_BYTES = 16 * 1024 * 1024;

/**
 * Every way a .docx differs from the model: each changed, missing or extra paragraph, figure and table cell,
 * with its place. Items are aligned by a diff, so one inserted paragraph is one finding, not a cascade. Reads
 * through the archive's unpack limits (ZipError past them). `wholeBytes`: the largest document.xml read at once
 * (tests lower it to check the streamed reading).
 */
export async function docxDifferences(zip: ZipArchive, doc: BudgetDocument, wholeBytes = WHOLE_PART_BYTES): Promise<Difference[]> {
  if (!zip.has(DOCUMENT_PART)) return [{ kind: 'missing', place: 'Word 文档', text: `正文（${DOCUMENT_PART}）` }];
  return itemDifferences(doc, await writtenItems(zip, wholeBytes));
}

/**
 * Proves a .docx shows exactly the model: every paragraph and every table cell, in order (line breaks aside);
 * a difference in a file yusuan just wrote is a bug, so this throws InternalError listing them.
 */
export async function verifyDocx(bytes: Uint8Array, doc: BudgetDocument, wholeBytes = WHOLE_PART_BYTES): Promise<void> {
  failOnDifferences(await docxDifferences(openZip(bytes), doc, wholeBytes));
}

/** InternalError listing the first differences between a .docx yusuan wrote and its model, if there are any. */
export function failOnDifferences(differences: readonly Difference[]): void {
  if (differences.length === 0) return;
  const shown = differences.slice(0, 5).map(formatDifference).join('；');
  throw new InternalError(`Word 文档与文档模型不一致（${differences.length} 处）：${shown}`);
}

/**
 * The items of a package's document.xml, read from its bytes (documentItemsOfBytes: no decoding of the whole part):
 * at once up to `wholeBytes`, else inflated as a stream of pieces, never held whole (a 2,000-project document's XML
 * is over 100 MB).
 */
async function writtenItems(zip: ZipArchive, wholeBytes: number): Promise<DocxItem[]> {
  if ((zip.size(DOCUMENT_PART) ?? 0) <= wholeBytes) return documentItemsOfBytes(zip.bytes(DOCUMENT_PART) ?? new Uint8Array());
  const reader = new DocumentItemsReader();
  for await (const piece of zip.bytePieces(DOCUMENT_PART) ?? []) reader.pushBytes(piece);
  return reader.finishBytes();
}

/** The BudgetDocument a yusuan .docx carries in its custom XML part; undefined for any other file. ZipError for a bad zip. */
export async function readEmbeddedModel(bytes: Uint8Array): Promise<BudgetDocument | undefined> {
  return readModelPart(openZip(bytes));
}
