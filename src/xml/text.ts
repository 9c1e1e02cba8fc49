/** XML text helpers shared by every reader and writer of OOXML parts (workbooks read, documents written and read back). */

/** The `>` closing the tag opened at `lt`, skipping quoted attribute values; -1 when the tag is cut off. */
export function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let k = lt + 1; k < xml.length; k++) {
    const c = xml.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return k;
  }
  return -1;
}

/**
 * Decodes the five XML entities and numeric character references. A reference past U+10FFFF (hostile: it would
 * make String.fromCodePoint throw) reads as nothing.
 */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, name: string) => {
    if (name.startsWith('#')) {
      const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name] ?? '';
  });
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Escapes text for an XML element's content. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for an attribute value in double quotes: as `escapeXml`, with `"` escaped too. */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/"/g, '&quot;');
}

/**
 * Text as a .docx or .xlsx part can hold it: characters XML 1.0 forbids (C0 controls but tab and newline, U+FFFE,
 * U+FFFF, lone surrogates), with which Word refuses to open the file and Excel reports it corrupt, are dropped;
 * `\r\n` and `\r` become `\n`.
 */
export function printable(text: string): string {
  if (PRINTABLE.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

/** Text `printable` leaves alone (nearly every text): no control character but tab and newline, no U+FFFE/U+FFFF, no surrogate. */
const PRINTABLE = /^[^\u0000-\u0008\u000b-\u001f\ud800-\udfff\ufffe\uffff]*$/;

/**
 * Joins the strings `parts` yields into UTF-8 chunks of about 1 MB, so a large part goes to the zip writer in
 * pieces and is never held whole (the .docx's document.xml, the .xlsx's sheets). A chunk ends after the part that
 * takes it to 1 MB; the rest, however short, is the last chunk.
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
