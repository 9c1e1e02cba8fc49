import { documentItems, type DocxItem } from '../../src/render/docx/docx-xml.js';
import { openZip, readZip } from '../../src/zip/index.js';

/** The text of every part of a .docx, by name (test helper). */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const decoder = new TextDecoder();
  return new Map(readZip(bytes).map((entry) => [entry.name, decoder.decode(entry.data)]));
}

/** The body of a .docx as text: paragraphs and tables in reading order (see documentItems). */
export async function readDocxText(bytes: Uint8Array): Promise<DocxItem[]> {
  const xml = openZip(bytes).text('word/document.xml');
  if (xml === undefined) throw new Error('Word 文档缺少 word/document.xml');
  return documentItems(xml);
}

/** Every match of `pattern` (global) in `text`. */
export function all(text: string, pattern: RegExp): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))];
}

/** The body split at each section end: segment i holds section i's content followed by its w:sectPr. */
export function sections(documentXml: string): { body: string; sectPr: string }[] {
  const out: { body: string; sectPr: string }[] = [];
  const pattern = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/g;
  let start = 0;
  for (const m of documentXml.matchAll(pattern)) {
    out.push({ body: documentXml.slice(start, m.index), sectPr: m[0] });
    start = (m.index ?? 0) + m[0].length;
  }
  return out;
}

/** The XML of the first paragraph (w:p … /w:p) whose text contains `text`. */
export function paragraphWith(xml: string, text: string): string | undefined {
  return all(xml, /<w:p>(?:(?!<\/w:p>)[^])*<\/w:p>/).find((m) => m[0].includes(text))?.[0];
}
