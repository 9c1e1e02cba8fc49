import { PdfToolError } from '../pdf.js';
import type { Writer } from './writer.js';

/**
 * PDF: the .docx converted by LibreOffice in a private temp folder (docx-layout.ts, render/pdf), removed however
 * the run ends (interrupt.ts); the same pass gives the .docx its 目录 page numbers. A missing, failing or stalled LibreOffice is a tool failure (S09, the CLI exits 2, not 1) on
 * `<name>.pdf`, and no file; the other formats are still written.
 */
export const pdfWriter: Writer<'pdf'> = {
  format: 'pdf',
  extension: 'pdf',
  description: 'PDF：由 LibreOffice 从 Word 文档转换（需安装 LibreOffice）',
  async render(_document, context) {
    try {
      if (!context.pdf) throw new PdfToolError('没有可用的 PDF 转换（内部未提供）');
      return [{ name: `${context.name}.pdf`, bytes: await context.pdf() }];
    } catch (error) {
      if (!(error instanceof PdfToolError)) throw error;
      const file = `${context.name}.pdf`;
      context.diagnostics.push({ rule: 'S09', severity: 'error', at: { kind: 'file', file }, message: `无法生成 PDF：${error.message}` });
      return [];
    }
  },
};
