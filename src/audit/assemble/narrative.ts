import type { Block, BudgetDocument, Part, PartId } from '../../document/model.js';
import type { OutlineSection, Profile } from '../../document/profile.js';
import type { LineStart, Place, ReadLine } from '../read-model.js';
import { cleanText, labelKey, similarity, type Cleaner } from '../text-clean.js';
import type { ReadProblem } from '../tables/table-read.js';
import { joinParagraphs } from './paragraphs.js';

/** The narrative parts as read, the place of each block, and the sections the edition has that were not found. */
export interface NarrativeRead {
  parts: Part[];
  places: Map<Block, Place>;
  /** Where each printed line of a paragraph rejoined from several lines starts in its text. */
  lineStarts: Map<Block, LineStart[]>;
  problems: ReadProblem[];
}

const NUMERALS = '一二三四五六七八九十';
const PART_LABEL = new RegExp(`^第([${NUMERALS}]+)部分`);
const LEVEL2 = new RegExp(`^([${NUMERALS}]+)、`);
const LEVEL3 = new RegExp(`^[（(]([${NUMERALS}]+)[）)]`);
const ARABIC = /^(\d{1,2})[.．](?!\d)/;

type Numbering = Profile['outline']['numbering']['level2'];

/** The number a heading prints in a numbering style (`三、` → 3, `（三）` → 3, `3.` → 3), or undefined. */
const NUMBER_OF: Readonly<Record<'cn-comma' | 'cn-paren' | 'arabic-dot', (text: string) => number | undefined>> = {
  'cn-comma': (t) => numeralValue(LEVEL2.exec(t)?.[1] ?? '') || undefined,
  'cn-paren': (t) => numeralValue(LEVEL3.exec(t)?.[1] ?? '') || undefined,
  'arabic-dot': (t) => Number(ARABIC.exec(t)?.[1] ?? 0) || undefined,
};

/**
 * Which section of `sections` a heading-like line opens: by the number its level prints (the profile's outline
 * numbering; `as-written` reads the house style of that level), else, for a heading printed without a number
 * (`none`, or a text written without one), by its words.
 */
function sectionOf(text: string, sections: readonly OutlineSection[], style: Numbering, asWritten: keyof typeof NUMBER_OF, headings: ReadonlyMap<string, string>): OutlineSection | undefined {
  if (!headingLike(text)) return undefined;
  const n = style === 'none' ? undefined : NUMBER_OF[style === 'as-written' ? asWritten : style](text);
  if (n !== undefined) return sections[n - 1];
  const key = labelKey(text);
  return sections.find((s) => labelKey(headings.get(s.id) ?? '') === key);
}

/** 一 … 九十九 as a number (0 when not a numeral). */
export function numeralValue(text: string): number {
  const digit = (c: string | undefined) => (c ? NUMERALS.indexOf(c) + 1 : 0);
  if (text === '十') return 10;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? digit(text) : 0;
  return (ten === 0 ? 1 : digit(text[0])) * 10 + (ten === text.length - 1 ? 0 : digit(text[ten + 1]));
}

/** A short line without a full stop, as headings are. */
const headingLike = (text: string) => text.length <= 40 && !/[。；]/.test(text);

/**
 * Reads the narrative (spec §1.1–§1.5): the cover title, the 目录, then each `第N部分` with its title, its
 * headings mapped to the profile's outline by number (一、 → the first section; （一） under a section that
 * has sub-sections), and its paragraphs; 名词解释 items as `glossary.N`.
 */
export function assembleNarrative(lines: readonly ReadLine[], profile: Profile, reference: BudgetDocument, wrapped: boolean, clean: Cleaner): NarrativeRead {
  const places = new Map<Block, Place>();
  const lineStarts = new Map<Block, LineStart[]>();
  const texts = lines.map((l) => cleanText(l.text.replace(/\n/g, ' ')));
  const tocAt = texts.findIndex((t) => t === '目录');
  const labels = texts.map((t) => PART_LABEL.exec(t)?.[1]).map((n) => (n ? numeralValue(n) : 0));
  const bodyAt = firstBodyPart(labels, tocAt);
  const parts: Part[] = [];
  const coverLines = lines.slice(0, tocAt >= 0 ? tocAt : Math.max(0, bodyAt));
  if (coverLines.length > 0) {
    const block: Block = { type: 'partTitle', title: coverLines.map((l) => clean(l.text)).join('') };
    places.set(block, coverLines[0]!.place);
    parts.push({ id: 'cover', blocks: [block] });
  }
  if (tocAt >= 0) parts.push(tocPart(lines.slice(tocAt + 1, bodyAt < 0 ? lines.length : bodyAt), places, clean));
  const starts = labels.map((n, i) => (n > 0 && i >= bodyAt && bodyAt >= 0 ? i : -1)).filter((i) => i >= 0);
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    const part = partRead(lines.slice(start, end), labels[start] ?? 0, { profile, reference, wrapped, clean, lineStarts }, places);
    if (part) parts.push(part);
  });
  return { parts, places, lineStarts, problems: missingSections(parts, reference, lines[0]?.place) };
}

/** The first part label of the body: after the 目录, the first label seen a second time. */
function firstBodyPart(labels: readonly number[], tocAt: number): number {
  if (tocAt < 0) return labels.findIndex((n) => n > 0);
  const seen = new Set<number>();
  for (let i = tocAt + 1; i < labels.length; i++) {
    const n = labels[i] ?? 0;
    if (n === 0) continue;
    if (seen.has(n)) return i;
    seen.add(n);
  }
  return -1;
}

const TOC_ENTRY = new RegExp(`^(第[${NUMERALS}]+部分|附件|[${NUMERALS}]+、|[（(][${NUMERALS}]+[）)])`);

function tocPart(lines: readonly ReadLine[], places: Map<Block, Place>, clean: Cleaner): Part {
  const texts: string[] = [];
  for (const line of lines) {
    // An updated 目录 field prints dot leaders and the page number (`名词解释……3`, or `主要职责3` when the entry fills
    // the line): an entry never ends in a digit of its own. A line that starts no entry continues the one above.
    const text = clean(line.text.replace(/\n/g, ' ').replace(/[\t .．…·•]*\d{1,3}\s*$/, ''));
    if (text === '') continue;
    if (texts.length > 0 && !TOC_ENTRY.test(text)) texts[texts.length - 1] += text;
    else texts.push(text);
  }
  const entries = texts
    .map((t) => t.replace(/^(第[一二三四五六七八九十]+部分)\s*/, '$1 '))
    .map((text) => ({ level: PART_LABEL.test(text) || /^附件/.test(text) ? 1 : 2, text }));
  const block: Block = { type: 'toc', title: '目录', entries };
  if (lines[0]) places.set(block, lines[0].place);
  return { id: 'toc', blocks: [block] };
}

interface PartContext {
  profile: Profile;
  reference: BudgetDocument;
  wrapped: boolean;
  clean: Cleaner;
  lineStarts: Map<Block, LineStart[]>;
}

function partRead(lines: readonly ReadLine[], n: number, { profile, reference, wrapped, clean, lineStarts }: PartContext, places: Map<Block, Place>): Part | undefined {
  const label = `第${'一二三四五六七八九十'[n - 1] ?? n}部分`;
  const refPart = reference.parts.find((p) => p.blocks.some((b) => b.type === 'partTitle' && b.label === label));
  const id: PartId | undefined = refPart?.id;
  if (!id || !refPart) return undefined;
  const first = clean((lines[0]?.text ?? '').replace(/\n/g, ' ')).replace(PART_LABEL, '').trim();
  const expected = refPart.blocks.find((b) => b.type === 'partTitle');
  const expectedTitle = expected?.type === 'partTitle' ? labelKey(expected.title) : '';
  let titleLines = first ? 0 : 1;
  let title = first || clean(lines[1]?.text ?? '');
  const joined = title + clean(lines[2]?.text ?? '');
  if (!first && lines[2] && similarity(labelKey(joined), expectedTitle) > similarity(labelKey(title), expectedTitle) && !LEVEL2.test(cleanText(lines[2].text))) {
    title = joined;
    titleLines = 2;
  }
  const head: Block = { type: 'partTitle', label, title, outline: 1 };
  places.set(head, lines[0]!.place);
  const sections = profile.outline.parts.find((p) => p.id === id)?.sections ?? [];
  const body = lines.slice(1 + titleLines);
  const headings = new Map(reference.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'heading' && b.section ? [[b.section, b.text] as const] : []))));
  const blocks = id === 'glossary' ? glossaryBlocks(body, wrapped, clean, places, lineStarts) : sectionBlocks(body, sections, { wrapped, clean, headings, lineStarts, numbering: profile.outline.numbering }, places);
  return { id, blocks: [head, ...blocks] };
}

function glossaryBlocks(lines: readonly ReadLine[], wrapped: boolean, clean: Cleaner, places: Map<Block, Place>, lineStarts: Map<Block, LineStart[]>): Block[] {
  return joinParagraphs(lines, wrapped, clean, (t) => LEVEL2.test(t)).map((p, i) => {
    const n = numeralValue(LEVEL2.exec(p.text)?.[1] ?? '') || i + 1;
    const block: Block = { type: 'paragraph', text: p.text, style: 'body', section: `glossary.${n}` };
    places.set(block, p.place);
    if (p.starts.length > 1) lineStarts.set(block, p.starts);
    return block;
  });
}

interface SectionContext {
  wrapped: boolean;
  clean: Cleaner;
  headings: ReadonlyMap<string, string>;
  lineStarts: Map<Block, LineStart[]>;
  numbering: Profile['outline']['numbering'];
}

function sectionBlocks(lines: readonly ReadLine[], sections: readonly OutlineSection[], { wrapped, clean, headings, lineStarts, numbering }: SectionContext, places: Map<Block, Place>): Block[] {
  const blocks: Block[] = [];
  let level2: OutlineSection | undefined;
  let section: string | undefined;
  let run: ReadLine[] = [];
  const flush = () => {
    for (const p of joinParagraphs(run, wrapped, clean)) {
      const block: Block = { type: 'paragraph', text: p.text, style: 'body', ...(section ? { section } : {}) };
      places.set(block, p.place);
      if (p.starts.length > 1) lineStarts.set(block, p.starts);
      blocks.push(block);
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = clean(line.text.replace(/\n/g, ' '));
    const target2 = sectionOf(text, sections, numbering.level2, 'cn-comma', headings);
    const target3 = !target2 && level2?.sections ? sectionOf(text, level2.sections, numbering.level3, 'cn-paren', headings) : undefined;
    const target = target2 ?? target3;
    if (!target) {
      run.push(line);
      continue;
    }
    flush();
    if (target2) level2 = target2;
    section = target.id;
    // A heading a PDF wrapped onto the next line: taken whole while the edition's heading goes on with it.
    let heading = text;
    const want = labelKey(headings.get(target.id) ?? '');
    for (let next = lines[i + 1]; wrapped && next && want.length > labelKey(heading).length && want.startsWith(labelKey(heading + clean(next.text))); next = lines[i + 1]) {
      heading += clean(next.text);
      i++;
    }
    const block: Block = { type: 'heading', level: target2 ? 2 : 3, text: heading, section: target.id };
    places.set(block, line.place);
    blocks.push(block);
  }
  flush();
  return blocks;
}

/** Each heading and part of the edition that the document does not print (issue 17: "missing sections and tables"). */
function missingSections(parts: readonly Part[], reference: BudgetDocument, place: Place | undefined): ReadProblem[] {
  const found = new Set(parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'heading' && b.section ? [b.section] : []))));
  const foundParts = new Set(parts.map((p) => p.id));
  return reference.parts.flatMap((p) => {
    if (p.id === 'annex' || p.id === 'cover' || p.id === 'toc') return [];
    if (!foundParts.has(p.id)) {
      const title = p.blocks.find((b) => b.type === 'partTitle');
      return [{ kind: 'section' as const, ...(place ? { place } : {}), message: `未找到“${title?.type === 'partTitle' ? [title.label, title.title].filter(Boolean).join(' ') : p.id}”部分` }];
    }
    return p.blocks.flatMap((b) => (b.type === 'heading' && b.section && !found.has(b.section) ? [{ kind: 'section' as const, ...(place ? { place } : {}), message: `未找到标题“${b.text}”（${b.section}）` }] : []));
  });
}
