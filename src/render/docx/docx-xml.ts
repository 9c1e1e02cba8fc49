import { decodeXml } from '../../xml/text.js';
import { DocumentScanner, type DocxItem } from './docx-xml-scan.js';

export type { DocxItem } from './docx-xml-scan.js';

/**
 * Reads the text of word/document.xml as a reader sees it: `w:t` text, `w:tab` → tab, `w:br` → newline;
 * field codes (`w:instrText`) are not text, field results are. Empty body paragraphs are dropped. A table
 * is its rows of cell texts (a cell's paragraphs joined by newlines), without the `w:vMerge continue` cells
 * that only continue a vertical merge.
 */
export function documentItems(xml: string): DocxItem[] {
  const reader = new DocumentItemsReader();
  reader.push(xml);
  return reader.finish();
}

/**
 * `documentItems` of the part's UTF-8 bytes, held whole: read as a one-byte (latin1) text, whose indexes are byte
 * offsets and where a tag is found faster than in a decoded text, with only the text inside `w:t` decoded from the
 * bytes (decoding the whole part cost as much as reading it). Tags, names and entities are ASCII, so they read the
 * same; a text runs between two ASCII bytes, so each decodes as it would within the whole.
 */
export function documentItemsOfBytes(bytes: Uint8Array): DocxItem[] {
  const reader = new DocumentItemsReader();
  reader.readBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), true);
  return reader.finish();
}

/**
 * Bytes read as one latin1 text at a time: a text under V8's large-object size (128 KB) is made in the young generation;
 * one of a whole 1 MB chunk took fresh pages each time and cost as much as scanning it.
 */
const WINDOW_BYTES = 64 * 1024;

/**
 * `documentItems` fed in pieces (the XML of a large document inflated as a stream, never held whole). A piece
 * is read up to its last `<`; the rest waits for the next piece, so no tag, text or entity is cut in two.
 */
export class DocumentItemsReader {
  private readonly scanner = new DocumentScanner();
  private rest = '';
  private restBytes: Buffer | undefined;

  push(piece: string): void {
    const text = this.rest + piece;
    this.rest = text.slice(this.scanner.read(text, false));
  }

  finish(): DocxItem[] {
    this.scanner.read(this.rest, true);
    this.rest = '';
    return this.scanner.items;
  }

  /**
   * `push` for the part's UTF-8 bytes in pieces (documentItemsOfBytes, streamed): each piece, after what the last
   * one left, is read as latin1; what is left (a cut tag, or text that may go on, a character cut in two included)
   * waits for the next. Not to be mixed with `push`.
   */
  pushBytes(piece: Uint8Array): void {
    const left = this.restBytes;
    const bytes = left && left.length > 0 ? Buffer.concat([left, piece]) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    this.restBytes = bytes.subarray(this.readBytes(bytes, false));
  }

  /** `finish` after `pushBytes`. */
  finishBytes(): DocxItem[] {
    this.readBytes(this.restBytes ?? Buffer.alloc(0), true);
    this.restBytes = undefined;
    return this.scanner.items;
  }

  /**
   * Reads UTF-8 bytes by windows of WINDOW_BYTES read as latin1; what one leaves (a cut tag or text) starts the next, or
   * all the rest if nothing could be read (a text or element longer than a window). Returns where reading stopped, as DocumentScanner.read.
   */
  readBytes(bytes: Buffer, final: boolean): number {
    let from = 0;
    let size = WINDOW_BYTES;
    while (from < bytes.length) {
      const to = Math.min(bytes.length, from + size);
      const last = to === bytes.length;
      const window = bytes.subarray(from, to);
      const stop = this.scanner.read(window.toString('latin1'), final && last, window);
      if (last && stop < window.length) return from + stop;
      size = stop === 0 ? bytes.length - from : WINDOW_BYTES;
      from += stop;
    }
    return from;
  }
}

/** Decodes the five XML entities and numeric character references (a reference past U+10FFFF, hostile, reads as nothing). */
export function decodeEntities(text: string): string {
  return decodeXml(text);
}
