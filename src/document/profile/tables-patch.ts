import { TABLE_SPECS } from '../tables/index.js';
import type { TableSpec } from '../tables/spec.js';
import { fail, jsonPath, ProfileError, quoted, suggestion } from './errors.js';
import { issueProblems } from './issues.js';
import type { TablesSource } from './read.js';
import type { TableChange, TableEntryFile, TableNumbering } from './tables-schema.js';
import type { Origin, ProfileTable } from './types.js';

/** A table of the set, with where it was last declared or changed (for messages). */
export interface TableItem extends ProfileTable {
  origin: Origin;
}

type Options = Record<string, string | number | boolean>;

/**
 * The table set after one profile's own: its list replaces the inherited set, then its patch (drop, set, add, order,
 * numbering) changes it by key. Every key a patch names must exist; a misspelt one names the nearest.
 */
export function applyTables(inherited: readonly TableItem[], source: TablesSource | undefined): TableItem[] {
  if (!source) return [...inherited];
  const { file, prefix, value } = source;
  const at = (...path: PropertyKey[]): PropertyKey[] => [...prefix, ...path];
  const patch = Array.isArray(value) ? { tables: value } : value;
  let list = patch.tables ? fromList(patch.tables, file, Array.isArray(value) ? [...prefix] : at('tables')) : [...inherited];
  const keys = () => list.map((t) => t.key);
  const known = (key: string, path: PropertyKey[]): void => {
    if (!keys().includes(key)) fail(file, path, `没有表格键为“${key}”的表${suggestion(key, keys()) || `（现有：${quoted(keys())}）`}`);
  };
  const fixedIds = new Set<string>();
  for (const [i, key] of (patch.drop ?? []).entries()) known(key, at('drop', i));
  list = list.filter((t) => !(patch.drop ?? []).includes(t.key));
  for (const [key, change] of Object.entries(patch.set ?? {})) {
    known(key, at('set', key));
    if (change.id !== undefined) fixedIds.add(key);
    list = list.map((t) => (t.key === key ? changed(t, change, file, at('set', key)) : t));
  }
  for (const [i, { after, before, ...entry }] of (patch.add ?? []).entries()) {
    if (keys().includes(entry.key)) fail(file, at('add', i, 'key'), `已有表格键为“${entry.key}”的表：修改它请写在 set 中，新增请换一个 key`);
    if (entry.id !== undefined) fixedIds.add(entry.key);
    const item = withOptions({ ...entry, id: entry.id ?? '', origin: { file, path: jsonPath(at('add', i)) } }, entry.options, file, at('add', i, 'options'));
    const anchor = after ?? before;
    if (anchor !== undefined) known(anchor, at('add', i, after !== undefined ? 'after' : 'before'));
    const index = anchor === undefined ? list.length : keys().indexOf(anchor) + (after !== undefined ? 1 : 0);
    list = [...list.slice(0, index), item, ...list.slice(index)];
  }
  if (patch.order) {
    patch.order.forEach((key, i) => known(key, at('order', i)));
    list = [...patch.order.flatMap((key) => list.filter((t) => t.key === key)), ...list.filter((t) => !patch.order?.includes(t.key))];
  }
  if (patch.numbering) list = renumber(list, patch.numbering, fixedIds);
  checkIds(list, file, prefix);
  return list;
}

function fromList(entries: readonly TableEntryFile[], file: string, path: PropertyKey[]): TableItem[] {
  const seen = new Map<string, number>();
  return entries.map((entry, i) => {
    const spec = specOf(entry.spec);
    const key = entry.key ?? spec.defaultKey?.(entry.options ?? {}) ?? entry.spec;
    const twin = seen.get(key);
    if (twin !== undefined) fail(file, [...path, i], `表格键“${key}”与第 ${twin + 1} 张表重复：请为其中一张表写不同的 key`);
    seen.set(key, i);
    return withOptions({ ...entry, key, origin: { file, path: jsonPath([...path, i]) } }, entry.options, file, [...path, i, 'options']);
  });
}

function changed(table: TableItem, change: TableChange, file: string, path: PropertyKey[]): TableItem {
  const { options: optionChanges, ...fields } = change;
  const next: TableItem = { ...table, origin: { file, path: jsonPath(path) } };
  if (fields.id !== undefined) next.id = fields.id;
  if (fields.spec !== undefined) next.spec = fields.spec;
  if (fields.title !== undefined) next.title = fields.title;
  for (const field of ['subtitle', 'tocTitle', 'emptyNote'] as const) {
    const value = fields[field];
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  if (!optionChanges) return withOptions(next, table.options, file, [...path, 'options']);
  const options: Options = { ...table.options };
  for (const [name, value] of Object.entries(optionChanges)) {
    if (value === null) delete options[name];
    else options[name] = value;
  }
  return withOptions(next, options, file, [...path, 'options']);
}

/** The table with its options, checked against its spec's option schema when the spec declares one. */
function withOptions(item: TableItem, options: Options | undefined, file: string, path: PropertyKey[]): TableItem {
  const { options: _drop, ...rest } = item;
  if (options === undefined) return rest;
  const schema = specOf(item.spec).optionsSchema;
  if (schema) {
    const parsed = schema.safeParse(options);
    if (!parsed.success) throw new ProfileError(issueProblems(schema, options, parsed.error.issues, file, path));
  }
  return { ...rest, options };
}

function specOf(key: string): TableSpec {
  const spec = TABLE_SPECS.get(key);
  if (!spec) throw new ProfileError([{ path: '', message: `未知的表格类型“${key}”` }]);
  return spec;
}

function renumber(list: readonly TableItem[], numbering: TableNumbering, fixed: ReadonlySet<string>): TableItem[] {
  return list.map((t, i) => (fixed.has(t.key) ? t : { ...t, id: `${numbering.prefix}${String(numbering.start + i).padStart(numbering.digits, '0')}` }));
}

function checkIds(list: readonly TableItem[], file: string, prefix: readonly PropertyKey[]): void {
  const missing = list.find((t) => t.id === '');
  if (missing) fail(file, [...prefix, 'add'], `新增的表“${missing.key}”没有表号：请写 id，或用 numbering 统一编号`);
  const ids = list.map((t) => t.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) fail(file, [...prefix], `表号“${twice}”出现两次（${list.filter((t) => t.id === twice).map((t) => t.key).join('、')}）：请改 id，或用 numbering 统一编号`);
}
