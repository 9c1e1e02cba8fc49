import type { Location } from '../../model/diagnostic.js';
import type { Block, BudgetDocument, PrintStyle } from '../../document/model.js';
import { tableView, type TableView } from './table-view.js';

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
  const tables = grids.map(tableView);
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
      else lines.push(bodyText(cell.text, () => view.at(r, c)));
    }
  });
  return lines;
}

/** A body cell's text, located when first asked: most texts have no finding, and naming a row reads its labels. */
function bodyText(text: string, locate: () => Location): PrintedText {
  let at: Location | undefined;
  return {
    text,
    get at() {
      return (at ??= locate());
    },
  };
}

/** Replaces each of the input's free texts by `〇` (a Chinese character), so rules judge only what the tool wrote. */
export function maskFreeTexts(text: string, free: readonly string[]): string {
  return freeTextMask(free)(text);
}

/**
 * `maskFreeTexts` for one list of free texts and many texts, in time linear in the texts: each free text (in the
 * order given, longest first) is replaced where it occurs, as one `split/join` pass each, but only the free texts
 * that can occur are tried. A free text is indexed under the rarest of its two-character pieces; a text that holds
 * it holds that piece, so a text's candidates are the free texts filed under its own pieces. (Trying every free
 * text on every printed text was quadratic: 2.8 s of a 2,000-project document.) A piece is filed by a number made
 * from its two character codes (no string is cut out per position); two pieces sharing a number only add
 * candidates, each still tried by `includes`. A free text that holds `〇` may appear only after another is
 * masked, so it is always tried.
 */
export function freeTextMask(free: readonly string[]): (text: string) => string {
  const usable = usableFreeTexts(free);
  const counts = new Map<number, number>();
  const pieces = usable.map((f) => {
    const own = new Set<number>();
    for (let i = 0; i + 2 <= f.length; i++) own.add(pieceAt(f, i));
    for (const piece of own) counts.set(piece, (counts.get(piece) ?? 0) + 1);
    return own;
  });
  const filed = new Map<number, number[]>();
  const always: number[] = [];
  usable.forEach((f, index) => {
    if (f.includes(MASK)) return void always.push(index);
    let rarest = 0;
    let fewest = Infinity;
    for (const piece of pieces[index] ?? []) {
      const count = counts.get(piece) ?? 0;
      if (count < fewest) [rarest, fewest] = [piece, count];
    }
    const list = filed.get(rarest);
    if (list) list.push(index);
    else filed.set(rarest, [index]);
  });
  // A candidate is tried on the text as given (one without `〇` can occur after masking only where it occurred
  // before), so only the free texts that occur are sorted and masked; `seen` marks those tried for this text.
  const seen = new Int32Array(usable.length);
  let round = 0;
  return (text) => {
    round++;
    const found: number[] = [...always];
    for (let i = 0; i + 2 <= text.length; i++) {
      const list = filed.get(pieceAt(text, i));
      if (list === undefined) continue;
      for (const index of list) {
        if (seen[index] === round) continue;
        seen[index] = round;
        if (text.includes(usable[index] ?? '')) found.push(index);
      }
    }
    if (found.length === 0) return text;
    let out = text;
    for (const index of Int32Array.from(found).sort()) {
      const f = usable[index] ?? '';
      if (out.includes(f)) out = out.split(f).join(MASK);
    }
    return out;
  };
}

/**
 * The free texts worth trying, in order: two characters or more, and each once (inputs repeat indicator texts
 * thousands of times). Masking a text again changes nothing unless it holds `〇` (masking others cannot make a new
 * occurrence: every join they leave is a `〇`), so only those keep their repeats.
 */
function usableFreeTexts(free: readonly string[]): string[] {
  const seen = new Set<string>();
  return free.filter((f) => {
    if (f.length < 2) return false;
    if (f.includes(MASK)) return true;
    if (seen.has(f)) return false;
    seen.add(f);
    return true;
  });
}

/** The two characters at `i` as one small integer (15 bits of each code, so V8 keeps it unboxed). */
function pieceAt(text: string, i: number): number {
  return ((text.charCodeAt(i) & 0x7fff) << 15) | (text.charCodeAt(i + 1) & 0x7fff);
}

const MASK = '〇';
