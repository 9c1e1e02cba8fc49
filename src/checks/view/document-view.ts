import type { Location } from '../../model/diagnostic.js';
import type { Block, BudgetDocument, PrintStyle } from '../../document/model.js';
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
  const blocks = document.parts.flatMap((p) => p.blocks);
  const grids = blocks.flatMap((b) => (b.type === 'table' ? [b.table] : []));
  const tables = tableViews(grids);
  const kinds = new Map<string, TableView>();
  const free = [...freeTexts].sort((a, b) => b.length - a.length);
  const masks = new Map<string, string>();
  const sections = new Map<string, string | undefined>();
  let mask: ((text: string) => string) | undefined;
  let printed: PrintedText[] | undefined;
  tables.forEach((t) => {
    if (!kinds.has(t.table.key)) kinds.set(t.table.key, t);
  });
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
    section(id) {
      // The relations ask for the same few sections hundreds of times: joined once per id.
      if (!sections.has(id)) {
        const texts = blocks.flatMap((b) => (b.type === 'paragraph' && b.section === id ? [b.text] : []));
        sections.set(id, texts.length > 0 ? texts.join('') : undefined);
      }
      return sections.get(id);
    },
    texts: () => (printed ??= [...blocks.flatMap(blockTexts), ...tables.flatMap(tableTexts)]),
    freeTexts: free,
    masked: (text) => {
      let m = masks.get(text);
      if (m === undefined) masks.set(text, (m = (mask ??= freeTextMask(free))(text)));
      return m;
    },
  };
}

function blockTexts(block: Block): PrintedText[] {
  const narrative = (text: string, section: string, paragraph?: boolean): PrintedText[] => [
    { text, at: { kind: 'narrative', section }, section, ...(paragraph ? { paragraph } : {}) },
  ];
  switch (block.type) {
    case 'heading':
      return narrative(block.text, block.section ?? block.text.slice(0, 12));
    case 'paragraph':
      return narrative(block.text, block.section ?? block.text.slice(0, 12), true);
    case 'partTitle':
      return narrative(block.title, block.title);
    default:
      return [];
  }
}

function tableTexts(view: TableView): PrintedText[] {
  const t = view.table;
  const whole = (column: string): Location => ({ kind: 'table', key: t.key, table: t.id, column });
  const lines: PrintedText[] = [
    { text: t.title, at: whole('标题') },
    ...(t.subtitle ? [{ text: t.subtitle, at: whole('标题') }] : []),
    ...(t.nameLine ? [{ text: t.nameLine, at: whole('名称行') }] : []),
    ...t.notes.map((text) => ({ text, at: whole('备注') })),
  ];
  t.rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell?.kind !== 'content' || cell.role === 'amount' || !cell.text) continue;
      if (r < t.headerRows) lines.push({ text: cell.text, at: { kind: 'table', key: t.key, table: t.id, row: '表头', column: cell.text } });
      else lines.push(new BodyText(cell.text, view, r, c));
    }
  });
  return lines;
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
