const DECODER = new TextDecoder();

/** Worksheet XML paths by sheet name, from xl/workbook.xml and its relationships. */
export function sheetFiles(contents: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const workbook = text(contents.get('xl/workbook.xml'));
  const rels = text(contents.get('xl/_rels/workbook.xml.rels'));
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(match[1] ?? '', 'Id');
    const target = attribute(match[1] ?? '', 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const files = new Map<string, string>();
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const attrs = match[1] ?? '';
    const name = attribute(attrs, 'name');
    const id = /\br:id="([^"]*)"/.exec(attrs)?.[1] ?? /\b\w+:id="([^"]*)"/.exec(attrs)?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) files.set(path, decodeEntities(name));
  }
  return files;
}

/** Rows a worksheet declares (`<row>` elements, empty formatted ones included). */
export function rowCount(xml: string): number {
  let count = 0;
  for (const _ of xml.matchAll(/<(?:\w+:)?row[\s>/]/g)) count++;
  return count;
}

/** Drops `<dataValidations>` blocks (exceljs would expand every range cell by cell; the reader never needs them). */
export function stripValidations(xml: string): string {
  return xml
    .replace(/<((?:\w+:)?dataValidations)\b[^>]*\/>/g, '')
    .replace(/<((?:\w+:)?dataValidations)\b[^>]*>[\s\S]*?<\/\1>/g, '');
}

function text(bytes: Uint8Array | undefined): string {
  return bytes ? DECODER.decode(bytes) : '';
}

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
}

function decodeEntities(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => codePoint(Number(n)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, n: string) => codePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** A character reference past U+10FFFF (hostile) reads as nothing rather than throwing. */
function codePoint(code: number): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
