import type { BudgetDocument } from '../../document/model.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Processed } from '../../pipeline.js';

/** One rendered file, named relative to the output folder: `000-luoyang-2022.docx`, `000-luoyang-2022.fdp/income.csv`. */
export interface OutputFile {
  name: string;
  bytes: Uint8Array;
}

/** What a writer may use besides the document; shared by all writers of one run. */
export interface WriterContext {
  /** Output base name (the input's file name, or its folder's for `…/<case>/input.json`). */
  name: string;
  /** The findings so far: the json writer prints them, a writer that cannot write adds one saying why. */
  diagnostics: Diagnostic[];
  /** The .docx, rendered and self-checked once however many writers need it (docx, pdf). */
  docx(): Promise<Uint8Array>;
  /** Whether the .docx's 目录 page numbers are estimates (no LibreOffice layout pass ran). */
  tocEstimated?(): Promise<boolean>;
  /** The PDF, converted once by LibreOffice; PdfToolError when it is missing, fails or stalls. */
  pdf?(): Promise<Uint8Array>;
  /** Everything the pipeline produced (input, figures, profile, source), for writers that explain figures. */
  processed: Processed;
  /** The date the files record as created (the input's publication date, or $SOURCE_DATE_EPOCH); none when absent. */
  created?: Date;
}

/**
 * An output format (pandoc's writers): its `--format` name, the file (or folder) it produces and how.
 * A writer returns no files when it cannot write, after adding a finding to `context.diagnostics`.
 */
export interface Writer<F extends string = string> {
  format: F;
  /** The output is `<name>.<extension>`: one file, or a folder of files when `folder` is set. */
  extension: string;
  folder?: boolean;
  /** Chinese one-liner for `--help`. */
  description: string;
  /** Needs the document built with every figure's provenance (ContentCell.source). */
  trace?: boolean;
  render(document: BudgetDocument, context: WriterContext): Promise<OutputFile[]>;
}

/** Where a writer's output sits in the output folder: the file, or the folder the CLI replaces as a whole. */
export function outputPath(writer: Pick<Writer, 'extension'>, name: string): string {
  return `${name}.${writer.extension}`;
}
