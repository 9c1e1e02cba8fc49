/** Encoders the tests need and Node lacks: GBK (built by inverting TextDecoder('gbk')) and UTF-16. */

let gbkTable: Map<string, number[]> | undefined;

/** Encodes text as GBK, the way a Windows editor in a Chinese locale saves it. */
export function encodeGbk(text: string): Uint8Array {
  const table = (gbkTable ??= buildGbkTable());
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

function buildGbkTable(): Map<string, number[]> {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

/** UTF-16 little- or big-endian, with or without a byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    out[endian === 'le' ? 2 * i : 2 * i + 1] = code & 0xff;
    out[endian === 'le' ? 2 * i + 1 : 2 * i] = code >> 8;
  }
  return out;
}

/** UTF-8 with a byte-order mark. */
export function encodeUtf8Bom(text: string): Uint8Array {
  return new TextEncoder().encode(`\ufeff${text}`);
}
