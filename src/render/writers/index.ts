import { documentDate } from '../document-date.js';
import type { Block, BudgetDocument, GridCell } from '../../document/model.js';
import { docxWriter } from './docx.js';
import { fdpWriter } from './fdp.js';
import { htmlWriter } from './html.js';
import { jsonWriter } from './json.js';
import { mdWriter } from './md.js';
import { pdfWriter } from './pdf.js';
import { traceWriter } from './trace.js';
import { xlsxWriter } from './xlsx.js';
import type { OutputFile, Writer, WriterContext } from './writer.js';

export { outputPath, type OutputFile, type Writer, type WriterContext } from './writer.js';

/** Every output format, in `--help` order: the one list (pandoc's `writers`). A new format is one file and one line here. */
export const WRITERS = [
  docxWriter,
  xlsxWriter,
  pdfWriter,
  jsonWriter,
  mdWriter,
  fdpWriter,
  traceWriter,
  htmlWriter,
] as const;

/** A `--format` name: `docx`, `xlsx`, `pdf`, `json`, `md`, `fdp`, `trace`, `html`. */
export type Format = (typeof WRITERS)[number]['format'];

/** What `generate` renders when no format is asked for. */
export const DEFAULT_FORMATS: readonly Format[] = ['docx', 'xlsx'];

/** The format names, in registry order. */
export const FORMATS: readonly Format[] = WRITERS.map((w) => w.format);

/** The writer of a format name; undefined for a name that is none. */
export function writerFor(format: string): Writer<Format> | undefined {
  return WRITERS.find((w) => w.format === format);
}

/** True when the name is a registered format. */
export function isFormat(format: string): format is Format {
  return writerFor(format) !== undefined;
}

/** One produced file and the format that produced it. */
export interface RenderedFile extends OutputFile {
  format: Format;
}

/**
 * Renders the formats in the order given, sharing one context: the .docx (and the PDF, with the LibreOffice pass
 * the .docx takes its 目录 page numbers from) is rendered and self-checked once however many writers ask
 * (docx-layout.ts), and a writer's finding (S09, S11) is in `diagnostics` for the writers after it (json).
 * Only writers marked `trace` see the cells' provenance.
 */
export async function renderFormats(
  document: BudgetDocument,
  formats: readonly Format[],
  context: Omit<WriterContext, 'docx'>,
): Promise<RenderedFile[]> {
  const plain = withoutProvenance(document);
  const created = documentDate(context.processed.budget?.publicationDate);
  const { DocxLayout } = await import('./docx-layout.js');
  const layout = new DocxLayout(plain, created, formats.includes('pdf'));
  const shared: WriterContext = {
    ...context,
    ...(created ? { created } : {}),
    docx: async () => (await layout.docx()).bytes,
    tocEstimated: async () => (await layout.docx()).toc.source === 'estimate',
    pdf: () => layout.pdf(),
  };
  const files: RenderedFile[] = [];
  for (const format of formats) {
    const writer: Writer<Format> | undefined = writerFor(format);
    if (!writer) throw new RangeError(`不支持的输出格式：${format}（可选：${FORMATS.join('、')}）`);
    for (const file of await writer.render(writer.trace ? document : plain, shared)) files.push({ ...file, format });
  }
  return files;
}

/**
 * The document as built without tracing: a writer that does not ask for provenance gets the same bytes whether or
 * not `trace` was among the formats (the provenance is the only difference, on table cells).
 */
function withoutProvenance(document: BudgetDocument): BudgetDocument {
  const plainCell = (cell: GridCell): GridCell => {
    if (cell.kind !== 'content' || cell.source === undefined) return cell;
    const { source: _source, ...rest } = cell;
    return rest;
  };
  const plainBlock = (block: Block): Block =>
    block.type === 'table' ? { ...block, table: { ...block.table, rows: block.table.rows.map((row) => row.map(plainCell)) } } : block;
  return { ...document, parts: document.parts.map((part) => ({ ...part, blocks: part.blocks.map(plainBlock) })) };
}
