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
