import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One entry of a hand-built zip: the packed bytes and whatever sizes the directory declares (a hostile file may lie). */
export interface RawEntry {
  name: string;
  data: Buffer;
  method: number;
  crc: number;
  size: number;
}

/** An entry stored as is. */
export function storedEntry(name: string, data: Uint8Array): RawEntry {
  const bytes = Buffer.from(data);
  return { name, data: bytes, method: 0, crc: crc32(bytes), size: bytes.length };
}

/** An entry deflated, declaring its true size. */
export function deflatedEntry(name: string, data: Uint8Array): RawEntry {
  return { name, data: deflateRawSync(data), method: 8, crc: crc32(data), size: data.length };
}

/**
 * A zip bomb entry: inflates to `megabytes` MB of zeros, declares `declared` MB. Built from one compressed
 * megabyte repeated (sync-flushed deflate blocks concatenate), so the test never holds the bomb itself.
 */
export function bombEntry(name: string, megabytes: number, declared = megabytes): RawEntry {
  const mb = Buffer.alloc(1 << 20);
  const block = deflateRawSync(mb, { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array.from({ length: megabytes }, () => block), deflateRawSync(Buffer.alloc(0))]);
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(mb, crc);
  return { name, data, method: 8, crc, size: declared * (1 << 20) };
}

/** A zip from raw entries, with the sizes each declares. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size >>> 0, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, e.data);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}
