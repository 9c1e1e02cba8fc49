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
 * takes it to 1 MB (counted in UTF-16 units); the rest, however short, is the last chunk. Each part is encoded
 * straight into the chunk's buffer, which grows as needed: joining the parts into one string first and encoding
 * that cost twice the time (a seed's document.xml: 2.7 against 1.4 ms) and a string as large as the chunk.
 */
export function* utf8Chunks(parts: Iterable<string>): Generator<Uint8Array> {
  let buffer = Buffer.allocUnsafe(FIRST_CAPACITY);
  let used = 0;
  let length = 0;
  let pending = false;
  for (const part of parts) {
    pending = true;
    const most = used + part.length * 3; // a UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair: 4 for 2)
    if (most > buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(buffer.length * 2, most));
      buffer.copy(larger, 0, 0, used);
      buffer = larger;
    }
    used += buffer.write(part, used, 'utf8');
    length += part.length;
    if (length >= CHUNK) {
      yield buffer.subarray(0, used);
      buffer = Buffer.allocUnsafe(FIRST_CAPACITY);
      used = 0;
      length = 0;
      pending = false;
    }
  }
  if (pending) yield buffer.subarray(0, used);
}

const FIRST_CAPACITY = 1 << 16;
const CHUNK = 1 << 20;
