import type { JsonObject } from './spec.js';

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` inside JSON-shaped data, or undefined. */
export function getIn(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isObject(node) && typeof key === 'string') node = node[key];
    else return undefined;
  }
  return node;
}

/** Sets `value` at `path` (string keys only), creating objects on the way. */
export function setIn(data: JsonObject, path: readonly string[], value: unknown): void {
  let node = data;
  path.slice(0, -1).forEach((key) => {
    const next = node[key];
    if (isObject(next)) node = next;
    else {
      const created: JsonObject = {};
      node[key] = created;
      node = created;
    }
  });
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
}

/** The array at `path`, or an empty one. */
export function listAt(data: unknown, path: readonly PropertyKey[]): unknown[] {
  const value = getIn(data, path);
  return Array.isArray(value) ? value : [];
}

/** The array at `path`, created when absent. */
export function ensureList(data: JsonObject, path: readonly string[]): unknown[] {
  const value = getIn(data, path);
  if (Array.isArray(value)) return value;
  const created: unknown[] = [];
  setIn(data, path, created);
  return created;
}
