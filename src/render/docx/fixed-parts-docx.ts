import { Document, Packer } from 'docx';
import type { FixedParts } from './fixed-parts.js';
import { documentStyles } from './styles.js';

/** The part of docx 9.7's Packer that turns a Document into its XML parts, before it zips them (not in its typings). */
interface DocxCompiler {
  xmlifyFile(file: Document, prettify?: boolean): Record<string, { path: string; data: string } | { path: string; data: string }[]>;
}

/** Parts the writer makes per document (document.xml, core.xml) or itself (fontTable.xml: package.ts). */
const WRITTEN_PER_DOCUMENT = new Set(['word/document.xml', 'docProps/core.xml', 'word/fontTable.xml']);

/**
 * The parts every .docx shares, as docx writes them for our styles (styles.ts) and a document without media,
 * footers or numbering of its own: the content types, the relationships, app and custom properties, styles,
 * numbering, settings, comments, foot- and endnotes, and word/document.xml's opening up to `<w:body>`. The build
 * runs this once and keeps the result (fixed-parts.ts); a run from source runs it on first use.
 */
export function fixedPartsFromDocx(): FixedParts {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof compiler?.xmlifyFile !== 'function') throw new Error('docx 的 Packer 没有 xmlifyFile，无法取得 Word 文档的固定部件（docx 版本不符）');
  const file = new Document({ creator: 'yusuan', lastModifiedBy: 'yusuan', styles: documentStyles(), sections: [{ children: [] }] });
  const parts: Record<string, string> = {};
  let documentOpen = '';
  for (const entry of Object.values(compiler.xmlifyFile(file, undefined))) {
    for (const part of Array.isArray(entry) ? entry : [entry]) {
      if (part.path === 'word/document.xml') documentOpen = part.data.slice(0, part.data.indexOf('<w:body>'));
      else if (!WRITTEN_PER_DOCUMENT.has(part.path)) parts[part.path] = part.data;
    }
  }
  if (!documentOpen.startsWith('<?xml')) throw new Error('docx 写出的 word/document.xml 没有 <w:body>');
  return { parts, documentOpen };
}
