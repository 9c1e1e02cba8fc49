import type { Block } from '../document/model.js';
import type { AuditFinding } from './finding.js';
import { placeAtOffset, type Place } from './read-model.js';
import type { ReadDocument } from './read-document.js';

/** One known slip: the wrong text as a pattern (in context, so a right use is not caught), what it should read and why. */
interface Slip {
  wrong: RegExp;
  right: string;
  why: string;
  /** Only in the 主要职责 items (overview.1), where each item is one sentence. */
  dutiesOnly?: boolean;
}

/**
 * D05 (spec §5.3 000-12): slips of typing or of character recognition that a word list can name without guessing —
 * `互联网十政务服务` (→ `互联网+`), `平合` (→ `平台`) — and a `。` between two items of an enumeration inside one
 * 主要职责 item (`电子政务机房。市级政务云平台、…` → `、`). Each pattern keeps to its context: `十年`, `公平合理`
 * and a `。` before the next numbered item are right.
 */
export const SLIPS: readonly Slip[] = [
  { wrong: /互联网十(?![年大多余几个周项万亿倍分])/gu, right: '互联网+', why: '“十”应为“+”' },
  { wrong: /(?<![公水和持])平合(?![理格法同作并约计适规])/gu, right: '平台', why: '“平合”应为“平台”' },
  {
    wrong: /。(?![（(][一二三四五六七八九十]+[）)]|\d+[.、．])(?=[^，,；;。：:、]{1,12}、)/gu,
    right: '、',
    why: '列举的各项之间用了句号，应为顿号',
    dutiesOnly: true,
  },
];

const DUTIES = 'overview.1';

/** A few characters either side of a match, for the message and the printed text. */
function around(text: string, at: number, length: number): string {
  return text.slice(Math.max(0, at - 4), at + length + 4);
}

function textFindings(text: string, section: string | undefined, where: string, placeOf: (offset: number) => Place | undefined): AuditFinding[] {
  return SLIPS.flatMap((slip) => {
    if (slip.dutiesOnly && section !== DUTIES) return [];
    return [...text.matchAll(slip.wrong)].map((m): AuditFinding => {
      const printed = around(text, m.index, m[0].length);
      const expected = `${text.slice(Math.max(0, m.index - 4), m.index)}${slip.right}${text.slice(m.index + m[0].length, m.index + m[0].length + 4)}`;
      const place = placeOf(m.index);
      return { rule: 'D05', severity: 'warning', ...(place ? { place } : {}), where, message: `疑似错别字：「${printed}」，${slip.why}`, printed, expected };
    });
  });
}

const narrativeText = (b: Block): string | undefined => (b.type === 'paragraph' || b.type === 'heading' ? b.text : b.type === 'partTitle' ? b.title : undefined);

/** D05 over every printed narrative paragraph and heading, and every text cell of the tables, each at its printed line or cell. */
export function slipFindings(read: ReadDocument): AuditFinding[] {
  const narrative = [...read.blocks.keys()].flatMap((b) => {
    const text = narrativeText(b);
    const section = b.type === 'paragraph' || b.type === 'heading' ? b.section : undefined;
    return text === undefined ? [] : textFindings(text, section, section ?? '封面', (at) => placeAtOffset(read.lineStarts.get(b), at, read.blocks.get(b)));
  });
  const tables = [...read.tables.values()].flatMap((keyed) =>
    keyed.table.rows.flatMap((row, r) =>
      row.flatMap((cell, c) => (cell.kind === 'content' && cell.role !== 'amount' ? textFindings(cell.text, undefined, `${keyed.table.id} ${keyed.table.rowKeys[r] ?? ''}`.trim(), () => keyed.places[r]?.[c] ?? keyed.titlePlace) : [])),
    ),
  );
  return [...narrative, ...tables];
}
