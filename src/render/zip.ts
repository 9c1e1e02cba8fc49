import { Readable } from 'node:stream';
import { constants, crc32 as nodeCrc32, createInflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';

/** One file of a zip package: its path and bytes. */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** A file to write: its bytes, or chunks produced one at a time (a large part is never held whole). */
export interface ZipSource {
  name: string;
  data: Uint8Array | Iterable<Uint8Array>;
}

/**
 * Reads a zip package (stored or deflated entries) through its central directory, with node:zlib. Meant for
 * packages the writers just produced (docx, exceljs); input workbooks go through input/workbook/zip-guard.ts.
 * An entry inflating past `maxEntryBytes` throws rather than exhaust memory.
 */
export function readZip(bytes: Uint8Array, maxEntryBytes = 256 * 1024 * 1024): ZipEntry[] {
  return zipDirectory(bytes).flatMap(({ name, method, raw }) =>
    name.endsWith('/') ? [] : [{ name, data: method === 8 ? new Uint8Array(inflateRawSync(raw, { maxOutputLength: maxEntryBytes })) : raw }],
  );
}

/** An entry as stored: its name, compression method (0 stored, 8 deflate) and compressed bytes. */
export interface RawZipEntry {
  name: string;
  method: number;
  raw: Uint8Array;
  /** Uncompressed size as the directory declares it. */
  size: number;
}

/** The entries of a zip package as stored, read through its central directory (nothing is inflated). */
export function zipDirectory(bytes: Uint8Array): RawZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('zip: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: RawZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('zip: bad central directory');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const declared = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, method, raw: bytes.subarray(start, start + size), size: declared });
    at += 46 + skip;
  }
  return entries;
}

/**
 * An entry's text (UTF-8), in pieces: at once when it is small (≤ `wholeBytes` unpacked), else inflated as a
 * stream in 1 MB pieces, so a 100 MB part is never held whole.
 */
export async function* zipEntryText(entry: RawZipEntry, wholeBytes = 16 * 1024 * 1024): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  if (entry.method !== 8) {
    yield decoder.decode(entry.raw);
    return;
  }
  if (entry.size <= wholeBytes) {
    yield decoder.decode(inflateRawSync(entry.raw, { maxOutputLength: wholeBytes }));
    return;
  }
  for await (const chunk of Readable.from([entry.raw]).pipe(createInflateRaw({ chunkSize: 1 << 20 }))) {
    if (chunk instanceof Uint8Array) yield decoder.decode(chunk, { stream: true });
  }
  yield decoder.decode();
}

/**
 * Writes a zip package deterministically: entries in the given order, every entry stamped with `date`
 * (as a DOS time from its UTC fields, as jszip does), DEFLATE level 6 through node:zlib. A chunked entry is
 * deflated chunk by chunk, each ended with a sync flush: the blocks join into one valid deflate stream (as
 * pigz does), so memory holds one chunk and the compressed output, not the whole part.
 */
export function writeZip(entries: readonly ZipSource[], date: Date): Buffer {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const { data, crc, size } = deflateEntry(entry.data);
    const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : 0x0800;
    const header = (central: boolean): Buffer => {
      const b = Buffer.alloc(central ? 46 : 30);
      b.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      let p = 4;
      if (central) p = b.writeUInt16LE(0x0014, p);
      p = b.writeUInt16LE(0x0014, p);
      p = b.writeUInt16LE(flags, p);
      p = b.writeUInt16LE(8, p);
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
