/*
 * What a reader of a published document hands on (issue 17): the printed lines and table grids, each with the
 * place it was read from, before anything is recognised. One shape for .docx, .txt and the PDF text layer.
 */

/** Where something was read: a line of a text or PDF (with its page when known), or a paragraph or table cell of a .docx. */
export type Place =
  | { kind: 'line'; line: number; page?: number }
  | { kind: 'paragraph'; paragraph: number }
  | { kind: 'cell'; table: number; row: number; column: number };

/** Where one printed line starts in the text of the paragraph it was rejoined into (offset of its first character). */
export interface LineStart {
  at: number;
  place: Place;
}

/** The place of the line holding character `offset` of a rejoined paragraph; the paragraph's own place without line starts. */
export function placeAtOffset(starts: readonly LineStart[] | undefined, offset: number, fallback: Place | undefined): Place | undefined {
  let hit: Place | undefined;
  for (const s of starts ?? []) if (s.at <= offset) hit = s.place;
  return hit ?? fallback;
}

/** A run of text on a PDF line: where it starts and how wide it is (PDF units). */
export interface Run {
  text: string;
  x: number;
  width: number;
}

/** One printed line (text, PDF) or paragraph (docx), as read. */
export interface ReadLine {
  text: string;
  place: Place;
  /** For a PDF line: its runs left to right, its baseline and its text height, so table rows can be rebuilt by position. */
  runs?: Run[];
  y?: number;
  height?: number;
}

/** One cell of a table grid read from a .docx: its text, its spans and where it is. */
export interface ReadCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  place: Place;
}

/** A table as a grid of leaf positions: a cell where one starts, null where a merge covers the position. */
export interface ReadGrid {
  rows: (ReadCell | null)[][];
  /** Rows marked as repeated header rows (Word `w:tblHeader`), when the file says so. */
  headerRows?: number;
  place: Place;
}

/** The body of a document in print order: lines and table grids. */
export type ReadBlock = { kind: 'line'; line: ReadLine } | { kind: 'grid'; grid: ReadGrid };

/** A file the readers could not take, with the reason in Chinese (a scanned PDF, a foreign .docx, a broken zip). */
export class UnreadableError extends Error {
  override name = 'UnreadableError';
}

/** `第3页第12行`, `第12行`, `第40段`, `第5个表格第3行第2列`: a place as the officer finds it. */
export function formatPlace(place: Place): string {
  switch (place.kind) {
    case 'line':
      return place.page === undefined ? `第${place.line}行` : `第${place.page}页（第${place.line}行）`;
    case 'paragraph':
      return `第${place.paragraph}段`;
    case 'cell':
      return `第${place.table}个表格第${place.row}行第${place.column}列`;
  }
}


