import { createHash } from 'node:crypto';
import type { BudgetDocument } from '../../document/model.js';
import { documentTables } from '../xlsx/tables.js';
import { toCsv } from './csv.js';
import { packageDescriptor, slug, type ResourceFile } from './descriptor.js';
import { KEY_FIELD, tableRecords } from './records.js';

/** One file of the package, by its path inside the package folder. */
export interface FdpFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * BudgetDocument → a (Fiscal) Data Package: `datapackage.json` plus one CSV per table, named by the table's key.
 * CSV is UTF-8 without a BOM, CRLF, RFC 4180 quoting: what the Frictionless and CSV specs assume, and a BOM would
 * become part of the first header (`row`) for most CSV readers. People who want the tables in Excel have the .xlsx.
 */
export function renderFdp(document: BudgetDocument): FdpFile[] {
  const used = new Set<string>();
  const csvs: FdpFile[] = [];
  const resources: ResourceFile[] = [];
  for (const table of documentTables(document)) {
    const name = uniqueName(slug(table.key), used);
    const { columns, records } = tableRecords(table);
    const bytes = Buffer.from(toCsv([[KEY_FIELD, ...columns.map((c) => c.key)], ...records]));
    const path = `${name}.csv`;
    csvs.push({ path, bytes });
    resources.push({ name, path, table, columns, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  const descriptor = `${JSON.stringify(packageDescriptor(document.meta, resources), null, 2)}\n`;
  return [{ path: 'datapackage.json', bytes: Buffer.from(descriptor) }, ...csvs];
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
  used.add(name);
  return name;
}
