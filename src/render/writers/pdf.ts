import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { whileRunning } from '../interrupt.js';
import { convertToPdf, PdfToolError } from '../pdf.js';
import type { Writer } from './writer.js';

/**
 * PDF: the .docx converted by LibreOffice in a private temp folder (render/pdf), removed however the run ends
 * (interrupt.ts). A missing, failing or stalled LibreOffice is a tool failure (S09, the CLI exits 2, not 1) on
 * `<name>.pdf`, and no file; the other formats are still written.
 */
export const pdfWriter: Writer<'pdf'> = {
  format: 'pdf',
  extension: 'pdf',
  description: 'PDF：由 LibreOffice 从 Word 文档转换（需安装 LibreOffice）',
  async render(_document, context) {
    const work = await mkdtemp(join(tmpdir(), 'yusuan-pdf-'));
    const release = whileRunning(() => rmSync(work, { recursive: true, force: true }));
    try {
      // A fixed name inside the private folder: the output name may be as long as a file name can be.
      const docxPath = join(work, 'document.docx');
      await writeFile(docxPath, await context.docx());
      const pdfPath = await convertToPdf(docxPath, work);
      return [{ name: `${context.name}.pdf`, bytes: await readFile(pdfPath) }];
    } catch (error) {
      if (!(error instanceof PdfToolError)) throw error;
      const file = `${context.name}.pdf`;
      context.diagnostics.push({ rule: 'S09', severity: 'error', at: { kind: 'file', file }, message: `无法生成 PDF：${error.message}` });
      return [];
    } finally {
      await rm(work, { recursive: true, force: true });
      release();
    }
  },
};
