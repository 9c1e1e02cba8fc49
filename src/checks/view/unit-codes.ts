import type { DocumentView } from './document-view.js';
import { squeeze } from './table-view.js';

/** Department and unit codes as 预算02表 prints them (its code column), for telling aggregate rows apart. */
export function unitCodesOf(view: DocumentView): Set<string> {
  const t = view.table('income');
  const col = t?.column('部门（单位）代码');
  if (!t || col === undefined) return new Set();
  return new Set(t.body.map((r) => squeeze(t.text(r, col))).filter((c) => c !== ''));
}
