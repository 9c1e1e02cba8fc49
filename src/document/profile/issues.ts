import * as z from 'zod';
import { jsonPath, quoted, suggestion, type ProfileProblem } from './errors.js';

type Issue = z.core.$ZodIssue;

/**
 * Zod's findings on one profile file in Chinese, each at its JSON path (prefixed by `prefix` when the value sits
 * inside the file): an unknown key names the nearest valid key, a wrong value the valid ones.
 */
export function issueProblems(schema: z.core.$ZodType, data: unknown, issues: readonly Issue[], file: string, prefix: readonly PropertyKey[] = []): ProfileProblem[] {
  return issues.flatMap((issue) => problemsOf(schema, data, issue, file, prefix, issue.path));
}

/** `path` is relative to the schema and data; `prefix` places them in the file. */
function problemsOf(root: z.core.$ZodType, data: unknown, issue: Issue, file: string, prefix: readonly PropertyKey[], path: readonly PropertyKey[]): ProfileProblem[] {
  const at = (p: readonly PropertyKey[], message: string): ProfileProblem => ({ file, path: jsonPath([...prefix, ...p]), message });
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const valid = keysOf(schemaAt(root, path, data));
      const last = [...prefix, ...path].at(-1);
      const noun = last === 'options' ? '选项' : '键';
      return issue.keys.map((key) => {
        const hint = suggestion(key, valid) || (valid.length ? `（可用的${noun}：${quoted(valid)}）` : '');
        return at([...path, key], `未知的${noun}“${key}”${hint}`);
      });
    }
    case 'invalid_type':
      return [at(path, value === undefined ? `缺少必填项（应为${typeName(issue.expected)}）` : `应为${typeName(issue.expected)}，实际为${describe(value)}`)];
    case 'invalid_value': {
      const valid = issue.values.map(String);
      if (typeof value !== 'string') return [at(path, `应为${quoted(valid)}之一，实际为${describe(value)}`)];
      return [at(path, `取值“${value}”无效${suggestion(value, valid) || `，可选：${quoted(valid)}`}`)];
    }
    case 'invalid_union': {
      const branch = issue.errors.find((list) => !list.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (branch) return branch.flatMap((i) => problemsOf(root, data, i, file, prefix, [...path, ...i.path]));
      const expected = issue.errors.flatMap((list) => list.flatMap((i) => (i.code === 'invalid_type' ? [typeName(i.expected)] : [])));
      return [at(path, `应为${[...new Set(expected)].join('或')}，实际为${describe(value)}`)];
    }
    case 'too_small':
      return [at(path, typeof value === 'string' ? '不能为空' : Array.isArray(value) ? `至少应有 ${String(issue.minimum)} 项` : `应不小于 ${String(issue.minimum)}，实际为 ${String(value)}`)];
    case 'too_big':
      return [at(path, Array.isArray(value) ? `至多 ${String(issue.maximum)} 项` : `应不大于 ${String(issue.maximum)}，实际为 ${String(value)}`)];
    default:
      return [at(path, issue.message)];
  }
}

/** The schema that validates the value at `path` (unions resolved by the shape of the data there). */
export function schemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[], data: unknown): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  let value = data;
  for (let i = 0; i <= path.length && current; i++) {
    current = unwrap(current, value);
    if (i === path.length) break;
    const key = path[i];
    if (current instanceof z.ZodObject && typeof key === 'string') current = current.shape[key];
    else if (current instanceof z.ZodArray) current = current.element;
    else if (current instanceof z.ZodRecord) current = current.valueType;
    else return undefined;
    value = key === undefined ? undefined : valueAt(value, [key]);
  }
  return current;
}

function unwrap(schema: z.core.$ZodType, value: unknown): z.core.$ZodType {
  let s: z.core.$ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap();
    else if (s instanceof z.ZodUnion) {
      const options: readonly z.core.$ZodType[] = s.options;
      const fit = options.find((o) => (Array.isArray(value) ? o instanceof z.ZodArray : o instanceof z.ZodObject)) ?? options[0];
      if (!fit) return s;
      s = fit;
    } else return s;
  }
}

/** The keys an object schema allows (none for other schemas). */
export function keysOf(schema: z.core.$ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Reflect.get(v, key);
  }
  return v;
}

function typeName(expected: string): string {
  const names: Record<string, string> = { string: '文字', number: '数字', int: '整数', boolean: 'true 或 false', object: '对象 {…}', array: '列表 […]', record: '对象 {…}' };
  return names[expected] ?? expected;
}

/** A value as a message quotes it: `文字“2”`, `数字 2`, `列表`. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `文字“${value}”`;
  if (typeof value === 'number') return `数字 ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return '列表 […]';
  return value === undefined ? '空' : '对象 {…}';
}
