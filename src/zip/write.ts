import { constants, crc32 as nodeCrc32, deflateRawSync } from 'node:zlib';

/** A file to write: its bytes, chunks produced one at a time (a large part is never held whole), or bytes deflated before. */
export interface ZipSource {
  name: string;
  data: Uint8Array | Iterable<Uint8Array> | Deflated;
}

/** Bytes already deflated (level 6), with their CRC and size: what `deflatedOnce` keeps for bytes that go into several packages. */
export class Deflated {
  constructor(
    readonly data: Buffer,
    readonly crc: number,
    readonly size: number,
  ) {}
}

/**
 * The bytes deflated once per bytes object, however many packages carry them: the .docx and the .xlsx of one run
 * embed the same model part (tens of MB for a large document), and deflating it was most of the xlsx's zipping.
 */
export function deflatedOnce(bytes: Uint8Array): Deflated {
  let entry = deflatedBytes.get(bytes);
  if (!entry) {
    const { data, crc, size } = deflateEntry(bytes);
    deflatedBytes.set(bytes, (entry = new Deflated(data, crc, size)));
  }
  return entry;
}

const deflatedBytes = new WeakMap<Uint8Array, Deflated>();

/**
 * A text part's UTF-8 deflated once for all the packages that carry the same text: the parts every .docx shares
 * (styles, settings, numbering, relationships, footers…), about twenty small parts whose deflating, each through
 * its own zlib stream, took half a millisecond a document. Kept by their text, at most TEXTS_KEPT of them (all let
 * go when that is reached); a part that differs from document to document is better left to writeZip.
 */
export function deflatedText(text: string): Deflated {
  let entry = deflatedTexts.get(text);
  if (!entry) {
    const { data, crc, size } = deflateEntry(Buffer.from(text, 'utf8'));
    if (deflatedTexts.size >= TEXTS_KEPT) deflatedTexts.clear();
    deflatedTexts.set(text, (entry = new Deflated(data, crc, size)));
  }
  return entry;
}

const deflatedTexts = new Map<string, Deflated>();
const TEXTS_KEPT = 256;

/**
 * Writes a zip package deterministically: entries in the given order, every entry stamped with `date`
 * (as a DOS time from its UTC fields, as jszip does), DEFLATE level 6 through node:zlib, or stored when
 * `compression` is `store` (a package only handed on to another reader; an entry deflated before stays so). A chunked entry is deflated chunk by
 * chunk, each ended with a sync flush: the blocks join into one valid deflate stream (as pigz does), so memory
 * holds one chunk and the compressed output, not the whole part.
 */
export function writeZip(entries: readonly ZipSource[], date: Date, compression: 'deflate' | 'store' = 'deflate'): Buffer {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const source = entry.data;
    const stored = compression === 'store' && !(source instanceof Deflated);
    const { data, crc, size } = source instanceof Deflated ? source : stored ? storeEntry(source) : deflateEntry(source);
    const method = stored ? 0 : 8;
    const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : 0x0800;
    const header = (central: boolean): Buffer => {
      const b = Buffer.alloc(central ? 46 : 30);
      b.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      let p = 4;
      if (central) p = b.writeUInt16LE(0x0014, p);
      p = b.writeUInt16LE(0x0014, p);
      p = b.writeUInt16LE(flags, p);
      p = b.writeUInt16LE(method, p);
      p = b.writeUInt16LE(time, p);
      p = b.writeUInt16LE(day, p);
      p = b.writeUInt32LE(crc, p);
      p = b.writeUInt32LE(data.length, p);
      p = b.writeUInt32LE(size, p);
      p = b.writeUInt16LE(name.length, p);
      if (central) b.writeUInt32LE(offset, 42);
      return b;
    };
    locals.push(header(false), name, data);
    centrals.push(header(true), name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function storeEntry(source: Uint8Array | Iterable<Uint8Array>): { data: Buffer; crc: number; size: number } {
  const data = Buffer.concat(source instanceof Uint8Array ? [source] : [...source]);
  return { data, crc: crc32(data, 0), size: data.length };
}

function deflateEntry(source: Uint8Array | Iterable<Uint8Array>): { data: Buffer; crc: number; size: number } {
  if (source instanceof Uint8Array) return { data: deflateRawSync(source, { level: 6 }), crc: crc32(source, 0), size: source.length };
  const parts: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const chunk of source) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    parts.push(deflateRawSync(chunk, { level: 6, finishFlush: constants.Z_SYNC_FLUSH }));
  }
  parts.push(deflateRawSync(Buffer.alloc(0), { level: 6 }));
  return { data: Buffer.concat(parts), crc, size };
}

/** CRC-32 of the bytes, continuing from `crc`: node:zlib's where Node has it (≥ 20.15), a table otherwise. */
function crc32(data: Uint8Array, crc: number): number {
  if (typeof nodeCrc32 === 'function') return nodeCrc32(data, crc);
  let c = (crc ^ 0xffffffff) >>> 0;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
