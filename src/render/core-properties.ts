/**
 * docProps/core.xml's root element (OPC §11), the same in the .docx and the .xlsx: `elements` (already XML), then
 * `dcterms:created` and `dcterms:modified` at `date` (document-date.ts; whole seconds, UTC), or no dates at all when
 * there is none: no file claims a date nobody gave it. The caller puts its XML declaration before it.
 */
export function corePropertiesXml(elements: string, date: Date | undefined): string {
  const stamp = date?.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const dates = stamp ? `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` : '';
  return `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${elements}${dates}</cp:coreProperties>`;
}
