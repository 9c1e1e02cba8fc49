import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, ZipError, openZip, writeZip, type ZipLimits, type ZipProblem } from './index.js';

const MB = 1024 * 1024;
const date = new Date(Date.UTC(2024, 0, 1));
const zeros = (mb: number) => Array.from({ length: mb }, () => new Uint8Array(MB));
const limits = (change: Partial<ZipLimits>): ZipLimits => ({ ...DEFAULT_ZIP_LIMITS, ...change });

/** The problem a call throws, as a ZipError's data. */
async function problemOf(read: () => unknown): Promise<ZipProblem | undefined> {
  try {
    const result = read();
    if (result && typeof result === 'object' && Symbol.asyncIterator in result) for await (const _ of result as AsyncIterable<unknown>);
  } catch (error) {
    if (error instanceof ZipError) return error.problem;
    throw error;
  }
  return undefined;
}

/** Rewrites fields of one entry in its local header and the central directory (a hostile, lying zip). */
function patch(bytes: Uint8Array, name: string, fields: { size?: number; method?: number; flags?: number }): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoded = new TextEncoder().encode(name);
  const named = (at: number, length: number) => length === encoded.length && encoded.every((b, k) => bytes[at + k] === b);
  for (let i = 0; i + 46 < bytes.length; i++) {
    const signature = view.getUint32(i, true);
    const local = signature === 0x04034b50 && named(i + 30, view.getUint16(i + 26, true));
    const central = signature === 0x02014b50 && named(i + 46, view.getUint16(i + 28, true));
    if (!local && !central) continue;
    const at = central ? i + 2 : i; // the central record has "version made by" before the fields both share
    if (fields.flags !== undefined) view.setUint16(at + 6, fields.flags, true);
    if (fields.method !== undefined) view.setUint16(at + 8, fields.method, true);
    if (fields.size !== undefined) view.setUint32(at + 22, fields.size, true);
  }
  return bytes;
}

describe('解压上限：每个读入的压缩包都受同一组上限约束，边解压边计数', () => {
  it('条目数超过上限：打开时即拒绝，不逐条读目录', async () => {
    const bytes = writeZip(['a', 'b', 'c', 'd'].map((name) => ({ name, data: new Uint8Array(1) })), date);
    expect(await problemOf(() => openZip(bytes, limits({ maxEntries: 3 })))).toEqual({ kind: 'too-many-entries', count: 4, limit: 3 });
  });

  it('目录声明的总大小、单个条目大小或压缩比超过上限：打开时即拒绝', async () => {
    const bytes = writeZip([{ name: 'a', data: zeros(2) }, { name: 'b', data: zeros(2) }], date);
    expect(await problemOf(() => openZip(bytes, limits({ maxTotalBytes: 3 * MB })))).toEqual({ kind: 'too-large', bytes: 4 * MB, limit: 3 * MB });
    expect(await problemOf(() => openZip(bytes, limits({ maxEntryBytes: MB })))).toEqual({ kind: 'too-large', entry: 'a', bytes: 2 * MB, limit: MB });
    expect(await problemOf(() => openZip(bytes))).toEqual({ kind: 'ratio', entry: 'a', limit: 200 });
  });

  it('目录谎报大小：解压到声明的大小即停（整块读取）', async () => {
    const bytes = patch(writeZip([{ name: 'bomb', data: zeros(64) }], date), 'bomb', { size: 1000 });
    const zip = openZip(bytes);
    expect(await problemOf(() => zip.bytes('bomb'))).toEqual({ kind: 'understated', entry: 'bomb', declared: 1000 });
  });

  it('目录谎报大小：流式读取同样在声明的大小处停下', async () => {
    const bytes = patch(writeZip([{ name: 'bomb.xml', data: zeros(64) }], date), 'bomb.xml', { size: 17 * MB });
    const zip = openZip(bytes, limits({ maxRatio: 1e6 }));
    expect(await problemOf(() => zip.textPieces('bomb.xml'))).toEqual({ kind: 'understated', entry: 'bomb.xml', declared: 17 * MB });
  });

  it('总量在整个包内累计：同一条目读两次也计两次', async () => {
    const zip = openZip(writeZip([{ name: 'a', data: zeros(2) }], date), limits({ maxTotalBytes: 3 * MB, maxRatio: 1e6 }));
    expect(zip.bytes('a')?.length).toBe(2 * MB);
    expect(await problemOf(() => zip.bytes('a'))).toEqual({ kind: 'too-large', bytes: 3 * MB + 1, limit: 3 * MB }); // stopped just past it
  });

  it('小于 1 MB 的条目不按压缩比判断', () => {
    const zip = openZip(writeZip([{ name: 'a', data: new Uint8Array(MB) }], date));
    expect(zip.bytes('a')?.length).toBe(MB);
  });
});

describe('损坏或不支持的压缩包：给出中文原因', () => {
  const good = () => writeZip([{ name: 'a.xml', data: new TextEncoder().encode('<a>'.repeat(1000)) }], date);

  it('不是压缩包、被截断', async () => {
    expect(await problemOf(() => openZip(new TextEncoder().encode('单位代码,金额')))).toEqual({ kind: 'not-a-zip' });
    expect(await problemOf(() => openZip(good().subarray(0, 40)))).toEqual({ kind: 'not-a-zip' });
    expect(() => openZip(new Uint8Array())).toThrow('不是 zip 压缩包');
  });

  it('实际解压比声明的小、数据损坏', async () => {
    expect((await problemOf(() => openZip(patch(good(), 'a.xml', { size: 5000 })).bytes('a.xml')))?.kind).toBe('corrupt');
    const damaged = good();
    damaged.fill(0xff, 40, 60);
    expect(await problemOf(() => openZip(damaged).bytes('a.xml'))).toEqual({ kind: 'corrupt', detail: '“a.xml”无法解压' });
  });

  it('条目重名：拒绝，而不是任选其一', async () => {
    const bytes = writeZip([{ name: 'a', data: new Uint8Array(1) }, { name: 'a', data: new Uint8Array(2) }], date);
    expect(await problemOf(() => openZip(bytes))).toEqual({ kind: 'corrupt', detail: '条目“a”重复' });
  });

  it('不支持的压缩方式或加密条目', async () => {
    expect(await problemOf(() => openZip(patch(good(), 'a.xml', { method: 12 })).bytes('a.xml'))).toEqual({ kind: 'unsupported', entry: 'a.xml', method: 12 });
    expect(() => openZip(patch(good(), 'a.xml', { flags: 1 })).bytes('a.xml')).toThrow('已加密或使用了不支持的压缩方式');
  });
});
