import type { BudgetDocument } from '../../document/model.js';
import { Deflated, deflatedOnce, deflatedText, writeZip } from '../../zip/index.js';
import { corePropertiesXml } from '../core-properties.js';
import type { FixedParts } from './fixed-parts.js';
import { addFooterParts, coverFirst } from './footers.js';
import { escapeAsDocx } from './paragraph-xml.js';
import { documentXmlChunks } from './sections.js';
import { FONT, FONT_FALLBACK } from './typography.js';
import { MODEL_CONTENT_TYPE, MODEL_PART, MODEL_PART_RELS, MODEL_PROPS_PART, modelPartBytes, modelPropsXml, modelRelationship } from '../verify/model-part.js';

/** The zip entries' date: the document's date, else 1 January of the budget year (a zip entry must carry one). */
export function pinnedDate(doc: BudgetDocument, created?: Date): Date {
  return created ?? new Date(Date.UTC(doc.meta.year, 0, 1, 0, 0, 0));
}

/** The document's title and description, as its properties (docProps/core.xml) carry them. */
export interface CoreProperties {
  title: string;
  description: string;
}

/**
 * The .docx package: the parts every document shares (fixed-parts.ts, as docx 9.7 wrote them), docProps/core.xml
 * with the document's title, description and date (document-date.ts; none when there is none), word/fontTable.xml
 * with the fonts and their fallbacks, word/document.xml (sections.ts), the model as a custom XML part, and the one
 * shared footer part (footers.ts); zipped in a fixed order at one fixed date (zip entry times are DOS local-time
 * fields, written from the date's UTC parts, so they do not depend on the machine's time zone). `read`, if given,
 * sees each chunk of word/document.xml as it goes into the zip (the self-check reads them: index.ts).
 */
export function writePackage(fixed: FixedParts, doc: BudgetDocument, core: CoreProperties, tocPages: readonly number[], created?: Date, read?: (chunk: Uint8Array) => void): Buffer {
  const date = pinnedDate(doc, created);
  const written: [string, string][] = [...Object.entries(fixed.parts), ['docProps/core.xml', coreXml(core, created)], ['word/fontTable.xml', fontTable()], ['word/document.xml', '']];
  // The parts docx wrote come first, in name order; then the model's and the footers' parts, as they are added.
  const parts = new Map<string, string | Uint8Array | Deflated>(written.sort(([a], [b]) => entryOrder(a, b)));
  const text = (name: string): string => {
    const value = parts.get(name);
    return typeof value === 'string' ? value : '';
  };
  embedModel(parts, text, doc);
  addFooterParts(parts, text, coverFirst(doc));
  const chunks = documentXmlChunks(doc, tocPages, fixed.documentOpen);
  const documentXml = read ? tee(chunks, read) : chunks;
  const entries = [...parts].map(([name, data]) => ({ name, data: name === 'word/document.xml' ? documentXml : typeof data === 'string' ? textData(name, data) : data }));
  return writeZip(entries, date);
}

/**
 * docProps/core.xml as docx 9.7 wrote it for our options (the `xml` package's five-entity escape; an empty title or
 * description left out), with `dcterms:created` and `dcterms:modified` at `created`, or none.
 */
export function coreXml(core: CoreProperties, created?: Date): string {
  const element = (name: string, value: string) => (value ? `<${name}>${escapeAsDocx(value)}</${name}>` : '');
  const elements = `${element('dc:title', core.title)}<dc:creator>yusuan</dc:creator>${element('dc:description', core.description)}<cp:lastModifiedBy>yusuan</cp:lastModifiedBy><cp:revision>1</cp:revision>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${corePropertiesXml(elements, created)}`;
}

/**
 * A text part's bytes for the zip: deflated once for every document that has the same text (deflatedText), but
 * docProps/core.xml, which is each document's own (its title and date).
 */
function textData(name: string, text: string): Uint8Array | Deflated {
  return name === 'docProps/core.xml' ? Buffer.from(text, 'utf8') : deflatedText(text);
}

function* tee(chunks: Iterable<Uint8Array>, read: (chunk: Uint8Array) => void): Generator<Uint8Array> {
  for (const chunk of chunks) {
    read(chunk);
    yield chunk;
  }
}

function entryOrder(a: string, b: string): number {
  const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : name.startsWith('_rels/') ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function fontTable(): string {
  const fonts = Object.values(FONT)
    .map((name) => `<w:font w:name="${name}"><w:altName w:val="${FONT_FALLBACK[name]}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

function embedModel(parts: Map<string, string | Uint8Array | Deflated>, text: (name: string) => string, doc: BudgetDocument): void {
  parts.set(MODEL_PART, deflatedOnce(modelPartBytes(doc))); // deflated once for the .docx and the .xlsx
  parts.set(MODEL_PROPS_PART, modelPropsXml());
  parts.set('customXml/_rels/item1.xml.rels', MODEL_PART_RELS);
  parts.set('word/_rels/document.xml.rels', text('word/_rels/document.xml.rels').replace('</Relationships>', `${modelRelationship(`../${MODEL_PART}`)}</Relationships>`));
  parts.set('[Content_Types].xml', text('[Content_Types].xml').replace('</Types>', `${MODEL_CONTENT_TYPE}</Types>`));
}
