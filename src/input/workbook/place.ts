import { isObject, listAt, setIn } from './json-path.js';
import type { JsonObject, PlaceSink, RowRecord, TableBlock } from './spec.js';

/** Records every cell of a record under `path`: the record's first cell anchors it, each column its field. */
export function recordCells(sink: PlaceSink, path: readonly PropertyKey[], record: RowRecord): void {
  const first = Object.values(record.cells)[0];
  if (first) sink.anchor(path, first);
  for (const [key, cell] of Object.entries(record.cells)) sink.at([...path, key], cell);
}

/** A table that is a list of objects at `path`: row i → `path[i]`, column key → field. */
export function objectList(path: readonly string[], keepEmpty: boolean): Pick<TableBlock, 'rows' | 'place'> {
  return {
    rows: (data) => listAt(data, path).filter(isObject),
    place: (records, data, sink) => {
      if (records.length === 0 && !keepEmpty) return;
      setIn(data, path, records.map((record, i) => {
        recordCells(sink, [...path, i], record);
        return { ...record.values };
      }));
    },
  };
}

/** A table that is a list of strings at `path`, one per row in column `key`; an empty table leaves an optional list absent. */
export function stringList(path: readonly string[], key: string, keepEmpty = true): Pick<TableBlock, 'rows' | 'place'> {
  return {
    rows: (data) => listAt(data, path).map((value) => ({ [key]: value })),
    place: (records, data, sink) => {
      if (records.length === 0 && !keepEmpty) return;
      setIn(data, path, records.map((record, i) => {
        const cell = record.cells[key];
        if (cell) sink.at([...path, i], cell);
        return record.values[key];
      }));
    },
  };
}

/** Index of the object in the list at `path` whose `code` is `code`. */
export function indexByCode(data: JsonObject, path: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  listAt(data, path).forEach((item, i) => {
    if (isObject(item) && typeof item.code === 'string' && !map.has(item.code)) map.set(item.code, i);
  });
  return map;
}
