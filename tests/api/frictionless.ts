import { createHash } from 'node:crypto';

/**
 * The rules of the Frictionless specs a Tabular Data Package must meet, checked from the bytes alone
 * (specs.frictionlessdata.io: data-package, tabular-data-resource, table-schema, csv-dialect). Test-only.
 */
export function frictionlessProblems(files: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const raw = files.get('datapackage.json');
  if (!raw) return ['没有 datapackage.json'];
  const descriptor: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  if (!isObject(descriptor)) return ['datapackage.json 不是对象'];
  if (typeof descriptor.name === 'string' && !/^[-a-z0-9._/]+$/.test(descriptor.name)) problems.push(`包名不合规：${descriptor.name}`);
  if (descriptor.profile !== 'tabular-data-package') problems.push(`profile 应为 tabular-data-package：${String(descriptor.profile)}`);
  const resources = descriptor.resources;
  if (!Array.isArray(resources) || resources.length === 0) return [...problems, 'resources 必须是非空数组'];
  const names = new Set<string>();
  for (const resource of resources) {
    if (!isObject(resource)) {
      problems.push('resource 不是对象');
      continue;
    }
    const name = String(resource.name);
    if (!/^[a-z0-9._-]+$/.test(name)) problems.push(`resource 名不合规：${name}`);
    if (names.has(name)) problems.push(`resource 名重复：${name}`);
    names.add(name);
    problems.push(...resourceProblems(resource, files).map((p) => `${name}：${p}`));
  }
  return problems;
}

function resourceProblems(resource: Record<string, unknown>, files: ReadonlyMap<string, Uint8Array>): string[] {
  const path = resource.path;
  if (typeof path !== 'string' || path.startsWith('/') || path.split('/').includes('..')) return [`path 必须是包内相对路径：${String(path)}`];
  if (resource.profile !== 'tabular-data-resource') return ['profile 应为 tabular-data-resource'];
  const schema = resource.schema;
  if (!isObject(schema) || !Array.isArray(schema.fields)) return ['schema.fields 缺失'];
  const fields = schema.fields.filter(isObject);
  const bytes = files.get(path);
  if (!bytes) return [`找不到文件 ${path}`];
  const problems = integrityProblems(resource, bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) problems.push('CSV 以 BOM 开头');
  const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  const fieldNames = fields.map((f) => String(f.name));
  if (new Set(fieldNames).size !== fieldNames.length) problems.push('字段名重复');
  if (JSON.stringify(header) !== JSON.stringify(fieldNames)) problems.push(`表头 ${JSON.stringify(header)} 与字段 ${JSON.stringify(fieldNames)} 不一致`);
  const missing = Array.isArray(schema.missingValues) ? schema.missingValues.map(String) : [''];
  rows.forEach((row, r) => {
    if (row.length !== fieldNames.length) problems.push(`第 ${r + 2} 行有 ${row.length} 个值，应为 ${fieldNames.length}`);
    fields.forEach((field, i) => problems.push(...valueProblems(field, row[i] ?? '', missing).map((p) => `第 ${r + 2} 行 ${String(field.name)}：${p}`)));
  });
  problems.push(...keyProblems(schema, fieldNames, rows, missing), ...uniqueProblems(fields, rows, missing));
  return problems;
}

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any']);

/** Table Schema: a value is missing (null) when listed in missingValues; else it must be of the field's type. */
function valueProblems(field: Record<string, unknown>, value: string, missing: string[]): string[] {
  if (!TYPES.has(String(field.type ?? 'string'))) return [`未知类型 ${String(field.type)}`];
  const constraints = isObject(field.constraints) ? field.constraints : {};
  if (missing.includes(value)) return constraints.required === true ? ['必填字段为空'] : [];
  if (field.type !== 'number') return [];
  if (field.decimalChar !== undefined && field.decimalChar !== '.') return ['decimalChar 应为 .'];
  // The number lexical form of Table Schema (with bareNumber true, no groupChar): decimal or exponent, NaN, INF.
  if (!/^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|NaN|[+-]?INF)$/.test(value)) return [`不是 number：${value}`];
  return /^-?\d+\.\d{2}$/.test(value) ? [] : [`不是精确两位小数：${value}`];
}

function keyProblems(schema: Record<string, unknown>, names: string[], rows: string[][], missing: string[]): string[] {
  const key = typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey;
  if (!Array.isArray(key) || key.length === 0) return ['没有 primaryKey'];
  const columns = key.map((k) => names.indexOf(String(k)));
  if (columns.some((c) => c < 0)) return [`primaryKey ${JSON.stringify(key)} 不是字段`];
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const row of rows) {
    const values = columns.map((c) => row[c] ?? '');
    if (values.some((v) => missing.includes(v))) problems.push(`主键为空：${JSON.stringify(values)}`);
    const id = JSON.stringify(values);
    if (seen.has(id)) problems.push(`主键重复：${id}`);
    seen.add(id);
  }
  return problems;
}

function uniqueProblems(fields: Record<string, unknown>[], rows: string[][], missing: string[]): string[] {
  return fields.flatMap((field, i) => {
    if (!isObject(field.constraints) || field.constraints.unique !== true) return [];
    const values = rows.map((r) => r[i] ?? '').filter((v) => !missing.includes(v));
    return new Set(values).size === values.length ? [] : [`${String(field.name)} 不唯一`];
  });
}

function integrityProblems(resource: Record<string, unknown>, bytes: Uint8Array): string[] {
  const problems: string[] = [];
  if (resource.bytes !== undefined && resource.bytes !== bytes.length) problems.push(`bytes ${String(resource.bytes)} ≠ ${bytes.length}`);
  const hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (resource.hash !== undefined && resource.hash !== hash) problems.push('hash 不符');
  return problems;
}

/** An RFC 4180 reader (CRLF records, quoted fields with doubled quotes), written apart from the writer it checks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`第 ${rows.length + 1} 行：未加引号的换行不是 CRLF`);
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length) throw new Error('最后一条记录没有以 CRLF 结束');
  return rows;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
