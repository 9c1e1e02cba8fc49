import { escapeXml, escapeXmlAttribute, printable } from '../../xml/text.js';

/** Element content: the text made printable (xml/text.ts), `&`, `<` and `>` escaped. */
export function xmlText(text: string): string {
  return escapeXml(printable(text));
}

/** An attribute value in double quotes: as `xmlText`, with `"` escaped too. */
export function xmlAttribute(text: string): string {
  return escapeXmlAttribute(printable(text));
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
