import type { BudgetDocument } from '../../document/model.js';

/**
 * One footer part for the whole document, and one empty footer part for the cover page, each referenced by
 * every w:sectPr that needs it (ECMA-376 §17.10.2). docx 9.7 writes a footer part, its rels and its overrides for
 * every section (14 copies of the same `- N -` footer in a seed, about 5 ms of its serialiser); package.ts adds
 * these parts and sections.ts each w:sectPr's references to them.
 */
export const FOOTER_PART = { path: 'word/footer1.xml', id: 'rIdYusuanFooter' } as const;
/** The cover's first-page footer: empty, so the cover carries no page number (its section has w:titlePg). */
export const FIRST_FOOTER_PART = { path: 'word/footer2.xml', id: 'rIdYusuanFirstFooter' } as const;

const NAMESPACES =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';

/**
 * `- N -` centred in 宋体 4号 (GB/T 9704 §7.5, with the spec's hyphens): a PAGE field between two dashes, as docx
 * 9.7 wrote it for `PageNumber.CURRENT` in a 14 pt run.
 */
export const PAGE_FOOTER_XML =
  `<?xml version="1.0" encoding="UTF-8"?><w:ftr ${NAMESPACES}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="宋体" w:cs="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:hint="eastAsia"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>` +
  '<w:t xml:space="preserve">- </w:t><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGE</w:instrText><w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/><w:t xml:space="preserve"> -</w:t></w:r></w:p></w:ftr>';

const EMPTY_FOOTER_XML = `<?xml version="1.0" encoding="UTF-8"?><w:ftr ${NAMESPACES}><w:p/></w:ftr>`;

const FOOTER_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer';
const FOOTER_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml';

/** Whether the first section is the cover (page without a number: w:titlePg and the empty first-page footer). */
export function coverFirst(doc: BudgetDocument): boolean {
  return doc.parts[0]?.id === 'cover';
}

/** Adds the footer parts, their document relationships and content-type overrides to the package's parts. */
export function addFooterParts(parts: Map<string, unknown>, text: (name: string) => string, cover: boolean): void {
  const footers: { path: string; id: string; xml: string }[] = [{ ...FOOTER_PART, xml: PAGE_FOOTER_XML }];
  if (cover) footers.push({ ...FIRST_FOOTER_PART, xml: EMPTY_FOOTER_XML });
  for (const f of footers) parts.set(f.path, f.xml);
  const rels = footers.map((f) => `<Relationship Id="${f.id}" Type="${FOOTER_TYPE}" Target="${f.path.slice('word/'.length)}"/>`).join('');
  const overrides = footers.map((f) => `<Override ContentType="${FOOTER_CONTENT_TYPE}" PartName="/${f.path}"/>`).join('');
  parts.set('word/_rels/document.xml.rels', text('word/_rels/document.xml.rels').replace('</Relationships>', `${rels}</Relationships>`));
  parts.set('[Content_Types].xml', text('[Content_Types].xml').replace('</Types>', `${overrides}</Types>`));
}

/**
 * A w:sectPr's footer references, first in it as the schema orders them: the page footer, and for the cover's
 * section also the empty first-page footer.
 */
export function footerReferencesXml(cover: boolean): string {
  const page = `<w:footerReference w:type="default" r:id="${FOOTER_PART.id}"/>`;
  return cover ? `${page}<w:footerReference w:type="first" r:id="${FIRST_FOOTER_PART.id}"/>` : page;
}
