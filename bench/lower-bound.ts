import JSZip from 'jszip';
import { crc32, deflateRawSync } from 'node:zlib';

/** One part of a finished package, already serialised. */
export interface Part {
  name: string;
  bytes: Uint8Array;
}

/** The parts of a finished .docx or .xlsx (untimed set-up for the lower bound). */
export async function partsOf(zip: Uint8Array): Promise<Part[]> {
  const archive = await JSZip.loadAsync(zip);
  const files = Object.values(archive.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.async('uint8array') })));
}

/**
 * The lower bound: the same XML parts deflated (node:zlib, level 6 as our writer) and put in a zip container,
 * nothing else. No writer that produces these bytes can be faster than this.
 */
export function zipParts(parts: readonly Part[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = deflateRawSync(part.bytes, { level: 6 });
    const crc = crc32(part.bytes);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(part.bytes.length, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, data);
    central.push(centralEntry(name, crc, data.length, part.bytes.length, offset));
    offset += header.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

function centralEntry(name: Buffer, crc: number, compressed: number, size: number, offset: number): Buffer {
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(20, 4);
  entry.writeUInt16LE(20, 6);
  entry.writeUInt16LE(0x0800, 8);
  entry.writeUInt16LE(8, 10);
  entry.writeUInt32LE(crc, 16);
  entry.writeUInt32LE(compressed, 20);
  entry.writeUInt32LE(size, 24);
  entry.writeUInt16LE(name.length, 28);
  entry.writeUInt32LE(offset, 42);
  return Buffer.concat([entry, name]);
}
