import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BudgetDocument } from '../../document/model.js';
import { renderCheckedDocx } from '../docx/index.js';
import { estimateTocPages, type TocPages } from '../docx/toc-pages.js';
import { whileRunning } from '../interrupt.js';
import { convertWithLayout, PdfToolError } from '../pdf.js';

/** The .docx a run publishes, and whether its 目录 page numbers are LibreOffice's or estimates. */
export interface PublishedDocx {
  bytes: Uint8Array;
  toc: TocPages;
}

/**
 * The .docx and PDF of one document, rendered once however many writers ask. Without a PDF the .docx carries
 * estimated 目录 page numbers (toc-pages.ts). With one, LibreOffice lays out that .docx once: the PDF is its export
 * (its 目录 updated by LibreOffice), and the .docx is rendered again with the page numbers LibreOffice found, so
 * both files show the same numbers. Every .docx is self-checked against the model as it is written (renderCheckedDocx).
 */
export class DocxLayout {
  private estimated: Promise<Uint8Array> | undefined;
  private pass: Promise<{ pdf: Uint8Array; pages?: number[] }> | undefined;
  private published: Promise<PublishedDocx> | undefined;
  private estimatedToc: TocPages | undefined;

  constructor(
    private readonly document: BudgetDocument,
    private readonly created: Date | undefined,
    private readonly withPdf: boolean,
  ) {}

  /** The .docx to publish. */
  docx(): Promise<PublishedDocx> {
    return (this.published ??= this.publish());
  }

  /** The PDF; PdfToolError when LibreOffice is missing, fails or stalls. */
  async pdf(): Promise<Uint8Array> {
    return (await this.layOut()).pdf;
  }

  private async publish(): Promise<PublishedDocx> {
    const estimate = this.estimate();
    if (this.withPdf) {
      const pages = await this.layOut().then(
        (pass) => pass.pages,
        (error: unknown) => {
          if (error instanceof PdfToolError) return undefined; // the pdf writer reports it (S09)
          throw error;
        },
      );
      if (pages && pages.length === estimate.pages.length) {
        const toc: TocPages = { pages, source: 'libreoffice' };
        return { bytes: await this.render(toc), toc };
      }
    }
    return { bytes: await this.estimatedDocx(), toc: estimate };
  }

  private estimatedDocx(): Promise<Uint8Array> {
    return (this.estimated ??= this.render(this.estimate()));
  }

  /** The 目录 page numbers estimated from the model (toc-pages.ts), worked out once. */
  private estimate(): TocPages {
    return (this.estimatedToc ??= estimateTocPages(this.document));
  }

  private async render(toc: TocPages): Promise<Uint8Array> {
    return renderCheckedDocx(this.document, { toc, ...(this.created ? { created: this.created } : {}) });
  }

  private layOut(): Promise<{ pdf: Uint8Array; pages?: number[] }> {
    return (this.pass ??= this.convert());
  }

  /** One LibreOffice pass in a private temp folder, removed however the run ends. */
  private async convert(): Promise<{ pdf: Uint8Array; pages?: number[] }> {
    const work = await mkdtemp(join(tmpdir(), 'yusuan-pdf-'));
    const release = whileRunning(() => rmSync(work, { recursive: true, force: true }));
    try {
      // A fixed name inside the private folder: the output name may be as long as a file name can be.
      const docxPath = join(work, 'document.docx');
      await writeFile(docxPath, await this.estimatedDocx());
      const layout = await convertWithLayout(docxPath, work);
      const pages = layout.toc?.map((line) => /\t\s*(\d+)\s*$/.exec(line)?.[1]).map(Number);
      return { pdf: await readFile(layout.pdf), ...(pages && pages.every((n) => Number.isInteger(n) && n > 0) ? { pages } : {}) };
    } finally {
      await rm(work, { recursive: true, force: true });
      release();
    }
  }
}
