import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip, zipDirectory, zipEntryText } from './zip.js';

const date = new Date(Date.UTC(2024, 0, 1));
const text = (n: number) => Array.from({ length: n }, (_, i) => `<w:t>第${i}行 &amp; ${i * 7}</w:t>`).join('');

describe('zip：node:zlib 写出的包可被 jszip 读取，分块压缩与整块压缩内容相同', () => {
  it('整块与分块条目都能被 jszip 解开，内容逐字节相同', async () => {
    const whole = new TextEncoder().encode(text(5000));
    const pieces = [whole.subarray(0, 1000), whole.subarray(1000, 70_000), whole.subarray(70_000)];
    const bytes = writeZip([{ name: 'a.xml', data: whole }, { name: 'b.xml', data: pieces }, { name: '中文.txt', data: new Uint8Array() }], date);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await zip.file('a.xml')?.async('uint8array')).toEqual(whole);
    expect(await zip.file('b.xml')?.async('uint8array')).toEqual(whole);
    expect(Object.keys(zip.files)).toEqual(['a.xml', 'b.xml', '中文.txt']);
    expect(readZip(bytes).map((e) => e.data.length)).toEqual([whole.length, whole.length, 0]);
  });

  it('同样的条目与日期，字节相同；条目日期取 UTC 字段', async () => {
    const entries = [{ name: 'x', data: new TextEncoder().encode('yusuan') }];
    expect(writeZip(entries, date).equals(writeZip(entries, date))).toBe(true);
    const zip = await JSZip.loadAsync(writeZip(entries, date));
    expect(zip.file('x')?.date.toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });

  it('流式读出的文本与整块解压相同（多字节字符跨块也不断开）', async () => {
    const big = text(40_000);
    const entry = zipDirectory(writeZip([{ name: 'd.xml', data: new TextEncoder().encode(big) }], date))[0];
    if (entry) entry.size = Number.MAX_SAFE_INTEGER; // force the streamed path
    if (!entry) throw new Error('no entry');
    let read = '';
    for await (const piece of zipEntryText(entry)) read += piece;
    expect(read).toBe(big);
  });

  it('解压超过上限的条目会抛错，而不是耗尽内存', () => {
    const bytes = writeZip([{ name: 'bomb', data: new Uint8Array(4 * 1024 * 1024) }], date);
    expect(() => readZip(bytes, 1024 * 1024)).toThrow();
  });
});
