import { createInflateRaw, inflateRawSync } from 'node:zlib';
import type { ZipRecord } from './directory.js';
import { ZipError } from './error.js';
import { RATIO_GRACE_BYTES, type ZipLimits } from './limits.js';

/**
 * What an archive may still unpack. Each entry gets an allowance, the least of its declared size and every limit,
 * and inflating stops as soon as the output passes it: a header that understates a size is caught mid-stream,
 * never trusted to bound memory. Entries are read one at a time.
 */
export class InflateBudget {
  private spent = 0;

  constructor(private readonly limits: ZipLimits) {}

  /** Most bytes `record` may unpack to. */
  allowance(record: ZipRecord): number {
    const { maxEntryBytes, maxTotalBytes, maxRatio } = this.limits;
    const ratio = Math.max(RATIO_GRACE_BYTES, maxRatio * record.raw.length);
    return Math.min(record.size, maxEntryBytes, maxTotalBytes - this.spent, ratio);
  }

  /** Counts an entry that unpacked to `bytes` within its allowance. */
  spend(bytes: number): void {
    this.spent += bytes;
  }

  /** The limit an entry passed on reaching `produced` bytes (more than its allowance). */
  exceeded(record: ZipRecord, produced: number): ZipError {
    const { maxEntryBytes, maxTotalBytes, maxRatio } = this.limits;
    const entry = record.name;
    if (produced > record.size) return new ZipError({ kind: 'understated', entry, declared: record.size });
    if (produced > maxEntryBytes) return new ZipError({ kind: 'too-large', entry, bytes: produced, limit: maxEntryBytes });
    const total = this.spent + produced;
    if (total > maxTotalBytes) return new ZipError({ kind: 'too-large', bytes: total, limit: maxTotalBytes });
    return new ZipError({ kind: 'ratio', entry, limit: maxRatio });
  }
}

/** An entry's bytes, unpacked at once (for entries small enough to hold whole). */
export function inflateWhole(record: ZipRecord, budget: InflateBudget): Uint8Array {
  checkMethod(record);
  const allowed = budget.allowance(record);
  let data: Uint8Array;
  if (record.method === 0) data = record.raw;
  else {
    try {
      // zlib checks the output against maxOutputLength after every 16 KB piece and stops there.
      data = inflateRawSync(record.raw, { maxOutputLength: Math.max(1, allowed) });
    } catch (error) {
      if (isTooLarge(error)) throw budget.exceeded(record, allowed + 1);
      throw unreadable(record);
    }
  }
  if (data.length > allowed) throw budget.exceeded(record, data.length);
  budget.spend(data.length);
  if (data.length !== record.size) throw sizeMismatch(record);
  return data;
}

/** An entry's bytes in pieces of about 1 MB, counted against the budget as they come (a large part is never held whole). */
export async function* inflatePieces(record: ZipRecord, budget: InflateBudget): AsyncGenerator<Uint8Array> {
  checkMethod(record);
  if (record.method === 0) {
    yield inflateWhole(record, budget);
    return;
  }
  const allowed = budget.allowance(record);
  const inflate = createInflateRaw({ chunkSize: 1 << 20 });
  inflate.end(record.raw);
  let produced = 0;
  try {
    for await (const piece of inflate) {
      if (!(piece instanceof Uint8Array)) continue;
      produced += piece.length;
      if (produced > allowed) throw budget.exceeded(record, produced);
      yield piece;
    }
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw unreadable(record);
  } finally {
    inflate.destroy();
  }
  budget.spend(produced);
  if (produced !== record.size) throw sizeMismatch(record);
}

function checkMethod(record: ZipRecord): void {
  if ((record.method !== 0 && record.method !== 8) || record.flags & 1) {
    throw new ZipError({ kind: 'unsupported', entry: record.name, method: record.method });
  }
}

function isTooLarge(error: unknown): boolean {
  return error instanceof RangeError && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE';
}

function unreadable(record: ZipRecord): ZipError {
  return new ZipError({ kind: 'corrupt', detail: `“${record.name}”无法解压` });
}

function sizeMismatch(record: ZipRecord): ZipError {
  return new ZipError({ kind: 'corrupt', detail: `“${record.name}”解压后的大小与目录声明的不符` });
}
