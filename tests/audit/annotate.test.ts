import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { auditBytes } from '../../src/audit/audit.js';
import { annotateDocx, commentText } from '../../src/audit/docx/annotate.js';
import { readDocumentXml, type XmlAnchors } from '../../src/audit/docx/document-xml.js';
import { formatPlace } from '../../src/audit/read-model.js';
import { openZip } from '../../src/zip/index.js';
import { generatedExample } from './helpers.js';

/** True when every tag of an XML text closes in order and there is one root element (a well-formedness check). */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  let roots = 0;
  for (const m of xml.replace(/<\?[^?]*\?>/g, '').matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:"[^"]*"|'[^']*'|[^'">])*?)(\/?)>/g)) {
    const [, closing, name, , self] = m;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else if (!self) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) roots++;
  }
  return stack.length === 0 && roots === 1;
}

describe('带批注的 Word 副本（issue 17：在发现处加批注的 .docx）', () => {
  it('000 的 .docx：每个有位置的发现一条批注，挂在它的段落或单元格上；正文文字不变；两种读法都能打开', async () => {
    const { files } = await generatedExample('000-luoyang-2022');
    const original = files.get('.docx')!;
    const result = await auditBytes(original, '000.docx');
    const located = result.findings.filter((f) => f.place);
    expect(located.length).toBeGreaterThan(10);
    expect(new Set(located.map((f) => f.place!.kind))).toEqual(new Set(['paragraph', 'cell']));
    const copy = annotateDocx(original, result.findings)!;

    const zip = openZip(copy);
    const before = openZip(original);
    const xml = zip.text('word/document.xml')!;
    const comments = zip.text('word/comments.xml')!;
    for (const part of ['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']) expect(wellFormed(zip.text(part)!), part).toBe(true);
    expect(zip.text('[Content_Types].xml')).toMatch(/<Override (?=[^>]*PartName="\/word\/comments\.xml")(?=[^>]*ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.comments\+xml")[^>]*\/>/);
    expect(zip.text('word/_rels/document.xml.rels')).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"/);
    // Every other part is byte for byte the original's.
    for (const name of before.names.filter((n) => !['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'].includes(n))) expect(Buffer.from(zip.bytes(name)!).equals(Buffer.from(before.bytes(name)!)), name).toBe(true);

    // One comment per located finding, its words the finding's, its range and reference in the document.
    const ids = [...comments.matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(located.length);
    for (const id of ids) {
      expect(xml).toContain(`<w:commentRangeStart w:id="${id}"/>`);
      expect(xml).toContain(`<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`);
    }
    const anchors: XmlAnchors = new Map();
    readDocumentXml(xml, anchors);
    located.forEach((f, i) => {
      const anchor = anchors.get(formatPlace(f.place!))!;
      expect(xml.slice(anchor.start, anchor.end), `${f.rule} ${formatPlace(f.place!)}`).toContain(`<w:commentRangeStart w:id="${ids[i]}"/>`);
      expect(comments).toContain(commentText(f)[0]!.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    });

    // The text is unchanged: read back, the copy gives the same blocks and the same findings.
    expect(readDocumentXml(xml)).toEqual(readDocumentXml(before.text('word/document.xml')!));
    const again = await auditBytes(copy, '000.批注.docx');
    expect(again.findings.map((f) => `${f.rule} ${f.place ? formatPlace(f.place) : ''} ${f.message}`)).toEqual(result.findings.map((f) => `${f.rule} ${f.place ? formatPlace(f.place) : ''} ${f.message}`));

    // An independent reader opens it too.
    const independent = await JSZip.loadAsync(copy);
    expect(await independent.file('word/comments.xml')!.async('string')).toBe(comments);
  });

  it('没有可定位的发现时不写副本；同样的输入得到同样的字节', async () => {
    const { files } = await generatedExample('002-chengxiang-2024');
    const docx = files.get('.docx')!;
    const result = await auditBytes(docx, '002.docx');
    expect(annotateDocx(docx, [])).toBeUndefined();
    expect(annotateDocx(docx, result.findings)!.equals(annotateDocx(docx, result.findings)!)).toBe(true);
  });
});
