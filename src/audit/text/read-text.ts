import { UnreadableError, type ReadBlock } from '../read-model.js';

/** `- 7 -`, `— 7 —`, `-7-`: a page number line the extraction mixes into the text (spec §1.1). */
export const PAGE_NUMBER = /^\s*[-—－–]\s*(\d+)\s*[-—－–]\s*$/;

/** Decodes a text file: UTF-8 (with or without BOM); GB18030 when the bytes are not UTF-8 (files saved by Chinese Windows). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new UnreadableError('不是文本文件（既不是 UTF-8 也不是 GB18030 编码）');
    }
  }
}

/**
 * The printed lines of a text extracted from a PDF, each with its line number and, when the text carries page
 * numbers (`- 7 -` lines or form feeds), its page. Blank lines and the page number lines themselves are dropped.
 */
export function textLines(text: string): ReadBlock[] {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const pages = pageNumbers(raw);
  const blocks: ReadBlock[] = [];
  raw.forEach((line, i) => {
    const text = line.replace(/\f/g, '');
    if (text.trim() === '' || PAGE_NUMBER.test(text)) return;
    const page = pages[i];
    blocks.push({ kind: 'line', line: { text, place: { kind: 'line', line: i + 1, ...(page !== undefined ? { page } : {}) } } });
  });
  return blocks;
}

/**
 * The page of each line: a page number line closes its page (the lines since the previous one are on it), a form
 * feed starts the next page. Undefined for every line when the text carries neither.
 */
function pageNumbers(lines: readonly string[]): (number | undefined)[] {
  const out: (number | undefined)[] = new Array<number | undefined>(lines.length).fill(undefined);
  const feeds = lines.some((l) => l.includes('\f'));
  // Page numbers count only when every page printed one (N, N+1, …): a few stray ones (seed 004 keeps 3 of 35) would misplace every line.
  const numbers = lines.flatMap((l) => PAGE_NUMBER.exec(l)?.[1] ?? []).map(Number);
  const footers = numbers.length >= 2 && numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
  if (!feeds && !footers) return out;
  let start = 0;
  let page = 1;
  lines.forEach((line, i) => {
    const m = footers ? PAGE_NUMBER.exec(line) : null;
    if (m) {
      const n = Number(m[1]);
      for (let k = start; k <= i; k++) out[k] = n;
      start = i + 1;
      page = n + 1;
    } else if (!footers && line.includes('\f')) {
      page += line.split('\f').length - 1;
      out[i] = page;
      start = i + 1;
    } else out[i] = page;
  });
  for (let k = start; k < lines.length; k++) out[k] = page;
  return out;
}

/** Reads a .txt file into printed lines (see textLines). */
export function readText(bytes: Uint8Array): ReadBlock[] {
  return textLines(decodeText(bytes));
}
