/** One entry of a zip's central directory, as declared (a hostile file may lie; sizes are checked again when inflating). */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const MAX_U32 = 0xffffffff;

/** Reads the central directory without inflating anything; undefined when the bytes are not a readable zip. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return undefined;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (offset === MAX_U32 || count === 0xffff) {
    const zip64 = zip64Directory(view, eocd);
    if (!zip64) return undefined;
    ({ count, offset } = zip64);
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength + extraLength > view.byteLength) return undefined;
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    let compressedSize = view.getUint32(offset + 20, true);
    let uncompressedSize = view.getUint32(offset + 24, true);
    if (uncompressedSize === MAX_U32 || compressedSize === MAX_U32) {
      const sizes = zip64Sizes(view, offset + 46 + nameLength, extraLength, uncompressedSize, compressedSize);
      ({ uncompressedSize, compressedSize } = sizes);
    }
    entries.push({ name, compressedSize, uncompressedSize });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEocd(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function zip64Directory(view: DataView, eocd: number): { count: number; offset: number } | undefined {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return undefined;
  const record = u64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return undefined;
  return { count: u64(view, record + 32), offset: u64(view, record + 48) };
}

/** ZIP64 extra field (0x0001): the 64-bit sizes replace the 0xFFFFFFFF placeholders, uncompressed first. */
function zip64Sizes(view: DataView, start: number, length: number, uncompressed: number, compressed: number) {
  let at = start;
  while (at + 4 <= start + length) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const u = uncompressed === MAX_U32 ? u64(view, field) : uncompressed;
      if (uncompressed === MAX_U32) field += 8;
      const c = compressed === MAX_U32 ? u64(view, field) : compressed;
      return { uncompressedSize: u, compressedSize: c };
    }
    at += 4 + size;
  }
  return { uncompressedSize: Number.POSITIVE_INFINITY, compressedSize: compressed };
}
