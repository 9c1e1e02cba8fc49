import { tableView } from '../checks/view/table-view.js';
import type { Location } from '../model/diagnostic.js';
import type { Place } from './read-model.js';
import type { ReadDocument } from './read-document.js';

/** Where a finding is in the printed document, and the text printed there. */
export interface PrintedSpot {
  place?: Place;
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

function narrativeSpot(read: ReadDocument, section: string, message: string): PrintedSpot {
  const quoted = [...message.matchAll(/[「“]([^」”]{2,})[」”]/g)].map((m) => m[1] as string);
  const blocks = [...read.blocks.keys()].filter((b) => (b.type === 'paragraph' || b.type === 'heading') && (b.section === section || b.text.startsWith(section)));
  const paragraphs = blocks.length > 0 ? blocks : [...read.blocks.keys()].filter((b) => b.type === 'partTitle' && b.title === section);
  const text = (b: (typeof paragraphs)[number]) => (b.type === 'partTitle' ? b.title : 'text' in b ? b.text : '');
  const hit = paragraphs.find((b) => quoted.some((q) => text(b).includes(q))) ?? paragraphs.find((b) => b.type === 'paragraph') ?? paragraphs[0];
  if (!hit) return {};
  const quote = quoted.find((q) => text(hit).includes(q));
  const place = read.blocks.get(hit);
  return { ...(place ? { place } : {}), text: quote ?? text(hit) };
}
