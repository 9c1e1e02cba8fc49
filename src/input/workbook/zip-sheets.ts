import { decodeXml } from './xml-scan.js';

/** Sheet names by worksheet XML path, from xl/workbook.xml and its relationships (in workbook order). */
export function sheetFiles(workbook: string, rels: string): Map<string, string> {
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
    if (name !== undefined && path) files.set(path, decodeXml(name));
  }
  return files;
}

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
}
