import { readDirectory, type ZipRecord } from './directory.js';
import { ZipError } from './error.js';
import { InflateBudget, inflatePieces, inflateWhole } from './inflate.js';
import { DEFAULT_ZIP_LIMITS, RATIO_GRACE_BYTES, type ZipLimits } from './limits.js';

/** One file of a zip package: its path and bytes. */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** Entries declared at most this size are inflated at once; larger ones are read as text in pieces. */
const WHOLE_BYTES = 16 * 1024 * 1024;

/**
 * A zip opened for reading (stored or deflated entries). Opening reads the directory and refuses a package whose
 * declared entries already break a limit; every read then counts what it inflates against the same limits, so a
 * header that lies is caught while inflating. Throws ZipError, whose message is Chinese.
 */
export class ZipArchive {
  /** The file entries' names, in directory order (folders left out). */
  readonly names: readonly string[];
  private readonly records = new Map<string, ZipRecord>();
  private readonly budget: InflateBudget;

  constructor(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS) {
    const records = readDirectory(bytes, limits);
    checkDeclared(records, limits);
    for (const record of records) {
      if (record.name.endsWith('/')) continue;
      // Two readers could each see a different one of two same-named entries: refuse rather than pick.
      if (this.records.has(record.name)) throw new ZipError({ kind: 'corrupt', detail: `条目“${record.name}”重复` });
      this.records.set(record.name, record);
    }
    this.names = [...this.records.keys()];
    this.budget = new InflateBudget(limits);
  }

  /** Whether the package has a file entry of this name. */
  has(name: string): boolean {
    return this.records.has(name);
  }

  /** An entry's unpacked bytes; undefined when there is no such entry. */
  bytes(name: string): Uint8Array | undefined {
    const record = this.records.get(name);
    return record && inflateWhole(record, this.budget);
  }

  /** An entry's text (UTF-8); undefined when there is no such entry. */
  text(name: string): string | undefined {
    const data = this.bytes(name);
    return data && new TextDecoder().decode(data);
  }

  /**
   * An entry's text in pieces: at once when it is declared small (≤ 16 MB), else inflated as a stream in 1 MB
   * pieces, so a 100 MB part is never held whole. Undefined when there is no such entry.
   */
  textPieces(name: string): AsyncIterable<string> | undefined {
    const record = this.records.get(name);
    return record && textOf(record, this.budget);
  }

  /** An entry's declared unpacked size (what reading it must then match); undefined when there is no such entry. */
  size(name: string): number | undefined {
    return this.records.get(name)?.size;
  }

  /** An entry's bytes inflated as a stream of 1 MB pieces, never held whole; undefined when there is no such entry. */
  bytePieces(name: string): AsyncIterable<Uint8Array> | undefined {
    const record = this.records.get(name);
    return record && inflatePieces(record, this.budget);
  }

  /** Every file entry with its bytes, in directory order. */
  entries(): ZipEntry[] {
    return this.names.map((name) => ({ name, data: this.bytes(name) ?? new Uint8Array() }));
  }
}

/** Opens a zip for reading (see ZipArchive). */
export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  return new ZipArchive(bytes, limits);
}

/** Every file entry of a zip with its bytes, in directory order, within the limits. */
export function readZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  return openZip(bytes, limits).entries();
}

/** Refuses a package whose directory already declares more than the limits allow (nothing inflated yet). */
function checkDeclared(records: readonly ZipRecord[], limits: ZipLimits): void {
  const total = records.reduce((sum, record) => sum + record.size, 0);
  if (total > limits.maxTotalBytes) throw new ZipError({ kind: 'too-large', bytes: total, limit: limits.maxTotalBytes });
  for (const { name, size, raw } of records) {
    if (size > limits.maxEntryBytes) throw new ZipError({ kind: 'too-large', entry: name, bytes: size, limit: limits.maxEntryBytes });
    if (size > RATIO_GRACE_BYTES && size > limits.maxRatio * raw.length) throw new ZipError({ kind: 'ratio', entry: name, limit: limits.maxRatio });
  }
}

async function* textOf(record: ZipRecord, budget: InflateBudget): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  if (record.size <= WHOLE_BYTES) {
    yield decoder.decode(inflateWhole(record, budget));
    return;
  }
  for await (const piece of inflatePieces(record, budget)) yield decoder.decode(piece, { stream: true });
  yield decoder.decode();
}
