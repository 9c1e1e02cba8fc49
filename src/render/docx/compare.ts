import type { BudgetDocument } from '../../document/model.js';
import { diffSequences, segmentsOf } from '../verify/diff.js';
import type { Difference } from '../verify/difference.js';
import { textChanges } from '../verify/text-changes.js';
import type { DocxItem } from './docx-xml.js';
import { placedItems, type PlacedItem } from './expected.js';

/** Every difference between the items read from a .docx and those the model asks for, aligned by a diff, in document order. */
export function itemDifferences(doc: BudgetDocument, actual: readonly DocxItem[]): Difference[] {
  const expected = placedItems(doc);
  const out: Difference[] = [];
  const wanted = expected.map((p) => keyOf(p.item));
  const read = actual.map(keyOf);
  for (const segment of segmentsOf(diffSequences(wanted, read))) {
    if (segment.same) {
      const want = expected[segment.a];
      const got = actual[segment.b];
      // Paragraphs with one key read the same (the key is the whole flat text); a table's key is only its first row,
      // and past diffSequences' limit items are paired by position, keys unequal.
      const alike = got?.kind === 'paragraph' && wanted[segment.a] === read[segment.b];
      if (want && got && !alike) out.push(...pairDifferences(want, got));
      continue;
    }
    const { removed, added } = segment;
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      const want = expected[removed[i] ?? -1];
      const got = actual[added[i] ?? -1];
      if (want && got && want.item.kind === got.kind) out.push(...pairDifferences(want, got));
      else {
        if (want) out.push({ kind: 'missing', place: want.place, text: textOf(want.item) });
        if (got) out.push({ kind: 'extra', place: after(segment.after === undefined ? undefined : expected[segment.after]?.place, '文档开头'), text: textOf(got) });
      }
    }
  }
  return out;
}

/** Paragraphs compare without line breaks (layout) and without a 目录 line's page number (`⇥12`). */
function flat(text: string): string {
  if (!text.includes('\n') && !text.includes('\t')) return text;
  return text.replace(/\n/g, '').replace(/\t\s*\d+\s*$/, '');
}

function keyOf(item: DocxItem): string {
  return item.kind === 'paragraph' ? `p:${flat(item.text)}` : `t:${(item.rows[0] ?? []).map(flat).join('|')}`;
}

function textOf(item: DocxItem): string {
  return item.kind === 'paragraph' ? item.text : `表格（${item.rows.length}行）：${(item.rows[0] ?? []).join(' ')}`;
}

function after(place: string | undefined, otherwise: string): string {
  return place === undefined ? otherwise : `${place}之后`;
}

function pairDifferences(want: PlacedItem, got: DocxItem): Difference[] {
  if (want.item.kind === 'paragraph' && got.kind === 'paragraph') {
    return textChanges(flat(want.item.text), flat(got.text)).map((change) => ({ kind: 'changed', place: want.place, change }));
  }
  if (want.item.kind === 'table' && got.kind === 'table') return tableDifferences(want, want.item.rows, got.rows);
  return [];
}

/** Rows aligned by a diff, then cell by cell; a cell's place is its `表!单元格` in the generated .xlsx. */
function tableDifferences(want: PlacedItem, expected: readonly string[][], actual: readonly string[][]): Difference[] {
  if (sameRows(expected, actual)) return [];
  const rowKey = (row: readonly string[]) => row.map(flat).join('|');
  const wanted = expected.map(rowKey);
  const read = actual.map(rowKey);
  if (wanted.length === read.length && wanted.every((key, r) => key === read[r])) return [];
  const out: Difference[] = [];
  for (const segment of segmentsOf(diffSequences(wanted, read))) {
    if (segment.same) continue;
    const { removed, added } = segment;
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < pairs; i++) out.push(...rowDifferences(want, removed[i] ?? 0, expected, actual[added[i] ?? 0] ?? []));
    for (const r of removed.slice(pairs)) out.push({ kind: 'missing', place: want.row?.(r) ?? want.place, text: (expected[r] ?? []).join(' ') });
    const previous = segment.after === undefined ? undefined : want.row?.(segment.after);
    for (const r of added.slice(pairs)) out.push({ kind: 'extra', place: after(previous, `${want.place}开头`), text: (actual[r] ?? []).join(' ') });
  }
  return out;
}

/**
 * Every cell's text the same as written (nearly always): the rows then have the same keys, which are not made (building
 * them for every cell of a seed was a third of itemDifferences).
 */
function sameRows(expected: readonly string[][], actual: readonly string[][]): boolean {
  if (expected.length !== actual.length) return false;
  for (let r = 0; r < expected.length; r++) {
    const a = expected[r] ?? [];
    const b = actual[r] ?? [];
    if (a.length !== b.length) return false;
    for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return false;
  }
  return true;
}

function rowDifferences(want: PlacedItem, r: number, expected: readonly string[][], got: readonly string[]): Difference[] {
  const row = expected[r] ?? [];
  const rowPlace = want.row?.(r) ?? want.place;
  const out: Difference[] = [];
  for (let c = 0; c < Math.max(row.length, got.length); c++) {
    const place = want.cell?.(r, c) ?? `${rowPlace}第${c + 1}格`;
    const a = row[c];
    const b = got[c];
    if (a === undefined) out.push({ kind: 'extra', place: `${rowPlace}末尾`, text: b ?? '' });
    else if (b === undefined) out.push({ kind: 'missing', place, text: a });
    else if (flat(a) !== flat(b)) out.push({ kind: 'changed', place, change: { expected: flat(a), actual: flat(b), before: '' } });
  }
  return out;
}
