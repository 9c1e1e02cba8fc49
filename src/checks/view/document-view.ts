import type { Location } from '../../model/diagnostic.js';
import type { Block, BudgetDocument, GridTable, PrintStyle } from '../../document/model.js';
import { freeTextMask } from './free-text-mask.js';
import { tableViews, type TableView } from './table-view.js';

export { freeTextMask, maskFreeTexts } from './free-text-mask.js';

/**
 * The tables a document rule asks for, by the key the profile gives them (never by printed number or title):
 * a profile may renumber, retitle, reorder or drop tables and the same rules run on what is there.
 */
export const TABLE_KINDS = [
  'income-expenditure',
  'income',
  'expenditure',
  'appropriation-income-expenditure',
  'general-public-expenditure',
  'general-public-basic-expenditure',
  'economic-summary',
  'three-public-costs',
  'gov-fund-expenditure',
  'state-capital-expenditure',
  'operating-funds',
  'project-expenditure',
  'overall-performance',
  'project-performance',
] as const;

export type TableKind = (typeof TABLE_KINDS)[number];

/** True for a key the rules know a table by. */
export function isTableKind(key: string): key is TableKind {
  return (TABLE_KINDS as readonly string[]).includes(key);
}

/** One piece of printed text and where it is, for the text lint. */
export interface PrintedText {
  text: string;
  /** Where it is; a body cell's is worked out when first read (naming its row reads the labels left of it). */
  readonly at: Location;
  /** The narrative section of a narrative text (its `at` is `{ kind: 'narrative', section }`); absent for table texts. */
  section?: string;
  /** True for narrative paragraphs (not headings or table texts). */
  paragraph?: boolean;
}

/**
 * The narrative style a document without `meta.style` was printed in (built before the style was recorded, or
 * written by hand): the Luoyang seeds' (万元, 2 decimals, zero `0`, percentages with 2 decimals, 保持一致).
 */
export const SEED_STYLE: PrintStyle = {
  narrativeAmount: { unit: '万元', decimals: 2, thousands: false },
  narrativeZero: '0',
  shareDecimals: 2,
  growthDecimals: 2,
  flatWording: '保持一致',
};

/** The built document as the document rules read it. */
export interface DocumentView {
  document: BudgetDocument;
  year: number;
  /** The narrative's house style as the document records it (meta.style), else SEED_STYLE. */
  style: PrintStyle;
  /** True when the document records its style (a document built by this version); false when `style` is assumed. */
  styleKnown: boolean;
  tables: TableView[];
  table(kind: TableKind): TableView | undefined;
  /** How a message names a table of this document: its printed label (`预算01表`), or the key when it is absent. */
  label(kind: TableKind): string;
  /** The table of that kind read through a table reader (budget01, functionTable, …); undefined when absent. */
  read<T>(kind: TableKind, reader: (t: TableView) => T): T | undefined;
  /** The paragraphs of one narrative section (`explanation.1`, `explanation.10.3`), joined; undefined when absent. */
  section(id: string): string | undefined;
  /** Every printed text: headings, paragraphs, table titles, name lines, notes and text cells. */
  texts(): PrintedText[];
  /** The input's free texts, when known: the text lint reports them at their input path instead. */
  freeTexts: string[];
  /** `text` with the free texts masked (maskFreeTexts), cached per view. */
  masked(text: string): string;
}

/** Reads a built document once for every document rule. */
export function documentView(document: BudgetDocument, freeTexts: readonly string[] = []): DocumentView {
  const blocks: Block[] = [];
  const grids: GridTable[] = [];
  for (const part of document.parts)
    for (const b of part.blocks) {
      blocks.push(b);
      if (b.type === 'table') grids.push(b.table);
    }
  const tables = tableViews(grids);
  const kinds = new Map<string, TableView>();
  const free = longestFirst(freeTexts);
  const masks = new Map<string, string>();
  let sections: Map<string, string> | undefined;
  let mask: ((text: string) => string) | undefined;
  let printed: PrintedText[] | undefined;
  for (const t of tables) if (!kinds.has(t.table.key)) kinds.set(t.table.key, t);
  return {
    document,
    year: document.meta.year,
    style: document.meta.style ?? SEED_STYLE,
    styleKnown: document.meta.style !== undefined,
    tables,
    table: (kind) => kinds.get(kind),
    label: (kind) => kinds.get(kind)?.table.label ?? kind,
    read(kind, reader) {
      const t = kinds.get(kind);
      return t && reader(t);
    },
    // The relations ask for the same few sections hundreds of times: every section is joined in one pass, when first asked.
    section: (id) => (sections ??= sectionTexts(blocks)).get(id),
    texts: () => (printed ??= printedTexts(blocks, tables)),
    freeTexts: free,
    masked: (text) => {
      let m = masks.get(text);
      if (m === undefined) masks.set(text, (m = (mask ??= freeTextMask(free))(text)));
      return m;
    },
  };
}

/**
 * The free texts longest first, texts of one length in the order given: what a stable sort by length gives, by
 * counting (a sort with a comparator call per comparison was a visible part of every document check).
 */
function longestFirst(texts: readonly string[]): string[] {
  let longest = 0;
  for (const t of texts) if (t.length > longest) longest = t.length;
  // starts[n]: where the texts of length n begin in the output (longer ones first).
  const starts = new Array<number>(longest + 2).fill(0);
  for (const t of texts) starts[t.length]!++;
  let at = 0;
  for (let n = longest; n >= 0; n--) {
    const count = starts[n]!;
    starts[n] = at;
    at += count;
  }
  const out = new Array<string>(texts.length);
  for (const t of texts) out[starts[t.length]!++] = t;
  return out;
}

/** Each narrative section's paragraphs, joined, by section id (a section without paragraphs is absent). */
function sectionTexts(blocks: readonly Block[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of blocks) {
    if (b.type !== 'paragraph' || b.section === undefined) continue;
    const before = out.get(b.section);
    out.set(b.section, before === undefined ? b.text : before + b.text);
  }
  return out;
}

/** Every printed text, blocks first and then the tables' texts, in document order within each. */
function printedTexts(blocks: readonly Block[], tables: readonly TableView[]): PrintedText[] {
  const out: PrintedText[] = [];
  for (const b of blocks) blockText(b, out);
  for (const t of tables) tableTexts(t, out);
  return out;
}

function blockText(block: Block, out: PrintedText[]): void {
  switch (block.type) {
    case 'heading':
      return void out.push(narrative(block.text, block.section ?? block.text.slice(0, 12)));
    case 'paragraph':
      return void out.push(narrative(block.text, block.section ?? block.text.slice(0, 12), true));
    case 'partTitle':
      return void out.push(narrative(block.title, block.title));
    default:
  }
}

function narrative(text: string, section: string, paragraph?: boolean): PrintedText {
  return { text, at: { kind: 'narrative', section }, section, ...(paragraph ? { paragraph } : {}) };
}

function tableTexts(view: TableView, lines: PrintedText[]): void {
  const t = view.table;
  const whole = (column: string): Location => ({ kind: 'table', key: t.key, table: t.id, column });
  lines.push({ text: t.title, at: whole('标题') });
  if (t.subtitle) lines.push({ text: t.subtitle, at: whole('标题') });
  if (t.nameLine) lines.push({ text: t.nameLine, at: whole('名称行') });
  for (const text of t.notes) lines.push({ text, at: whole('备注') });
  for (let r = 0; r < t.rows.length; r++) {
    const row = t.rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell?.kind !== 'content' || cell.role === 'amount' || !cell.text) continue;
      if (r < t.headerRows) lines.push({ text: cell.text, at: { kind: 'table', key: t.key, table: t.id, row: '表头', column: cell.text } });
      else lines.push(new BodyText(cell.text, view, r, c));
    }
  }
}

/** A body cell's text, located when first asked: most texts have no finding, and naming a row reads its labels. */
class BodyText implements PrintedText {
  #at: Location | undefined;
  constructor(
    readonly text: string,
    private readonly view: TableView,
    private readonly row: number,
    private readonly col: number,
  ) {}

  get at(): Location {
    return (this.#at ??= this.view.at(this.row, this.col));
  }
}
