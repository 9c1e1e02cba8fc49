import type { Place, ReadLine } from '../read-model.js';
import { asciiDigits } from '../text-clean.js';

/** A word of a space-separated table line: an amount, a code, or text. */
export interface Token {
  text: string;
  kind: 'amount' | 'code' | 'text';
  place: Place;
}

/** One printed row: its label words (codes and texts), its amounts, and the words a wrapped label left after them. */
export interface TokenRow {
  labels: Token[];
  amounts: Token[];
  /** Label words printed after the amounts: the rest of names wrapped in their cells (`其他社会 … 0.08 / 保障缴费 缴费`). */
  tail: Token[];
  place: Place;
}

const AMOUNT = /^\d+\.\d{1,2}$|^[-—－]$/;
const CODE = /^\d+$|^[0-9A-Z]{12,}$/;
const GLUED = /(\d+\.\d{2})(?=[^\d.%]|$)/;

function kindOf(text: string): Token['kind'] {
  return AMOUNT.test(text) ? 'amount' : CODE.test(text) ? 'code' : 'text';
}

/**
 * The words of one line: split at spaces, and where the extraction glued an amount to the text after it
 * (`948.39一、本年支出`, seed 004's 04表) at the amount's end.
 */
export function lineTokens(line: ReadLine): Token[] {
  return asciiDigits(line.text)
    .trim()
    .split(/[\s\u3000]+/)
    .filter(Boolean)
    .flatMap((word) => (/[^\d.]/.test(word) && GLUED.test(word) ? word.split(GLUED).filter(Boolean) : [word]))
    .map((text) => ({ text, kind: kindOf(text), place: line.place }));
}

/**
 * Cuts the token stream into rows: a row's labels, then its amounts; after the amounts, a word that can start a
 * row (`startsRow`: a code, 合计, a project type) starts the next one, any other word is the tail of a wrapped label.
 * A wrapped name or code spread over several lines stays in its row, whatever the line breaks.
 */
export function tokenRows(tokens: readonly Token[], startsRow: (token: Token) => boolean = () => true): TokenRow[] {
  const rows: TokenRow[] = [];
  let current: TokenRow | undefined;
  for (const token of tokens) {
    if (current && token.kind !== 'amount' && current.amounts.length > 0 && !startsRow(token)) {
      current.tail.push(token);
      continue;
    }
    if (!current || (token.kind !== 'amount' && current.amounts.length > 0)) {
      current = { labels: [], amounts: [], tail: [], place: token.place };
      rows.push(current);
    }
    if (token.kind === 'amount') current.amounts.push(token);
    else current.labels.push(token);
  }
  return rows;
}
