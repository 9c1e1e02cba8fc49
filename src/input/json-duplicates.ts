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
  let frame: Frame | undefined;
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (frame?.kind === 'object' && frame.expectKey) {
        const key = decodeKey(text, i, end);
        const first = frame.keys.get(key);
        if (first !== undefined) found.push({ path: formatPath([...pathOf(frame), key]), at: lineColumn(text, i), first: lineColumn(text, first) });
        else frame.keys.set(key, i);
        frame.key = key;
        frame.expectKey = false;
      }
      i = end;
    } else if (c === 123 || c === 91) {
      // { or [: the new frame's place in its parent is the parent's current index or key.
      const segment = frame === undefined ? undefined : frame.kind === 'array' ? frame.index : (frame.key ?? '');
      frame = { kind: c === 123 ? 'object' : 'array', parent: frame, segment, keys: new Map(), index: 0, expectKey: c === 123 };
      stack.push(frame);
    } else if (c === 125 || c === 93) {
      stack.pop();
      frame = stack[stack.length - 1];
    } else if (c === 44 && frame) {
      if (frame.kind === 'object') frame.expectKey = true;
      else frame.index++;
    }
  }
  return found;
}

/**
 * False when a text that JSON.parse read as `data` cannot repeat a key in one object: it writes no more keys than
 * `data` holds (a repeated key is written twice and kept once). Keys written are counted as the colons after a quote
 * (and white space): every key is one, and a colon after an escaped quote inside a string only adds to the count.
 */
export function mayRepeatKeys(text: string, data: unknown): boolean {
  let written = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let k = colon - 1;
    while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
    if (text.charCodeAt(k) === QUOTE) written++;
  }
  return written !== keysIn(data);
}

/** JSON white space: space, tab, line feed, carriage return. */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** How many keys the objects of parsed JSON hold, all levels (a stack, not recursion: inputs may nest deeply). */
function keysIn(data: unknown): number {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      count += keys.length;
      for (const key of keys) {
        const item: unknown = (value as Record<string, unknown>)[key];
        if (typeof item === 'object' && item !== null) stack.push(item);
      }
    }
  }
  return count;
}

const QUOTE = 34;
const BACKSLASH = 92;

/** The path of a frame's value from the root, walking up its parents. */
function pathOf(frame: Frame): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) path.unshift(f.segment ?? '');
  return path;
}

/**
 * The index of the quote closing the string that opens at `start`: the next quote after an even run of backslashes
 * (each pair is one escaped backslash), found by indexOf rather than character by character.
 */
function stringEnd(text: string, start: number): number {
  for (let q = text.indexOf('"', start + 1); q >= 0; q = text.indexOf('"', q + 1)) {
    let k = q - 1;
    while (text.charCodeAt(k) === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) return q;
  }
  return text.length - 1;
}

/** The key a string literal `text[start..end]` spells: its characters as they are, unless it holds an escape. */
function decodeKey(text: string, start: number, end: number): string {
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) === BACKSLASH) return decodeEscaped(text.slice(start, end + 1));
  return text.slice(start + 1, end);
}

function decodeEscaped(literal: string): string {
  try {
    const key: unknown = JSON.parse(literal);
    return typeof key === 'string' ? key : literal;
  } catch {
    return literal;
  }
}
