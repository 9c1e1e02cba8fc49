import type { Block, BudgetDocument, Part } from '../document/model.js';
import type { Profile } from '../document/profile.js';
import { assembleAnnex, docxSegment, type SegmentReader } from './assemble/annex.js';
import { assembleNarrative } from './assemble/narrative.js';
import { UnreadableError, type LineStart, type Place, type ReadBlock, type ReadLine } from './read-model.js';
import { readFacts } from './recognise/facts.js';
import { chooseReadProfile } from './recognise/profile-choice.js';
import { tableLabelId } from './recognise/titles.js';
import type { DocumentFacts, Reference } from './reference.js';
import { cleanText, docxText, type Cleaner } from './text-clean.js';
import type { KeyedTable, ReadProblem } from './tables/table-read.js';

/** A published document as read: the model the rules run on, and for every block and cell the place it was read from. */
export interface ReadDocument {
  document: BudgetDocument;
  profile: Profile;
  facts: DocumentFacts;
  reference: Reference;
  /** Place of each narrative block, by identity. */
  blocks: Map<Block, Place>;
  /** For a paragraph rejoined from several printed lines (text, PDF): where each line starts in its text. */
  lineStarts: Map<Block, LineStart[]>;
  /** The tables as rebuilt, by table key, with their cell places. */
  tables: Map<string, KeyedTable>;
  /** What could not be read or was not found: listed, never guessed. */
  problems: ReadProblem[];
}

/** How to read: whether lines are wrapped paragraphs (text, PDF) and how a table's blocks become a grid. */
export interface ReadOptions {
  wrapped: boolean;
  segment?: SegmentReader;
  /** `--profile`: the profile to read with instead of the best-matching one. */
  profile?: string;
  /** How texts are cleaned: extracted text by default when wrapped, a docx's own characters otherwise. */
  clean?: Cleaner;
}

/**
 * Recognises a published document from its printed blocks (issue 17): facts and profile from the titles, the
 * narrative parts by their labels and headings, the 附件 tables by their titles and headers. A file in which no
 * budget year or none of the edition's tables can be found is UnreadableError.
 */
export function recogniseDocument(blocks: readonly ReadBlock[], options: ReadOptions): ReadDocument {
  const lines = blocks.flatMap((b): ReadLine[] => (b.kind === 'line' ? [b.line] : []));
  const facts = readFacts(lines);
  if (!facts) throw new UnreadableError('没有找到预算年度和“部门预算”字样，不像是部门预算公开文档');
  const { profile, reference, matched } = chooseReadProfile(facts, lines.map((l) => l.text), options.profile);
  if (matched === 0) throw new UnreadableError('没有找到任何预算表（预算01表等）的标题，不像是部门预算公开文档');
  const label = annexLabel(reference.document);
  const annexAt = annexStart(blocks, label);
  const annexEnd = annexStop(blocks, annexAt, reference.document);
  const clean = options.clean ?? (options.wrapped ? cleanText : docxText);
  const lineSet = (from: number, to: number) => new Set(blocks.slice(from, to).flatMap((b) => (b.kind === 'line' ? [b.line] : [])));
  const before = lineSet(0, annexAt);
  const after = lineSet(annexEnd, blocks.length);
  const narrative = assembleNarrative(lines.filter((l) => before.has(l) || after.has(l)), profile, reference.document, options.wrapped, clean);
  const annex = assembleAnnex(blocks.slice(annexAt, annexEnd), reference, profile.tables, { scope: facts.scope, departmentGroupRow: false }, options.segment ?? docxSegment, clean, label);
  // Parts printed after the tables (a central layout: 概况, 预算表, 说明, 名词解释) follow the annex, as printed.
  const printedAfter = new Set([...after].map((l) => JSON.stringify(l.place)));
  const isAfter = (part: Part) => part.blocks[0] !== undefined && printedAfter.has(JSON.stringify(narrative.places.get(part.blocks[0]) ?? null));
  const cover = narrative.parts.find((p) => p.id === 'cover')?.blocks[0];
  const document: BudgetDocument = {
    meta: {
      // The edition's own print settings the reference carries (house style), then what was read.
      ...reference.document.meta,
      title: cover?.type === 'partTitle' ? cover.title : '',
      year: facts.year,
      name: facts.fullName,
      profile: profile.id,
      edition: profile.edition,
    },
    parts: [...narrative.parts.filter((p) => !isAfter(p)), annex.part, ...narrative.parts.filter(isAfter)],
  };
  return {
    document,
    profile,
    facts,
    reference,
    blocks: new Map([...narrative.places, ...annex.places]),
    lineStarts: narrative.lineStarts,
    tables: new Map(annex.tables.map((t) => [t.table.key, t])),
    problems: [...narrative.problems, ...annex.problems],
  };
}

/** How the edition's 附件 line begins (`附件`, or `第二部分` where the tables are a part of their own). */
export function annexLabel(reference: BudgetDocument): string {
  const line = reference.parts.find((p) => p.id === 'annex')?.blocks.find((b) => b.type === 'paragraph' && b.section === 'annex');
  const text = line?.type === 'paragraph' ? cleanText(line.text) : '';
  return /^(附件|第[一二三四五六七八九十]+部分)/.exec(text)?.[1] ?? '附件';
}

/**
 * Where the 附件 part starts: the last line that opens like the edition's 附件 line (`附件`, `第二部分`) before the
 * first table label or grid that follows the narrative; without one, at the first `预算NN表` label or grid.
 */
function annexStart(blocks: readonly ReadBlock[], label: string): number {
  const firstTable = blocks.findIndex((b) => b.kind === 'grid' || (b.kind === 'line' && tableLabelId(b.line.text) !== undefined));
  const limit = firstTable < 0 ? blocks.length : firstTable;
  for (let i = limit - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b?.kind === 'line' && cleanText(b.line.text).startsWith(label)) return i;
  }
  return limit;
}

const PART_LABEL = /^第[一二三四五六七八九十]+部分/;

/**
 * Where the 附件 part ends: at the label of a narrative part the edition prints after its tables (`第三部分` of a
 * central layout), else at the end of the document.
 */
function annexStop(blocks: readonly ReadBlock[], annexAt: number, reference: BudgetDocument): number {
  const order = reference.parts.map((p) => p.id);
  const later = new Set(
    reference.parts
      .filter((p, i) => i > order.indexOf('annex') && p.id !== 'annex')
      .flatMap((p) => p.blocks.flatMap((b) => (b.type === 'partTitle' && b.label ? [b.label] : []))),
  );
  if (later.size === 0) return blocks.length;
  const firstTable = blocks.findIndex((b, i) => i > annexAt && (b.kind === 'grid' || (b.kind === 'line' && tableLabelId(b.line.text) !== undefined)));
  for (let i = Math.max(annexAt + 1, firstTable); i < blocks.length; i++) {
    const b = blocks[i];
    const label = b?.kind === 'line' ? PART_LABEL.exec(cleanText(b.line.text))?.[0] : undefined;
    if (label && later.has(label)) return i;
  }
  return blocks.length;
}
