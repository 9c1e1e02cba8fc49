import type { BudgetDocument, GridTable } from '../../document/model.js';
import { Deflated, deflatedOnce, writeZip } from '../../zip/index.js';
import { coreDates } from '../document-date.js';
import { addFooterParts, coverFirst, footerReferences } from './footers.js';
import { documentXmlChunks } from './grid-xml.js';
import { FONT, FONT_FALLBACK, LANDSCAPE_TEXT_WIDTH } from './typography.js';
import { MODEL_CONTENT_TYPE, MODEL_PART, MODEL_PART_RELS, MODEL_PROPS_PART, modelPartBytes, modelPropsXml, modelRelationship } from '../verify/model-part.js';

/** The zip entries' date: the document's date, else 1 January of the budget year (a zip entry must carry one). */
export function pinnedDate(doc: BudgetDocument, created?: Date): Date {
  return created ?? new Date(Date.UTC(doc.meta.year, 0, 1, 0, 0, 0));
}

/**
 * Rewrites the parts docx 9.7 wrote (index.ts, docxParts): sets dcterms:created/modified to the document's date (document-date.ts;
 * removed when there is none), fills word/fontTable.xml with the
 * fonts and their fallbacks, puts the narrative's XML (sections.ts) and the grids' rows in their placeholders, embeds the model as a custom XML part, adds the one shared footer part (footers.ts) and
 * each section's reference to it, and re-zips every entry in the same
 * order at one fixed date (docx and jszip stamp the current time; zip entry times are DOS local-time fields,
 * written from the date's UTC parts, so they do not depend on the machine's time zone).
 */
export async function finishPackage(written: ReadonlyMap<string, string | Uint8Array>, doc: BudgetDocument, narrative: readonly string[], created?: Date): Promise<Buffer> {
  const date = pinnedDate(doc, created);
  const parts = new Map<string, string | Uint8Array | Deflated>([...written].sort(([a], [b]) => entryOrder(a, b)));
  const text = (name: string): string => {
    const value = parts.get(name);
    return typeof value === 'string' ? value : '';
  };
  parts.set('docProps/core.xml', coreDates(text('docProps/core.xml'), created));
  parts.set('word/fontTable.xml', fontTable());
  embedModel(parts, text, doc);
  addFooterParts(parts, text, coverFirst(doc));
  const encoder = new TextEncoder();
  const splices = { tables: tablesOf(doc), textWidth: LANDSCAPE_TEXT_WIDTH, narrative, edit: footerReferences(coverFirst(doc)) };
  const documentXml = documentXmlChunks(text('word/document.xml'), splices);
  const entries = [...parts].map(([name, data]) => ({ name, data: name === 'word/document.xml' ? documentXml : typeof data === 'string' ? encoder.encode(data) : data }));
  return writeZip(entries, date);
}

function tablesOf(doc: BudgetDocument): GridTable[] {
  return doc.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : [])));
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
