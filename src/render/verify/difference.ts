import type { TextChange } from './text-changes.js';

/**
 * One way a file differs from the document model it carries: where (a place the officer can find: `预算05表!C9`,
 * `第二部分「一、收支预算总体情况」第1段`), and what it should read against what it reads. Data first; `formatDifference`
 * words it.
 */
export type Difference =
  | { kind: 'changed'; place: string; change: TextChange }
  | { kind: 'missing'; place: string; text: string }
  | { kind: 'extra'; place: string; text: string };

/** A difference as one Chinese line. */
export function formatDifference(d: Difference): string {
  switch (d.kind) {
    case 'changed': {
      const { expected, actual, before } = d.change;
      const at = before ? `在「…${before}」之后` : '开头';
      if (expected === '') return `${d.place}：${at}多出「${clip(actual)}」`;
      if (actual === '') return `${d.place}：${at}删去了「${clip(expected)}」`;
      return `${d.place}：「${clip(expected)}」改成了「${clip(actual)}」${before ? `（${at}）` : ''}`;
    }
    case 'missing':
      return `${d.place}：缺少「${clip(d.text)}」`;
    case 'extra':
      return `${d.place}：多出「${clip(d.text)}」`;
  }
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
