import { ZipError } from './error.js';
import type { ZipLimits } from './limits.js';

/** One entry as the central directory declares it; a hostile file may lie, so sizes are enforced again when inflating. */
export interface ZipRecord {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags: number;
  /** Unpacked size as declared. */
  size: number;
  /** The packed bytes, found through the entry's local header. */
  raw: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const MAX_U16 = 0xffff;
const MAX_U32 = 0xffffffff;

/**
 * Reads the central directory (ZIP64 included) without inflating anything. Every offset is bounds-checked; the
 * entry count is checked against `maxEntries` before the directory is walked.
 */
export function readDirectory(bytes: Uint8Array, limits: ZipLimits): ZipRecord[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) throw new ZipError({ kind: 'not-a-zip' });
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (offset === MAX_U32 || count === MAX_U16) ({ count, offset } = zip64Directory(view, eocd));
  if (count > limits.maxEntries) throw new ZipError({ kind: 'too-many-entries', count, limit: limits.maxEntries });
  const records: ZipRecord[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    need(view, offset, 46, CENTRAL, '压缩包目录记录越界');
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const extraAt = offset + 46 + nameLength;
    if (extraAt + extraLength > view.byteLength) throw corrupt('压缩包目录记录越界');
    const name = decoder.decode(bytes.subarray(offset + 46, extraAt));
    const declared = zip64Fields(view, extraAt, extraLength, {
      size: view.getUint32(offset + 24, true),
      packed: view.getUint32(offset + 20, true),
      local: view.getUint32(offset + 42, true),
    });
    const raw = packedBytes(bytes, view, declared.local, declared.packed, name);
    records.push({ name, method: view.getUint16(offset + 10, true), flags: view.getUint16(offset + 8, true), size: declared.size, raw });
    offset = extraAt + extraLength + commentLength;
  }
  return records;
}

function corrupt(detail: string): ZipError {
  return new ZipError({ kind: 'corrupt', detail });
}

/** Throws unless `length` bytes from `at` lie in the file and start with `signature`. */
function need(view: DataView, at: number, length: number, signature: number, detail: string): void {
  if (at < 0 || at + length > view.byteLength || view.getUint32(at, true) !== signature) throw corrupt(detail);
}

function findEocd(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - MAX_U16);
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function zip64Directory(view: DataView, eocd: number): { count: number; offset: number } {
  const locator = eocd - 20;
  need(view, locator, 20, ZIP64_LOCATOR, '缺少 ZIP64 目录');
  const record = u64(view, locator + 8);
  need(view, record, 56, ZIP64_EOCD, '缺少 ZIP64 目录');
  return { count: u64(view, record + 32), offset: u64(view, record + 48) };
}

interface Declared {
  size: number;
  packed: number;
  local: number;
}

/** ZIP64 extra field (0x0001): 64-bit values replace the 0xFFFFFFFF placeholders, in the order size, packed, local. */
function zip64Fields(view: DataView, start: number, length: number, fields: Declared): Declared {
  const placeholders = (['size', 'packed', 'local'] as const).filter((key) => fields[key] === MAX_U32);
  if (placeholders.length === 0) return fields;
  for (let at = start; at + 4 <= start + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 0x0001) continue;
    if (at + 4 + 8 * placeholders.length > start + length) break;
    const out = { ...fields };
    placeholders.forEach((key, i) => (out[key] = u64(view, at + 4 + 8 * i)));
    return out;
  }
  throw corrupt('ZIP64 扩展字段缺失');
}

/** The packed bytes of an entry, after its local header; throws when they run past the end of the file. */
function packedBytes(bytes: Uint8Array, view: DataView, local: number, packed: number, name: string): Uint8Array {
  need(view, local, 30, LOCAL, `“${name}”的本地文件头越界`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + packed > bytes.length) throw corrupt(`“${name}”的数据越界`);
  return bytes.subarray(start, start + packed);
}
