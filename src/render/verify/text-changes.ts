import { diffSequences } from './diff.js';

/** One changed stretch of a text: what it should read, what it reads, and the text just before it. */
export interface TextChange {
  expected: string;
  actual: string;
  before: string;
}

/** Characters a figure is made of: a changed digit is reported as the whole figure (`3374.03` → `3375.03`). */
const FIGURE = /[0-9.,%+\-]/;
const CONTEXT = 8;

/**
 * Every changed stretch between two texts, by a character diff: edits closer than three characters are one
 * change, and a change that touches a figure grows to the whole figure on both sides.
 */
export function textChanges(expected: string, actual: string): TextChange[] {
  if (expected === actual) return [];
  const a = [...expected];
  const b = [...actual];
  const edits = diffSequences(a, b, 400);
  const spans: { a0: number; a1: number; b0: number; b1: number }[] = [];
  let ai = 0;
  let bi = 0;
  for (const edit of edits) {
    if (edit.op === 'same') {
      ai = edit.a + 1;
      bi = edit.b + 1;
      continue;
    }
    const last = spans[spans.length - 1];
    const a0 = edit.op === 'removed' ? edit.a : ai;
    const b0 = edit.op === 'added' ? edit.b : bi;
    if (last && a0 - last.a1 < 3 && b0 - last.b1 < 3) {
      last.a1 = edit.op === 'removed' ? edit.a + 1 : Math.max(last.a1, ai);
      last.b1 = edit.op === 'added' ? edit.b + 1 : Math.max(last.b1, bi);
    } else spans.push({ a0, a1: edit.op === 'removed' ? a0 + 1 : a0, b0, b1: edit.op === 'added' ? b0 + 1 : b0 });
    if (edit.op === 'removed') ai = edit.a + 1;
    else bi = edit.b + 1;
  }
  return spans.map((span) => {
    let { a0, a1, b0, b1 } = span;
    while (a0 > 0 && b0 > 0 && a[a0 - 1] === b[b0 - 1] && FIGURE.test(a[a0 - 1] ?? '')) (a0--, b0--);
    while (a1 < a.length && b1 < b.length && a[a1] === b[b1] && FIGURE.test(a[a1] ?? '')) (a1++, b1++);
    return { expected: a.slice(a0, a1).join(''), actual: b.slice(b0, b1).join(''), before: a.slice(Math.max(0, a0 - CONTEXT), a0).join('') };
  });
}
