import { formatPath } from '../model/diagnostic.js';
import { lineColumn } from './json-locate.js';

/** A key met twice in one object: its path, and where both occurrences start (1-based lines and columns). */
export interface DuplicateKey {
  path: string;
  at: { line: number; column: number };
  first: { line: number; column: number };
}

interface Frame {
  kind: 'object' | 'array';
  /** The enclosing frame and this value's key or index in it: the path is built only for a duplicate found, so a
   * deeply nested text costs memory linear in its depth (a copied path per frame was quadratic: 100,000 levels ran out of memory). */
  parent: Frame | undefined;
  segment: PropertyKey | undefined;
  keys: Map<string, number>;
  index: number;
  /** The next string in this object is a key. */
  expectKey: boolean;
  key?: string;
}

/**
 * Every duplicated key of a JSON text that JSON.parse accepted (which silently keeps the last value): a scan of
 * the text that follows objects and arrays, comparing keys as decoded (`"a"` and `"\u0061"` are the same key).
 */
export function duplicateKeys(text: string, limit = 50): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const top = () => stack[stack.length - 1];
  const childSegment = (): PropertyKey | undefined => {
    const frame = top();
    if (!frame) return undefined;
    return frame.kind === 'array' ? frame.index : (frame.key ?? '');
  };
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      const frame = top();
      if (frame?.kind === 'object' && frame.expectKey) {
        const key = decodeKey(text.slice(i, end + 1));
        const first = frame.keys.get(key);
        if (first !== undefined) found.push({ path: formatPath([...pathOf(frame), key]), at: lineColumn(text, i), first: lineColumn(text, first) });
        else frame.keys.set(key, i);
        frame.key = key;
        frame.expectKey = false;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      stack.push({ kind: c === '{' ? 'object' : 'array', parent: top(), segment: childSegment(), keys: new Map(), index: 0, expectKey: c === '{' });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const frame = top();
      if (frame?.kind === 'object') frame.expectKey = true;
      else if (frame) frame.index++;
    }
  }
  return found;
}

/** The path of a frame's value from the root, walking up its parents. */
function pathOf(frame: Frame): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) path.unshift(f.segment ?? '');
  return path;
}

/** The index of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++; // backslash: skip the escaped character
    else if (c === 34) return i;
  }
  return text.length - 1;
}

function decodeKey(literal: string): string {
  try {
    const key: unknown = JSON.parse(literal);
    return typeof key === 'string' ? key : literal;
  } catch {
    return literal;
  }
}
