import { escapeXmlAttribute } from '../../xml/text.js';
import { openZip, writeZip, type ZipSource } from '../../zip/index.js';
import type { AuditFinding } from '../finding.js';
import { formatPlace } from '../read-model.js';
import { readDocumentXml, type XmlAnchor, type XmlAnchors } from './document-xml.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const AUTHOR = 'yusuan audit';

/** Appends elements to the root element of a part, whether the root is written open-and-close or self-closing. */
function appendToRoot(xml: string, root: string, content: string): string {
  const self = new RegExp(`(<${root}\\b[^>]*?)\\s*/>\\s*$`);
  if (self.test(xml)) return xml.replace(self, `$1>${content}</${root}>`);
  return xml.replace(new RegExp(`</${root}>\\s*$`), `${content}</${root}>`);
}

/** The comment of one finding: `N15 说明…`, then the printed text and the expected value on their own lines. */
export function commentText(f: AuditFinding): string[] {
  return [`${f.rule}（${f.severity === 'error' ? '错误' : f.severity === 'warning' ? '警告' : '提示'}）：${f.message}`, ...(f.printed !== undefined ? [`原文：${f.printed}`] : []), ...(f.expected !== undefined ? [`应为：${f.expected}`] : [])];
}

function commentXml(id: number, lines: readonly string[]): string {
  const paragraphs = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${escapeXmlAttribute(l)}</w:t></w:r></w:p>`).join('');
  return `<w:comment w:id="${id}" w:author="${AUTHOR}" w:initials="YS">${paragraphs}</w:comment>`;
}

/** The comment range and reference of some comments, spliced around one paragraph's content. */
function splice(xml: string, anchor: XmlAnchor, ids: readonly number[]): { at: number; end: number; text: string } {
  const starts = ids.map((id) => `<w:commentRangeStart w:id="${id}"/>`).join('');
  const ends = ids.map((id) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`).join('');
  if (anchor.empty) {
    const open = xml.slice(anchor.start, anchor.end).replace(/\s*\/>$/, '>');
    return { at: anchor.start, end: anchor.end, text: `${open}${starts}${ends}</w:p>` };
  }
  return { at: anchor.start, end: anchor.end, text: `${starts}${xml.slice(anchor.start, anchor.end)}${ends}` };
}

/** The largest comment id an existing comments part uses (−1 without one). */
function lastId(comments: string | undefined): number {
  return Math.max(-1, ...[...(comments ?? '').matchAll(/<w:comment\b[^>]*\bw:id="(\d+)"/g)].map((m) => Number(m[1])));
}

/** document.xml.rels with a comments relationship (kept when there is one). */
function withCommentsRel(rels: string | undefined): string {
  const base = rels ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  if (base.includes(COMMENTS_REL)) return base;
  const used = new Set([...base.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rIdComments${n}`)) n++;
  return appendToRoot(base, 'Relationships', `<Relationship Id="rIdComments${n}" Type="${COMMENTS_REL}" Target="comments.xml"/>`);
}

function withCommentsType(types: string): string {
  if (types.includes('"/word/comments.xml"')) return types;
  return appendToRoot(types, 'Types', `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_TYPE}"/>`);
}

/** The zip date of the copy: the document's own modified date, so the same audit gives the same bytes. */
function packageDate(core: string | undefined): Date {
  const modified = /<dcterms:modified[^>]*>([^<]+)</.exec(core ?? '')?.[1];
  const date = modified ? new Date(modified) : undefined;
  return date && !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1980 ? date : new Date(Date.UTC(1980, 0, 1));
}

/**
 * An annotated copy of a .docx (issue 17: "an annotated copy, .docx with comments at the findings"): a Word comment
 * (word/comments.xml, with its relationship and content type) on the paragraph or table cell of each finding the
 * audit placed there, the rest of the document untouched. Undefined when no finding has a place in this file.
 */
export function annotateDocx(bytes: Uint8Array, findings: readonly AuditFinding[]): Buffer | undefined {
  const zip = openZip(bytes);
  const xml = zip.text('word/document.xml');
  const types = zip.text('[Content_Types].xml');
  if (xml === undefined || types === undefined) return undefined;
  const anchors: XmlAnchors = new Map();
  readDocumentXml(xml, anchors);
  const existing = zip.text('word/comments.xml');
  let id = lastId(existing);
  const byAnchor = new Map<XmlAnchor, { ids: number[] }>();
  const comments: string[] = [];
  for (const f of findings) {
    const anchor = f.place ? anchors.get(formatPlace(f.place)) : undefined;
    if (!anchor) continue;
    id += 1;
    comments.push(commentXml(id, commentText(f)));
    const entry = byAnchor.get(anchor) ?? { ids: [] };
    entry.ids.push(id);
    byAnchor.set(anchor, entry);
  }
  if (comments.length === 0) return undefined;
  const edits = [...byAnchor].map(([anchor, { ids }]) => splice(xml, anchor, ids)).sort((a, b) => b.at - a.at);
  let document = xml;
  for (const e of edits) document = document.slice(0, e.at) + e.text + document.slice(e.end);
  const commentsXml = existing
    ? appendToRoot(existing, 'w:comments', comments.join(''))
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">${comments.join('')}</w:comments>`;
  const replaced = new Map<string, string>([
    ['word/document.xml', document],
    ['word/comments.xml', commentsXml],
    ['word/_rels/document.xml.rels', withCommentsRel(zip.text('word/_rels/document.xml.rels'))],
    ['[Content_Types].xml', withCommentsType(types)],
  ]);
  const entries: ZipSource[] = zip.names.map((name) => ({ name, data: replaced.has(name) ? Buffer.from(replaced.get(name)!, 'utf8') : (zip.bytes(name) ?? new Uint8Array()) }));
  for (const [name, text] of replaced) if (!zip.has(name)) entries.push({ name, data: Buffer.from(text, 'utf8') });
  return writeZip(entries, packageDate(zip.text('docProps/core.xml')));
}
