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
  if (!SPECIALS.test(text)) return text; // nearly every text: one search, not three replacements
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const SPECIALS = /[&<>]/;

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
 * pieces and is never held whole (the .xlsx's sheets). A chunk ends after the part that takes it to 1 MB (counted
 * in UTF-16 units); the rest, however short, is the last chunk. Each part is encoded straight into the writer's
 * buffer (Utf8ChunkWriter): joining the parts into one string first and encoding that cost twice the time (a seed's
 * document.xml: 2.7 against 1.4 ms) and a string as large as the chunk.
 */
export function* utf8Chunks(parts: Iterable<string>): Generator<Uint8Array> {
  const out = new Utf8ChunkWriter();
  try {
    for (const part of parts) {
      out.xml(part);
      const chunk = out.endPart();
      if (chunk) yield chunk;
    }
    const last = out.finish();
    if (last) yield last;
  } finally {
    out.release();
  }
}

/**
 * UTF-8 written straight into one buffer and cut into chunks as `utf8Chunks` cuts them: a chunk ends at the end of
 * the part (`endPart`) that takes it to 1M UTF-16 units. Besides strings it takes XML encoded once (`ascii`: a table
 * cell's tags, the same in every row) and text escaped on the way (`escaped`), so a writer that knows its pieces
 * (word/document.xml's table rows, grid-xml.ts) builds no string for them. The buffer is kept from one writer to
 * the next (one at a time; a writer made while another holds it takes its own), and each chunk is copied out of it
 * at its exact size: growing a fresh buffer by doubling from 64 KB for every chunk copied and touched twice the
 * chunk's bytes.
 */
export class Utf8ChunkWriter {
  private buffer: Buffer;
  private used = 0;
  /** UTF-16 units written since the chunk began. */
  private units = 0;
  /** Whether a part was written or ended since the last chunk (an empty part still makes a chunk). */
  private pending = false;
  private released = false;

  constructor() {
    this.buffer = kept ?? Buffer.allocUnsafe(FIRST_CAPACITY);
    kept = undefined;
  }

  /** A string as it is: XML, or text already escaped. */
  xml(text: string): void {
    this.room(text.length * 3); // a UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair: 4 for 2)
    this.used += this.buffer.write(text, this.used, 'utf8');
    this.units += text.length;
    this.pending = true;
  }

  /** ASCII XML encoded once (`asciiBytes`), as `xml` would write its string. */
  ascii(bytes: Uint8Array): void {
    const n = bytes.length;
    this.room(n);
    this.buffer.set(bytes, this.used);
    this.used += n;
    this.units += n;
    this.pending = true;
  }

  /**
   * Text with the five XML specials escaped (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`, as docx's serialiser and
   * paragraph-xml.ts escapeAsDocx write them), encoded as `xml` would encode the escaped string: one pass over the
   * text, no escaped string made.
   */
  escaped(text: string): void {
    const n = text.length;
    this.room(n * 6); // `&quot;`: 6 bytes for one unit
    const b = this.buffer;
    let at = this.used;
    let units = n;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c < 0x80) {
        const special = SPECIAL[c] ?? 0;
        if (special === 0) b[at++] = c;
        else {
          const entity = ENTITY_BYTES[special] ?? EMPTY;
          b.set(entity, at);
          at += entity.length;
          units += entity.length - 1;
        }
      } else if (c < 0x800) {
        b[at++] = 0xc0 | (c >> 6);
        b[at++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c < 0xe000) {
        const d = c < 0xdc00 && k + 1 < n ? text.charCodeAt(k + 1) : 0;
        if (d >= 0xdc00 && d < 0xe000) {
          const p = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          b[at++] = 0xf0 | (p >> 18);
          b[at++] = 0x80 | ((p >> 12) & 0x3f);
          b[at++] = 0x80 | ((p >> 6) & 0x3f);
          b[at++] = 0x80 | (p & 0x3f);
          k++;
        } else {
          b[at++] = 0xef; // a lone surrogate: U+FFFD, as Buffer writes it
          b[at++] = 0xbf;
          b[at++] = 0xbd;
        }
      } else {
        b[at++] = 0xe0 | (c >> 12);
        b[at++] = 0x80 | ((c >> 6) & 0x3f);
        b[at++] = 0x80 | (c & 0x3f);
      }
    }
    this.used = at;
    this.units += units;
    this.pending = true;
  }

  /** Ends a part: the chunk, if this part took it to CHUNK units (the writer goes on with an empty one). */
  endPart(): Uint8Array | undefined {
    this.pending = true;
    return this.units >= CHUNK ? this.take() : undefined;
  }

  /** The last chunk, if anything was written or a part ended since the one before; the writer is done. */
  finish(): Uint8Array | undefined {
    const last = this.pending ? this.take() : undefined;
    this.release();
    return last;
  }

  /** Lets the buffer go to the next writer (finish does; a writer given up on the way, from a finally). */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.buffer.length <= KEPT_CAPACITY) kept = this.buffer;
  }

  private take(): Uint8Array {
    const chunk = new Uint8Array(this.buffer.subarray(0, this.used)); // a copy (Buffer.copy into a new Buffer took twice as long)
    this.used = 0;
    this.units = 0;
    this.pending = false;
    return chunk;
  }

  /** Makes room for `bytes` more. */
  private room(bytes: number): void {
    const most = this.used + bytes;
    if (most <= this.buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, most));
    this.buffer.copy(larger, 0, 0, this.used);
    this.buffer = larger;
  }
}

/** ASCII XML encoded once for Utf8ChunkWriter.ascii. */
export function asciiBytes(xml: string): Uint8Array {
  if (!/^[\x00-\x7f]*$/.test(xml)) throw new Error(`not ASCII: ${xml.slice(0, 40)}`);
  return Buffer.from(xml, 'latin1');
}

/** The buffer the next Utf8ChunkWriter writes into, left by the last one; undefined while a writer holds it. */
let kept: Buffer | undefined;

/** The five XML specials and their escapes; SPECIAL tells each ASCII code's place among them, from 1 (0: none). */
const ESCAPES = [['&', '&amp;'], ['"', '&quot;'], ["'", '&apos;'], ['<', '&lt;'], ['>', '&gt;']] as const;
const ENTITY_BYTES = [new Uint8Array(0), ...ESCAPES.map(([, entity]) => asciiBytes(entity))];
const SPECIAL = new Uint8Array(128);
ESCAPES.forEach(([c], i) => (SPECIAL[c.charCodeAt(0)] = i + 1));
const EMPTY = new Uint8Array(0);

/** A chunk's first buffer; a 1 MB chunk of CJK text takes 3 MB. A buffer larger than KEPT_CAPACITY is let go after its writer. */
const FIRST_CAPACITY = 1 << 16;
const KEPT_CAPACITY = 1 << 23;
const CHUNK = 1 << 20;
