/** One run of text on a page: its baseline position (points, y up) and size. */
export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
}

/**
 * A small PDF with a real text layer, written by hand (PDF 1.7 §9.7, §9.10): a Type0 font with Identity-H encoding
 * and a ToUnicode CMap mapping each code to the same Unicode value, so pdf.js extracts exactly the text drawn.
 * No font program is embedded: the page would show no glyphs, which a text-layer reader does not need.
 * `pages` empty gives a PDF without any text, as a scanned document is.
 */
export function pdfOf(pages: readonly (readonly PdfText[])[], size: [number, number] = [842, 595]): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 2;
  const font = 3;
  const pageCount = Math.max(1, pages.length);
  const pageIds = Array.from({ length: pageCount }, (_, i) => 7 + i * 2);
  objects.push(`<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>`);
  objects.push(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Song /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 >>`);
  objects.push(`<< /Type /FontDescriptor /FontName /Song /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>`);
  objects.push(stream(toUnicode()));
  for (let i = 0; i < pageCount; i++) {
    const content = (pages[i] ?? []).map((t) => `BT /F1 ${t.size ?? 10} Tf 1 0 0 1 ${t.x} ${t.y} Tm <${hex(t.text)}> Tj ET`).join('\n');
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size[0]} ${size[1]}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`);
    add(stream(content));
  }
  const all = [`<< /Type /Catalog /Pages 2 0 R >>`, `<< /Type /Pages /Kids [${pageIds.map((p) => `${p} 0 R`).join(' ')}] /Count ${pageCount} >>`, ...objects];
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  all.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function stream(data: string): string {
  return `<< /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
}

function hex(text: string): string {
  return [...text].map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('');
}

/** A ToUnicode CMap mapping every 2-byte code to the same UTF-16 value. */
function toUnicode(): string {
  const ranges = Array.from({ length: 256 }, (_, hi) => {
    const h = hi.toString(16).padStart(2, '0');
    return `<${h}00> <${h}ff> <${h}00>`;
  });
  const chunks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) chunks.push(`${Math.min(100, ranges.length - i)} beginbfrange\n${ranges.slice(i, i + 100).join('\n')}\nendbfrange`);
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <ffff> endcodespacerange',
    ...chunks,
    'endcmap CMapName currentdict /CMapResource defineresource pop end end',
  ].join('\n');
}
