import type { LineStart, Place, ReadLine } from '../read-model.js';
import type { Cleaner } from '../text-clean.js';

/** A paragraph rejoined from its printed lines, with the place of its first line and where each line starts in its text. */
export interface Joined {
  text: string;
  place: Place;
  starts: LineStart[];
}

/** Starts a new paragraph in running text: a list or heading number (`（一）`, `(一)`, `1.`, `一、`). */
const STARTS_ITEM = /^([（(][一二三四五六七八九十百]+[）)]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十百]+、)/;

/** Ends a paragraph in running text: a full stop or a colon that introduces a list. */
const ENDS_PARAGRAPH = /[。：:]$/;

/**
 * Rejoins paragraphs a PDF wrapped over several lines (spec §0: quotes are "joined across the PDF's line
 * breaks"): a line that starts a numbered item starts a paragraph, a line ending in `。` or `：` ends one.
 * Lines of a .docx are paragraphs already (`wrapped` false).
 */
export function joinParagraphs(lines: readonly ReadLine[], wrapped: boolean, clean: Cleaner, startsUnit: (text: string) => boolean = () => false): Joined[] {
  const out: Joined[] = [];
  let current: Joined | undefined;
  const flush = () => {
    if (current && current.text !== '') out.push(current);
    current = undefined;
  };
  for (const line of lines) {
    const text = clean(line.text.replace(/\n/g, ''));
    if (text === '') continue;
    if (!wrapped) {
      out.push({ text, place: line.place, starts: [{ at: 0, place: line.place }] });
      continue;
    }
    if (current && (STARTS_ITEM.test(text) || startsUnit(text))) flush();
    if (current) {
      current.starts.push({ at: current.text.length, place: line.place });
      current.text += text;
    } else current = { text, place: line.place, starts: [{ at: 0, place: line.place }] };
    if (ENDS_PARAGRAPH.test(current.text)) flush();
  }
  flush();
  return out;
}
