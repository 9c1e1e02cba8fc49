import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { deflatedOnce, deflatedText, openZip, readZip, writeZip } from './index.js';

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
    expect(readZip(bytes).map((e) => [e.name, e.data.length])).toEqual([['a.xml', whole.length], ['b.xml', whole.length], ['中文.txt', 0]]);
  });

  it('按文字缓存的压缩条目（deflatedText）：同样的文字只压缩一次，写出的包与现压缩其 UTF-8 的逐字节相同', () => {
    const xml = `${text(200)}\ud800`; // a lone surrogate: U+FFFD, as TextEncoder writes it
    const once = deflatedText(xml);
    expect(deflatedText(`${text(200)}\ud800`)).toBe(once);
    expect(writeZip([{ name: 'p.xml', data: once }], date)).toEqual(writeZip([{ name: 'p.xml', data: new TextEncoder().encode(xml) }], date));
  });

  it('先压缩好的条目（deflatedOnce）：同一份字节只压缩一次，写出的包与现压缩的逐字节相同', async () => {
    const whole = new TextEncoder().encode(text(3000));
    const once = deflatedOnce(whole);
    expect(deflatedOnce(whole)).toBe(once);
    expect(deflatedOnce(whole.slice())).not.toBe(once);
    const fresh = writeZip([{ name: 'm.xml', data: whole }], date);
    expect(writeZip([{ name: 'm.xml', data: once }], date)).toEqual(fresh);
    const zip = await JSZip.loadAsync(writeZip([{ name: 'm.xml', data: once }], date, 'store'), { checkCRC32: true });
    expect(await zip.file('m.xml')?.async('uint8array')).toEqual(whole);
  });

  it('size 给出条目声明的大小，bytePieces 分块读出的字节拼起来与整块相同；没有的条目为 undefined', async () => {
    const whole = new TextEncoder().encode(text(60_000));
    const zip = openZip(writeZip([{ name: 'a.xml', data: whole }], date));
    expect(zip.size('a.xml')).toBe(whole.length);
    const pieces: Uint8Array[] = [];
    for await (const piece of zip.bytePieces('a.xml') ?? []) pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.concat(pieces)).toEqual(Buffer.from(whole));
    expect(zip.size('b.xml')).toBeUndefined();
    expect(zip.bytePieces('b.xml')).toBeUndefined();
  });

  it('只存储（不压缩）的包也能被 jszip 与本模块读回', async () => {
    const data = new TextEncoder().encode(text(100));
    const bytes = writeZip([{ name: 'a.xml', data }, { name: 'b.xml', data: [data.subarray(0, 10), data.subarray(10)] }], date, 'store');
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await zip.file('b.xml')?.async('uint8array')).toEqual(data);
    expect(readZip(bytes).map((e) => new TextDecoder().decode(e.data))).toEqual([text(100), text(100)]);
  });

  it('同样的条目与日期，字节相同；条目日期取 UTC 字段', async () => {
    const entries = [{ name: 'x', data: new TextEncoder().encode('yusuan') }];
    expect(writeZip(entries, date).equals(writeZip(entries, date))).toBe(true);
    const zip = await JSZip.loadAsync(writeZip(entries, date));
    expect(zip.file('x')?.date.toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });

  it('大条目流式读出的文本与原文相同（多字节字符跨块也不断开）', async () => {
    const big = text(400_000); // ≈ 17 MB: above the size read whole
    let read = '';
    for await (const piece of openZip(writeZip([{ name: 'd.xml', data: new TextEncoder().encode(big) }], date)).textPieces('d.xml') ?? []) read += piece;
    expect(read).toBe(big);
  });

  it('jszip 写出的包（含文件夹条目）可读，文件夹不算文件', async () => {
    const zip = new JSZip();
    zip.folder('xl')?.file('workbook.xml', '<workbook/>');
    const archive = openZip(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(archive.names).toEqual(['xl/workbook.xml']);
    expect(archive.text('xl/workbook.xml')).toBe('<workbook/>');
    expect(archive.text('missing.xml')).toBeUndefined();
  });
});
