import { Decimal } from '../../model/money.js';
import type { ReadDocument } from '../read-document.js';

const NUM = '(\\d+(?:\\.\\d+)?)';

/** The text of a narrative section as read (its paragraphs joined), '' when absent. */
export function sectionText(read: ReadDocument, id: string): string {
  return read.document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'paragraph' && b.section === id ? [b.text] : []))).join('');
}

/** The first number a pattern captures in a text. */
export function numberIn(text: string, pattern: RegExp): string | undefined {
  return pattern.exec(text)?.[1];
}

/**
 * A change as printed after `subject` (spec §2.0 helper phrases): `增加X万元` / `减少X万元`, or none for `保持一致`
 * and for the unresolved `增加（减少）0万元` (000-1…4: a zero change). Undefined when the text states none.
 */
export function changeAfter(text: string, subject: string): Decimal | undefined {
  const at = text.indexOf(subject);
  if (at < 0) return undefined;
  const rest = text.slice(at + subject.length);
  const m = new RegExp(`^[^。；，]*?(增加（减少）|增加|减少)${NUM}万元`).exec(rest);
  if (m) return m[1] === '减少' ? new Decimal(m[2]!).negated() : new Decimal(m[2]!);
  if (/^[^。；]*?保持一致/.test(rest)) return new Decimal(0);
  return undefined;
}

/** `current − change`, as the prior-year figure the sentence implies (spec §2.0: "The prior totals are therefore …"). */
export function priorOf(current: string | undefined, change: Decimal | undefined): string | undefined {
  if (current === undefined || change === undefined) return undefined;
  const prior = new Decimal(current).minus(change);
  return prior.isZero() ? '0' : change.isZero() ? current : prior.toFixed(2);
}

/** The reason printed after `主要原因：` in a text, up to the sentence's end (or the `；` that ends a clause). */
export function reasonsIn(text: string): string[] {
  return [...text.matchAll(/主要原因：([^。；;]+)/g)].map((m) => m[1]!.trim());
}

/** The list a 构成情况 sentence names (`包括：办公室、人事（党建科）…的预算`). */
export function divisionsIn(text: string): string[] {
  const m = /(?:机关本级预算包括|部门预算包括|，包括)：(.+?)的预算/.exec(text) ?? /包括：(.+?)的预算/.exec(text);
  return m ? m[1]!.split('、').map((s) => s.trim()).filter(Boolean) : [];
}
