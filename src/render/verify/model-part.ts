import { budgetDocumentSchema, type BudgetDocument } from '../../document/model.js';
import type { ZipArchive } from '../../zip/index.js';
import { decodeXml, escapeXml } from '../../xml/text.js';

/** Where the document model travels inside a .docx or .xlsx yusuan writes (an OOXML custom XML data part, §15.2.4). */
export const MODEL_PART = 'customXml/item1.xml';
/** The namespace of the model part's root element. */
export const MODEL_NAMESPACE = 'urn:yusuan:budget-document';
/** Its properties part, naming the namespace (what Office keeps with a custom XML part). */
export const MODEL_PROPS_PART = 'customXml/itemProps1.xml';

/** The model part's XML: the document as JSON text inside one `<model>` element. */
export function modelPartXml(doc: BudgetDocument): string {
  // JSON.stringify escapes C0 controls and lone surrogates; U+FFFE/U+FFFF, also illegal in XML, need it too.
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><model xmlns="${MODEL_NAMESPACE}" version="1">${rewritten(JSON.stringify(doc))}</model>`;
}

/** Characters the model part's JSON text must have rewritten, and what they are written as. */
const REWRITTEN: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\ufffe': '\\ufffe', '\uffff': '\\uffff' };
const REWRITE = Object.keys(REWRITTEN);

/**
 * The JSON text with escapeXml's three characters escaped and U+FFFE/U+FFFF written as JSON escapes (which hold
 * none of the three). The text is tens of MB for a large document and holds few of them: each is found with
 * indexOf, a native scan, where one regular expression over the whole text (mostly two-byte, for its Chinese)
 * took 40 times as long on seed 000's 340 KB of JSON; the text is copied only when there is something to rewrite.
 */
function rewritten(text: string): string {
  const at: number[] = [];
  for (const c of REWRITE) for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) at.push(i);
  if (at.length === 0) return text;
  at.sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const i of at) {
    out += text.slice(from, i) + (REWRITTEN[text.charAt(i)] ?? '');
    from = i + 1;
  }
  return out + text.slice(from);
}

/**
 * `modelPartXml` as UTF-8, serialised once per document object: the .docx and the .xlsx of one run embed the same
 * model (a 2,000-project document's is tens of MB of JSON).
 */
export function modelPartBytes(doc: BudgetDocument): Uint8Array {
  let bytes = serialised.get(doc);
  if (!bytes) serialised.set(doc, (bytes = Buffer.from(modelPartXml(doc), 'utf8')));
  return bytes;
}

const serialised = new WeakMap<BudgetDocument, Uint8Array>();

/** The properties part of the model part. */
export function modelPropsXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ds:datastoreItem ds:itemID="{6F1C2B1E-7A6D-4E55-9B1F-59A5C0DE2024}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${MODEL_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`;
}

/** The relationships of the model part (to its properties). */
export const MODEL_PART_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`;

/** The content-type override the properties part needs in `[Content_Types].xml`. */
export const MODEL_CONTENT_TYPE = '<Override ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml" PartName="/customXml/itemProps1.xml"/>';

/** The relationship from the main part (document.xml, workbook.xml) to the model part. */
export function modelRelationship(target: string): string {
  return `<Relationship Id="rIdYusuanModel" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="${target}"/>`;
}

/**
 * The BudgetDocument a package carries; undefined when it has none or it is not ours (not yusuan's namespace, not
 * JSON, not a document). The part is read within the archive's unpack limits: a bomb there throws ZipError.
 */
export function readModelPart(zip: ZipArchive): BudgetDocument | undefined {
  const xml = zip.text(MODEL_PART);
  const match = xml ? /^[^]*?<model xmlns="([^"]*)"[^>]*>([^]*)<\/model>\s*$/.exec(xml) : null;
  if (!match || match[1] !== MODEL_NAMESPACE) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(decodeXml(match[2] ?? ''));
  } catch {
    return undefined;
  }
  const parsed = budgetDocumentSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

export { decodeXml, escapeXml };
