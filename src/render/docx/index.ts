import type { BudgetDocument } from '../../document/model.js';
import { itemDifferences } from './compare.js';
import { DocumentItemsReader } from './docx-xml.js';
import { fixedParts } from './fixed-parts.js';
import { writePackage } from './package.js';
import { estimateTocPages, type TocPages } from './toc-pages.js';
import { printable } from './typography.js';
import { failOnDifferences } from './verify.js';

/**
 * BudgetDocument → .docx bytes (A4, GB/T 9704 typography, landscape table sections, 目录 field with page numbers:
 * `toc` from a LibreOffice layout pass, else estimated from the model and said so in the document's description).
 * The same document always gives the same bytes: dates come from `created` (the input's publication date, see
 * document-date.ts) or are left out. The WordprocessingML is written directly (sections.ts, paragraph-xml.ts,
 * grid-xml.ts), byte for byte what docx 9.7 wrote for the same options; the parts every document shares are
 * docx's own (fixed-parts.ts).
 */
export async function renderDocx(doc: BudgetDocument, options: DocxOptions = {}, read?: (chunk: Uint8Array) => void): Promise<Buffer> {
  const toc = options.toc ?? estimateTocPages(doc);
  const note = toc.source === 'estimate' && toc.pages.length > 0 ? `；${TOC_ESTIMATE_NOTE}` : '';
  const core = { title: printable(doc.meta.title), description: printable(`${doc.meta.name} ${doc.meta.year}（${doc.meta.profile}）${note}`) };
  return writePackage(await fixedParts(), doc, core, toc.pages, options.created, read);
}

/** The document's date (document-date.ts) and its 目录 page numbers (estimated when not given). */
export interface DocxOptions {
  created?: Date;
  toc?: TocPages;
}

/**
 * `renderDocx`, self-checked: word/document.xml is read back as it is written, chunk by chunk, and must show exactly
 * `model` (the document itself; a test passes another): every paragraph and table cell, in order, else InternalError
 * (verify.ts). Reading the chunks on their way into the zip spares inflating the part again (a 2,000-project
 * document's is over 100 MB) and never holds it whole.
 */
export async function renderCheckedDocx(doc: BudgetDocument, options: DocxOptions = {}, model: BudgetDocument = doc): Promise<Buffer> {
  const reader = new DocumentItemsReader();
  const bytes = await renderDocx(doc, options, (chunk) => reader.pushBytes(chunk));
  failOnDifferences(itemDifferences(model, reader.finishBytes()));
  return bytes;
}

/** What a document with estimated 目录 page numbers says in its properties (and the CLI says on generating it). */
export const TOC_ESTIMATE_NOTE = '目录页码为按版面估算的值，在 Word 或 WPS 中右键目录选“更新域”即可重算（生成 PDF 时由 LibreOffice 排版后填入准确页码）';
