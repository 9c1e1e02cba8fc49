import type { Diagnostic, Location } from '../model/diagnostic.js';

/** What a reader makes of a file: plain data in the shape of the input schema, and how to point into it. */
export interface SourceDocument {
  /** The file's display name. */
  name: string;
  format: 'json' | 'xlsx';
  data: unknown;
  /** Turns a schema path (`['lineItems', 3, 'amount']`) into the place the officer can find. */
  locate(path: readonly PropertyKey[]): Location;
  /** Schema paths (`lineItems[3].amount`) whose value the reader already reported as unreadable: no second message there. */
  reported?: ReadonlySet<string>;
  /** True when the reader saw no character the text policy acts on anywhere in the file, so no text of `data` holds one. */
  printable?: boolean;
}

/** A reader's answer: a source, or the reasons there is none (plus warnings either way). */
export interface ReadResult {
  source?: SourceDocument;
  diagnostics: Diagnostic[];
}

/** A diagnostic about the file as a whole. */
export function fileError(rule: string, file: string, message: string): Diagnostic {
  return { rule, severity: 'error', at: { kind: 'file', file }, message };
}
