import { Document, Packer } from 'docx';
import type { BudgetDocument } from '../../document/model.js';
import { readZip } from '../../zip/index.js';
import { finishPackage } from './package.js';
import { documentSections } from './sections.js';
import { documentStyles } from './styles.js';
import { estimateTocPages, type TocPages } from './toc-pages.js';
import { printable } from './typography.js';

/**
 * BudgetDocument → .docx bytes (A4, GB/T 9704 typography, landscape table sections, 目录 field with page numbers:
 * `toc` from a LibreOffice layout pass, else estimated from the model and said so in the document's description).
 * The same document always gives the same bytes: dates come from `created` (the input's publication date, see
 * document-date.ts) or are left out, and the zip is rewritten (package.ts).
 */
export async function renderDocx(doc: BudgetDocument, options: { created?: Date; toc?: TocPages } = {}): Promise<Buffer> {
  const toc = options.toc ?? estimateTocPages(doc);
  const note = toc.source === 'estimate' && toc.pages.length > 0 ? `；${TOC_ESTIMATE_NOTE}` : '';
  const { sections, narrative } = documentSections(doc, toc.pages);
  const file = new Document({
    creator: 'yusuan',
    lastModifiedBy: 'yusuan',
    title: printable(doc.meta.title),
    description: printable(`${doc.meta.name} ${doc.meta.year}（${doc.meta.profile}）${note}`),
    styles: documentStyles(),
    sections,
  });
  return finishPackage(await docxParts(file), doc, narrative, options.created);
}

type XmlPart = { path: string; data: string };

/** The part of docx 9.7's Packer that turns a Document into its XML parts, before it zips them (not in its typings). */
interface DocxCompiler {
  xmlifyFile(file: Document, prettify?: boolean): Record<string, XmlPart | XmlPart[]>;
}

/**
 * The package's parts as docx writes them: name → XML text. Taken from docx's compiler before it zips them, since
 * package.ts rewrites and re-zips every part (zipping with docx, then unzipping, cost about 10 ms a document);
 * through the public Packer and our unzip when that compiler is not there (another docx version) or the
 * document has media or embedded fonts, which only the Packer adds.
 */
async function docxParts(file: Document): Promise<Map<string, string | Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof compiler?.xmlifyFile === 'function' && file.Media.Array.length === 0 && file.FontTable.fontOptionsWithKey.length === 0) {
    const parts = new Map<string, string | Uint8Array>();
    for (const entry of Object.values(compiler.xmlifyFile(file, undefined))) {
      for (const part of Array.isArray(entry) ? entry : [entry]) parts.set(part.path, part.data);
    }
    return parts;
  }
  const utf8 = new TextDecoder();
  return new Map(readZip(await Packer.toBuffer(file)).map((entry) => [entry.name, entry.name.endsWith('.xml') || entry.name.endsWith('.rels') ? utf8.decode(entry.data) : entry.data]));
}

/** What a document with estimated 目录 page numbers says in its properties (and the CLI says on generating it). */
export const TOC_ESTIMATE_NOTE = '目录页码为按版面估算的值，在 Word 或 WPS 中右键目录选“更新域”即可重算（生成 PDF 时由 LibreOffice 排版后填入准确页码）';
