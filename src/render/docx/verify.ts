import type { BudgetDocument } from '../../document/model.js';
import { InternalError } from '../../model/diagnostic.js';
import { openZip, type ZipArchive } from '../../zip/index.js';
import { formatDifference, type Difference } from '../verify/difference.js';
import { readModelPart } from '../verify/model-part.js';
import { itemDifferences } from './compare.js';
import { DocumentItemsReader } from './docx-xml.js';

export type { DocxItem } from './docx-xml.js';
export { expectedItems, placedItems } from './expected.js';

const DOCUMENT_PART = 'word/document.xml';

/**
 * Every way a .docx differs from the model: each changed, missing or extra paragraph, figure and table cell,
 * with its place. Items are aligned by a diff, so one inserted paragraph is one finding, not a cascade. Reads
 * through the archive's unpack limits (ZipError past them).
 */
export async function docxDifferences(zip: ZipArchive, doc: BudgetDocument): Promise<Difference[]> {
  // Streamed through node:zlib: this runs on every generated file, jszip's inflate was ~40 ms of a cold run,
  // and a 2,000-project document's XML (100+ MB) held whole doubled the CLI's peak memory (bench/RESULTS.md).
  const pieces = zip.textPieces(DOCUMENT_PART);
  if (!pieces) return [{ kind: 'missing', place: 'Word 文档', text: `正文（${DOCUMENT_PART}）` }];
  const reader = new DocumentItemsReader();
  for await (const piece of pieces) reader.push(piece);
  return itemDifferences(doc, reader.finish());
}

/**
 * Proves a .docx shows exactly the model: every paragraph and every table cell, in order (line breaks aside);
 * a difference in a file yusuan just wrote is a bug, so this throws InternalError listing them.
 */
export async function verifyDocx(bytes: Uint8Array, doc: BudgetDocument): Promise<void> {
  const differences = await docxDifferences(openZip(bytes), doc);
  if (differences.length === 0) return;
  const shown = differences.slice(0, 5).map(formatDifference).join('；');
  throw new InternalError(`Word 文档与文档模型不一致（${differences.length} 处）：${shown}`);
}

/** The BudgetDocument a yusuan .docx carries in its custom XML part; undefined for any other file. ZipError for a bad zip. */
export async function readEmbeddedModel(bytes: Uint8Array): Promise<BudgetDocument | undefined> {
  return readModelPart(openZip(bytes));
}
