import { z } from 'zod';
import type { Diagnostic } from '../model/diagnostic.js';

/*
 * The document model both writers consume (pandoc-style AST): parts of blocks, every text already printed.
 * Renderers never compute or format a figure; they only lay these out. Declared once, as zod schemas: the types
 * below are inferred from them, and `budgetDocumentSchema` parses the model a .docx carries (`yusuan verify`).
 * Objects are loose, since the embedded model is input like any file and a newer model must round-trip; the
 * inferred types drop the index signature that adds (see `Declared`), so code still names every field it uses.
 */

/** A figure inside a narrative sentence: its key, where it sits in `text` ([start, end), UTF-16 offsets), as printed. */
const slotSchema = z.looseObject({
  key: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** The exact value behind the printed text (`3374.03`, `3.1748…`), when it is a number. */
  value: z.string().optional(),
});

/** How amounts print (src/model/money.ts AmountFormat): unit, decimals, thousands separators. */
const amountFormatSchema = z.looseObject({
  unit: z.enum(['万元', '元']),
  decimals: z.number().int().nonnegative(),
  thousands: z.boolean(),
});

/**
 * The house style the narrative was printed in (resolved from the profile and the input), so that a validator
 * reads the document as printed, also when it is read back from a .docx: amounts, a zero, the precision of
 * shares and growth rates, and the word for no change.
 */
const printStyleSchema = z.looseObject({
  narrativeAmount: amountFormatSchema,
  /** A narrative zero amount: `0` or `0.00` (in the amount's decimals). */
  narrativeZero: z.enum(['0', '0.00']),
  shareDecimals: z.number().int().nonnegative(),
  growthDecimals: z.number().int().nonnegative(),
  flatWording: z.string(),
});

const metaSchema = z.looseObject({
  /** Cover title, e.g. `2024年洛阳市城乡一体化示范区政务服务中心部门预算说明`. */
  title: z.string(),
  year: z.number().int(),
  /** Name as printed on the name lines (全称, plus （汇总） where it applies). */
  name: z.string(),
  profile: z.string(),
  edition: z.string(),
  /** The input's file name (without extension), used for output names. */
  source: z.string().optional(),
  /** The narrative's house style as printed (absent in documents built before it was recorded: the Luoyang style). */
  style: printStyleSchema.optional(),
});

const partIdSchema = z.enum(['cover', 'toc', 'overview', 'explanation', 'glossary', 'annex']);

/** `第一部分` over `{全称}概况`, centred (spec §1.1). `title` alone for the cover. */
const partTitleBlockSchema = z.looseObject({
  type: z.literal('partTitle'),
  label: z.string().optional(),
  title: z.string(),
  /** Outline level for the TOC: 1 for part titles, none for the cover. */
  outline: z.number().int().optional(),
});

/** 一、 headings are level 2 (黑体), （一） headings level 3 (楷体). */
const headingBlockSchema = z.looseObject({
  type: z.literal('heading'),
  level: z.union([z.literal(2), z.literal(3)]),
  text: z.string(),
  /** Narrative section id (`explanation.1`, `explanation.10.3`), for document rules and locations. */
  section: z.string().optional(),
  /** Figures inside the heading's text. */
  slots: z.array(slotSchema).optional(),
});

const paragraphBlockSchema = z.looseObject({
  type: z.literal('paragraph'),
  text: z.string(),
  /** body: indented 仿宋; plain: no indent; bold: the 附件 line. */
  style: z.enum(['body', 'plain', 'bold', 'list']).optional(),
  section: z.string().optional(),
  /** Figures inside the sentence, so a rule or a reader can find each printed figure by key. */
  slots: z.array(slotSchema).optional(),
});

/** The 目录: part headings, headings and table titles, each with a level. */
const tocBlockSchema = z.looseObject({
  type: z.literal('toc'),
  title: z.string(),
  entries: z.array(z.looseObject({ level: z.number().int(), text: z.string() })),
});

/** What a printed figure is computed from (issue 13): a formula in Chinese and the input facts it reads. */
const provenanceSchema = z.looseObject({
  /** `Σ 支出明细金额［一般公共预算；功能科目 2010301；工资福利支出］`. */
  formula: z.string(),
  /** JSON paths of the input facts read (`lineItems[3].amount`, `prior.threePublic.abroad`). */
  inputs: z.array(z.string()),
  /** Keys of other printed figures it is computed from, explained in turn. */
  from: z.array(z.string()).optional(),
});

const contentCellSchema = z.looseObject({
  kind: z.literal('content'),
  text: z.string(),
  /** For amount cells: the exact decimal string (2 places) that `text` prints; absent for blanks. */
  value: z.string().optional(),
  role: z.enum(['header', 'label', 'amount', 'text', 'code']),
  rowSpan: z.number().int().positive(),
  colSpan: z.number().int().positive(),
  align: z.enum(['left', 'center', 'right']),
  bold: z.boolean().optional(),
  /** Row key of this cell where it differs from its grid row's (the right half of 01/04: `class:201`). */
  row: z.string().optional(),
  /** Where the figure comes from; present only when the document was built with tracing on. */
  source: provenanceSchema.optional(),
});

/** A position covered by a merge whose content cell is above or to the left. */
const coveredCellSchema = z.looseObject({ kind: z.literal('covered') });

/** A table laid out once: both the docx and xlsx writers render exactly this grid (spec §3.0). */
const gridTableSchema = z.looseObject({
  /** Stable key of the table in the profile (`income-expenditure`, `three-public-costs`): rules find tables by it. */
  key: z.string(),
  /** `预算01` …: the printed number, from the profile only. */
  id: z.string(),
  /** `预算01表`, printed top left. */
  label: z.string(),
  title: z.string(),
  /** Second title line, e.g. `（2023年度）`. */
  subtitle: z.string().optional(),
  /** Name line left part `部门名称：…`; absent for tables without one. */
  nameLine: z.string().optional(),
  /** `单位：万元`, printed right on the name line. */
  unitLine: z.string().optional(),
  /** Relative column widths in characters (CJK = 2). */
  columns: z.array(z.number().positive()),
  /** Number of rows at the top that form the header (repeated on every page). */
  headerRows: z.number().int().nonnegative(),
  rows: z.array(z.array(z.union([contentCellSchema, coveredCellSchema]))),
  /** The key of each leaf column, by grid column index (`incomeAmount`, `basic`). */
  columnKeys: z.array(z.string()),
  /** The key of each grid row (`total`, `func:2010301`); null for header rows. */
  rowKeys: z.array(z.string().nullable()),
  /** 注 / 备注 paragraphs below the grid. */
  notes: z.array(z.string()),
  /** Rows that belong together and should not split across a page (项目绩效 blocks): [firstRow, lastRow]. */
  keepTogether: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
  /** Font size hint for wide tables. */
  density: z.enum(['normal', 'compact', 'dense']),
  /** How this table's amount cells print, and what a zero shows (absent: 万元, 2 decimals, zero blank). */
  amountFormat: amountFormatSchema.extend({ zeroDisplay: z.enum(['blank', '0.00', '0', '—']) }).optional(),
});

const tableBlockSchema = z.looseObject({ type: z.literal('table'), table: gridTableSchema });

const blockSchema = z.discriminatedUnion('type', [partTitleBlockSchema, headingBlockSchema, paragraphBlockSchema, tocBlockSchema, tableBlockSchema]);

const partSchema = z.looseObject({
  id: partIdSchema,
  /** Starts on a new page (all parts do). */
  blocks: z.array(blockSchema),
});

/** Parses a BudgetDocument (the model part of a .docx is input like any file); unknown keys are kept. */
export const budgetDocumentSchema = z.looseObject({ meta: metaSchema, parts: z.array(partSchema) });

/**
 * An inferred type as declared: without the `[k: string]: unknown` a loose object adds, so object literals are
 * still checked for misspelt fields. Arrays and tuples keep their shape; unions are taken member by member.
 */
type Declared<T> = T extends readonly unknown[]
  ? { [K in keyof T]: Declared<T[K]> }
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Declared<T[K]> }
    : T;

/** The whole document: its metadata and its parts in print order. */
export type BudgetDocument = Declared<z.infer<typeof budgetDocumentSchema>>;
export type DocumentMeta = Declared<z.infer<typeof metaSchema>>;
export type PartId = z.infer<typeof partIdSchema>;
export type PrintStyle = Declared<z.infer<typeof printStyleSchema>>;
export type Part = Declared<z.infer<typeof partSchema>>;
export type Block = Declared<z.infer<typeof blockSchema>>;
export type PartTitleBlock = Declared<z.infer<typeof partTitleBlockSchema>>;
export type HeadingBlock = Declared<z.infer<typeof headingBlockSchema>>;
export type ParagraphBlock = Declared<z.infer<typeof paragraphBlockSchema>>;
export type Slot = Declared<z.infer<typeof slotSchema>>;
export type TocBlock = Declared<z.infer<typeof tocBlockSchema>>;
export type TableBlock = Declared<z.infer<typeof tableBlockSchema>>;
export type GridTable = Declared<z.infer<typeof gridTableSchema>>;
export type GridCell = ContentCell | CoveredCell;
export type ContentCell = Declared<z.infer<typeof contentCellSchema>>;
export type Provenance = Declared<z.infer<typeof provenanceSchema>>;
export type CoveredCell = Declared<z.infer<typeof coveredCellSchema>>;

/** The result of building: the document and what the validator found. */
export interface BuiltDocument {
  document: BudgetDocument;
  diagnostics: Diagnostic[];
}
