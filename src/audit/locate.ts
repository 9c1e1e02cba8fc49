import { tableView } from '../checks/view/table-view.js';
import type { Location } from '../model/diagnostic.js';
import { placeAtOffset, type Place } from './read-model.js';
import type { ReadDocument } from './read-document.js';

/** Where a finding is in the printed document, and the text printed there. */
export interface PrintedSpot {
  place?: Place;
  /** Other places the quoted texts are printed at (the same slip on several lines of a section). */
  related?: Place[];
  /** The printed cell or paragraph (a paragraph cut to the quoted part when the message quotes one). */
  text?: string;
}

/**
 * The printed place of a rule's location (issue 17: "location as printed"): a table cell found by the row and
 * column labels the rule names; a narrative section by its id, at the paragraph that holds the text the message
 * quotes (「…」) when it quotes one.
 */
export function printedSpot(read: ReadDocument, at: Location, message = ''): PrintedSpot {
  if (at.kind === 'table') return tableSpot(read, at);
  if (at.kind === 'narrative') return narrativeSpot(read, at.section, message);
  return {};
}

function tableSpot(read: ReadDocument, at: Extract<Location, { kind: 'table' }>): PrintedSpot {
  const keyed = read.tables.get(at.key);
  if (!keyed) return {};
  if (at.row === undefined && at.column === '名称行') return { place: keyed.namePlace ?? keyed.titlePlace, ...(keyed.table.nameLine ? { text: keyed.table.nameLine } : {}) };
  if (at.row === undefined && at.column === '标题') return { place: keyed.titlePlace, text: keyed.table.title };
  if (at.row === undefined && at.column === '备注') return { place: keyed.notePlaces.at(-1) ?? keyed.titlePlace, ...(keyed.table.notes.length ? { text: keyed.table.notes.at(-1)! } : {}) };
  const view = tableView(keyed.table);
  let rowOnly: { r: number; c: number } | undefined;
  for (const r of view.body)
    for (let c = 0; c < keyed.table.columnKeys.length; c++) {
      const here = view.at(r, c);
      if (here.kind !== 'table' || here.row !== at.row) continue;
      if (here.column === at.column) return spotAt(keyed.places[r]?.[c], view.text(r, c), keyed.titlePlace);
      rowOnly ??= { r, c };
    }
  if (rowOnly) return spotAt(keyed.places[rowOnly.r]?.[rowOnly.c], undefined, keyed.titlePlace);
  return { place: keyed.titlePlace };
}

function spotAt(place: Place | undefined, text: string | undefined, fallback: Place): PrintedSpot {
  return { place: place ?? fallback, ...(text !== undefined ? { text } : {}) };
}

/**
 * The printed texts a message quotes (two characters or more): `「…」`, `“…”`, the tail of an item `（…其他工作）`;
 * when the message opens with its quotes (`“增加0万元”：增减额为0时应写“保持一致”`), only those, not the advice after.
 */
export function quotedTexts(message: string): string[] {
  const source = /^((?:[「“][^」”]*[」”][、，]?)+)：/.exec(message)?.[1] ?? message;
  const quoted = [...source.matchAll(/[「“]([^」”]{2,})[」”]/g), ...source.matchAll(/（…([^）…]{2,})）/g)].map((m) => m[1] as string);
  return [...new Set(quoted)];
}

/**
 * A narrative finding's place: the printed line of the first text it quotes (a paragraph rejoined from several lines
 * knows where each line starts), and every other line or paragraph of the section printing a quoted text; without a
 * quote, the section's first paragraph.
 */
function narrativeSpot(read: ReadDocument, section: string, message: string): PrintedSpot {
  const quoted = quotedTexts(message);
  const blocks = [...read.blocks.keys()].filter((b) => (b.type === 'paragraph' || b.type === 'heading') && (b.section === section || b.text.startsWith(section)));
  const paragraphs = blocks.length > 0 ? blocks : [...read.blocks.keys()].filter((b) => b.type === 'partTitle' && b.title === section);
  const text = (b: (typeof paragraphs)[number]) => (b.type === 'partTitle' ? b.title : 'text' in b ? b.text : '');
  const hits = paragraphs.flatMap((b) =>
    quoted.flatMap((q) => occurrences(text(b), q).map((at) => ({ quote: q, place: placeAtOffset(read.lineStarts.get(b), at, read.blocks.get(b)) }))),
  );
  const first = hits[0];
  if (!first) {
    const hit = paragraphs.find((b) => b.type === 'paragraph') ?? paragraphs[0];
    if (!hit) return {};
    const place = read.blocks.get(hit);
    return { ...(place ? { place } : {}), text: text(hit) };
  }
  const seen = new Set([key(first.place)]);
  const related = hits.flatMap((h) => (h.place && !seen.has(key(h.place)) && seen.add(key(h.place)) ? [h.place] : []));
  return { ...(first.place ? { place: first.place } : {}), ...(related.length > 0 ? { related } : {}), text: first.quote };
}

function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + quote.length)) out.push(i);
  return out;
}

const key = (place: Place | undefined) => JSON.stringify(place ?? null);
