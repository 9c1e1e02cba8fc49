import { Document, Packer } from 'docx';
import type { BudgetDocument } from '../../document/model.js';
import { finishPackage } from './package.js';
import { documentSections } from './sections.js';
import { documentStyles } from './styles.js';
import { printable } from './typography.js';

/**
 * BudgetDocument → .docx bytes (A4, GB/T 9704 typography, landscape table sections, 目录 field).
 * The same document always gives the same bytes: dates come from `created` (the input's publication date, see
 * document-date.ts) or are left out, and the zip is rewritten (package.ts).
 */
export async function renderDocx(doc: BudgetDocument, options: { created?: Date } = {}): Promise<Buffer> {
  const file = new Document({
    creator: 'yusuan',
    lastModifiedBy: 'yusuan',
    title: printable(doc.meta.title),
    description: printable(`${doc.meta.name} ${doc.meta.year}（${doc.meta.profile}）`),
    features: { updateFields: true },
    styles: documentStyles(),
    sections: documentSections(doc),
  });
  return finishPackage(await Packer.toBuffer(file), doc, options.created);
}
