import type { TableView } from './table-view.js';

/** Reads a table once per view: document rules ask for the same reader (03, 06, 07 …) many times. */
export function memoByTable<T>(read: (t: TableView) => T): (t: TableView) => T {
  const cache = new WeakMap<TableView, { value: T }>();
  return (t) => {
    let hit = cache.get(t);
    if (!hit) {
      hit = { value: read(t) };
      cache.set(t, hit);
    }
    return hit.value;
  };
}
