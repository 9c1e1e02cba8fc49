import { MODEL_CONTENT_TYPE, MODEL_PART, modelRelationship } from '../verify/model-part.js';
import { corePropertiesXml } from '../core-properties.js';
import type { SheetPlan } from './sheet.js';
import { headerBottom } from './worksheet.js';
import { MAIN_NS, REL_NS, XML_HEADER, xmlAttribute, xmlText } from './xml.js';

/** Where a sheet's part goes in the package (1-based, in workbook order). */
export function sheetPath(n: number): string {
  return `xl/worksheets/sheet${n}.xml`;
}

const TYPES = 'application/vnd.openxmlformats-officedocument';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** [Content_Types].xml: every part's content type (OPC §10.1.2.2), the model part's properties included when it travels. */
export function contentTypesXml(sheets: number, withModel: boolean): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  const parts = [
    override('xl/workbook.xml', `${TYPES}.spreadsheetml.sheet.main+xml`),
    ...Array.from({ length: sheets }, (_, i) => override(sheetPath(i + 1), `${TYPES}.spreadsheetml.worksheet+xml`)),
    override('xl/styles.xml', `${TYPES}.spreadsheetml.styles+xml`),
    override('xl/sharedStrings.xml', `${TYPES}.spreadsheetml.sharedStrings+xml`),
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
    override('docProps/app.xml', `${TYPES}.extended-properties+xml`),
    withModel ? MODEL_CONTENT_TYPE : '',
  ];
  return `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${parts.join('')}</Types>`;
}

/** _rels/.rels: the package's workbook and its core and app properties. */
export const ROOT_RELS = `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${RELS}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

/** xl/_rels/workbook.xml.rels: sheet n is `rId<n>`, then styles, shared strings and (with a document) the model part. */
export function workbookRelsXml(sheets: number, withModel: boolean): string {
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${RELS}/${type}" Target="${target}"/>`;
  const parts = [
    ...Array.from({ length: sheets }, (_, i) => rel(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`)),
    rel(`rId${sheets + 1}`, 'styles', 'styles.xml'),
    rel(`rId${sheets + 2}`, 'sharedStrings', 'sharedStrings.xml'),
    withModel ? modelRelationship(`../${MODEL_PART}`) : '',
  ];
  return `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.join('')}</Relationships>`;
}

/**
 * xl/workbook.xml: the sheets in order and, for each table with header rows, the print titles that repeat them on
 * every page (`_xlnm.Print_Titles`, local to its sheet). A sheet name is quoted, a `'` in it doubled.
 */
export function workbookXml(plans: readonly SheetPlan[]): string {
  const sheets = plans.map((p, i) => `<sheet name="${xmlAttribute(p.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const titles = plans
    .map((p, i) => (p.table.headerRows > 0 ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`'${p.name.replace(/'/g, "''")}'`)}!$${p.gridTop}:$${headerBottom(p)}</definedName>` : ''))
    .join('');
  return `${XML_HEADER}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets>${titles === '' ? '' : `<definedNames>${titles}</definedNames>`}<calcPr calcId="171027"/></workbook>`;
}

/**
 * docProps/app.xml as exceljs wrote it, naming Excel as the application: LibreOffice's import keys some
 * compatibility choices off it, so the workbook lays out as it did.
 */
export function appXml(names: readonly string[]): string {
  const titles = names.map((n) => `<vt:lpstr>${xmlText(n)}</vt:lpstr>`).join('');
  return `${XML_HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`;
}

/** docProps/core.xml: yusuan as creator and last editor; the dates are `created`, or none (core-properties.ts). */
export function coreXml(created: Date | undefined): string {
  return `${XML_HEADER}${corePropertiesXml('<dc:creator>yusuan</dc:creator><cp:lastModifiedBy>yusuan</cp:lastModifiedBy>', created)}`;
}
