import type { DocumentMeta, GridTable } from '../../document/model.js';
import { CSV_DIALECT } from './csv.js';
import { KEY_FIELD, type TableColumn } from './records.js';

/** Amounts are in 万元 throughout the model (STYLE.md: money is Decimal in 万元 from the input on). */
export const AMOUNT_UNIT = '万元';

/** A CSV resource ready to describe: its table, columns, file name and bytes. */
export interface ResourceFile {
  name: string;
  path: string;
  table: GridTable;
  columns: TableColumn[];
  bytes: number;
  sha256: string;
}

const LAYOUT =
  '每张表一个 CSV：第一列 row 为行键（与文档模型的 rowKeys 相同；预算01、04表右半的支出行有自己的行键，单独成一条记录），' +
  '其余每列对应一个列键；金额为万元的精确两位小数字符串；合并单元格的内容只出现在其左上角位置，被覆盖的位置为空。';

/**
 * The `datapackage.json` of a Tabular Data Package (specs.frictionlessdata.io/tabular-data-package): one
 * tabular resource per table, its Table Schema, and yusuan's own properties (profile, edition, printed table ids).
 */
export function packageDescriptor(meta: DocumentMeta, resources: readonly ResourceFile[]): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: slug(`budget-${meta.year}-${meta.profile}`),
    title: meta.title,
    description: `${meta.name}${meta.year}年部门预算公开表格的数据包，由 yusuan 从文档模型生成。${LAYOUT}`,
    keywords: ['部门预算公开', String(meta.year)],
    yusuan: { profile: meta.profile, edition: meta.edition, year: meta.year, name: meta.name, unit: AMOUNT_UNIT },
    resources: resources.map(resourceDescriptor),
  };
}

function resourceDescriptor(file: ResourceFile): Record<string, unknown> {
  const { table } = file;
  return {
    profile: 'tabular-data-resource',
    name: file.name,
    path: file.path,
    title: table.title,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: file.bytes,
    hash: `sha256:${file.sha256}`,
    dialect: CSV_DIALECT,
    schema: { fields: [keyField(), ...file.columns.map(columnField)], primaryKey: [KEY_FIELD], missingValues: [''] },
    yusuan: {
      key: table.key,
      table: table.id,
      label: table.label,
      title: table.title,
      ...(table.subtitle ? { subtitle: table.subtitle } : {}),
      ...(table.nameLine ? { nameLine: table.nameLine } : {}),
      ...(table.unitLine ? { unitLine: table.unitLine } : {}),
      notes: table.notes,
    },
  };
}

function keyField(): Record<string, unknown> {
  return {
    name: KEY_FIELD,
    title: '行键',
    description: '行的稳定键，例如 total、func:2010301、class:201',
    type: 'string',
    constraints: { required: true, unique: true },
  };
}

function columnField(column: TableColumn): Record<string, unknown> {
  const title = column.header.length ? { title: column.header.join(' / ') } : {};
  if (!column.amount) return { name: column.key, ...title, type: 'string' };
  return { name: column.key, ...title, type: 'number', decimalChar: '.', bareNumber: true, unit: AMOUNT_UNIT };
}

/** A Data Package name: lower-case letters, digits and `.`, `_`, `-` only. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'table';
}
