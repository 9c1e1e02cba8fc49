import type { Block, BudgetDocument } from '../document/model.js';
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
  const annexAt = annexStart(blocks);
  const clean = options.clean ?? (options.wrapped ? cleanText : docxText);
  const before = new Set(blocks.slice(0, annexAt).flatMap((b) => (b.kind === 'line' ? [b.line] : [])));
  const narrative = assembleNarrative(lines.filter((l) => before.has(l)), profile, reference.document, options.wrapped, clean);
  const annex = assembleAnnex(blocks.slice(annexAt), reference, profile.tables, { scope: facts.scope, departmentGroupRow: false }, options.segment ?? docxSegment, clean);
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
    parts: [...narrative.parts, annex.part],
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

/**
 * Where the 附件 part starts: the last `附件` line before the first table label or grid that follows the
 * narrative; without one, at the first `预算NN表` label or grid.
 */
function annexStart(blocks: readonly ReadBlock[]): number {
  const firstTable = blocks.findIndex((b) => b.kind === 'grid' || (b.kind === 'line' && tableLabelId(b.line.text) !== undefined));
  const limit = firstTable < 0 ? blocks.length : firstTable;
  for (let i = limit - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b?.kind === 'line' && /^附件/.test(cleanText(b.line.text))) return i;
  }
  return limit;
}
