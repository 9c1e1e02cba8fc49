import { escapeXml } from '../../xml/text.js';

/**
 * Text as a workbook part can hold it: characters XML 1.0 forbids (C0 controls but tab and newline, U+FFFE,
 * U+FFFF, lone surrogates), with which Excel reports the file corrupt, are dropped; `\r\n` and `\r` become `\n`.
 * The same rule as the .docx writer's `printable` (docx/typography.ts), which this module cannot import without
 * loading the docx library.
 */
export function printableText(text: string): string {
  if (SIMPLE.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

/** Text that `printableText` leaves alone (nearly every cell): no control character, U+FFFE/U+FFFF or surrogate. */
const SIMPLE = /^[^\u0000-\u0008\u000b-\u001f\ud800-\udfff\ufffe\uffff]*$/;

/** Element content: the text made printable, `&`, `<` and `>` escaped. */
export function xmlText(text: string): string {
  return escapeXml(printableText(text));
}

/** An attribute value in double quotes: as `xmlText`, with `"` escaped too. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;');
}

/** The XML declaration every part starts with. */
export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** SpreadsheetML's main namespace. */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The officeDocument relationships namespace (`r:id`). */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Joins the strings `parts` yields into UTF-8 chunks of about 1 MB, so a large part goes to the zip writer in
 * pieces and is never held whole (as docx/grid-xml.ts does for the document).
 */
export function* utf8Chunks(parts: Iterable<string>): Generator<Uint8Array> {
  let pending: string[] = [];
  let length = 0;
  for (const part of parts) {
    pending.push(part);
    length += part.length;
    if (length >= CHUNK) {
      yield Buffer.from(pending.join(''), 'utf8');
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield Buffer.from(pending.join(''), 'utf8');
}

const CHUNK = 1 << 20;
