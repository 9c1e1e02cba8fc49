import type { Diagnostic } from '../model/diagnostic.js';

/**
 * The document model both writers consume (pandoc-style AST): parts of blocks, every text already
 * printed. Renderers never compute or format a figure; they only lay these out.
 */
export interface BudgetDocument {
  meta: DocumentMeta;
  parts: Part[];
}

export interface DocumentMeta {
  /** Cover title, e.g. `2024年洛阳市城乡一体化示范区政务服务中心部门预算说明`. */
  title: string;
  year: number;
  /** Name as printed on the name lines (全称, plus （汇总） where it applies). */
  name: string;
  profile: string;
  edition: string;
  /** The input's file name (without extension), used for output names. */
  source?: string;
}

export type PartId = 'cover' | 'toc' | 'overview' | 'explanation' | 'glossary' | 'annex';

export interface Part {
  id: PartId;
  /** Starts on a new page (all parts do). */
  blocks: Block[];
}

export type Block = PartTitleBlock | HeadingBlock | ParagraphBlock | TocBlock | TableBlock;

/** `第一部分` over `{全称}概况`, centred (spec §1.1). `title` alone for the cover. */
export interface PartTitleBlock {
  type: 'partTitle';
  label?: string;
  title: string;
  /** Outline level for the TOC: 1 for part titles, none for the cover. */
  outline?: number;
}

/** 一、 headings are level 2 (黑体), （一） headings level 3 (楷体). */
export interface HeadingBlock {
  type: 'heading';
  level: 2 | 3;
  text: string;
  /** Narrative section id (`explanation.1`, `explanation.10.3`), for document rules and locations. */
  section?: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  /** body: indented 仿宋; plain: no indent; bold: the 附件 line. */
  style?: 'body' | 'plain' | 'bold' | 'list';
  section?: string;
}

/** The 目录: part headings, headings and table titles, each with a level. */
export interface TocBlock {
  type: 'toc';
  title: string;
  entries: { level: number; text: string }[];
}

export interface TableBlock {
  type: 'table';
  table: GridTable;
}

/** A table laid out once: both the docx and xlsx writers render exactly this grid (spec §3.0). */
export interface GridTable {
  /** Stable key of the table in the profile (`income-expenditure`, `three-public-costs`): rules find tables by it. */
  key: string;
  /** `预算01` …: the printed number, from the profile only. */
  id: string;
  /** `预算01表`, printed top left. */
  label: string;
  title: string;
  /** Second title line, e.g. `（2023年度）`. */
  subtitle?: string;
  /** Name line left part `部门名称：…`; absent for tables without one. */
  nameLine?: string;
  /** `单位：万元`, printed right on the name line. */
  unitLine?: string;
  /** Relative column widths in characters (CJK = 2). */
  columns: number[];
  /** Number of rows at the top that form the header (repeated on every page). */
  headerRows: number;
  rows: GridCell[][];
  /** The key of each leaf column, by grid column index (`incomeAmount`, `basic`). */
  columnKeys: string[];
  /** The key of each grid row (`total`, `func:2010301`); null for header rows. */
  rowKeys: (string | null)[];
  /** 注 / 备注 paragraphs below the grid. */
  notes: string[];
  /** Rows that belong together and should not split across a page (项目绩效 blocks): [firstRow, lastRow]. */
  keepTogether?: [number, number][];
  /** Font size hint for wide tables. */
  density: 'normal' | 'compact' | 'dense';
}

export type GridCell = ContentCell | CoveredCell;

export interface ContentCell {
  kind: 'content';
  text: string;
  /** For amount cells: the exact decimal string (2 places) that `text` prints; absent for blanks. */
  value?: string;
  role: 'header' | 'label' | 'amount' | 'text' | 'code';
  rowSpan: number;
  colSpan: number;
  align: 'left' | 'center' | 'right';
  bold?: boolean;
  /** Row key of this cell where it differs from its grid row's (the right half of 01/04: `class:201`). */
  row?: string;
  /** Where the figure comes from; present only when the document was built with tracing on. */
  source?: Provenance;
}

/** What a printed figure is computed from (issue 13): a formula in Chinese and the input facts it reads. */
export interface Provenance {
  /** `Σ 支出明细金额［一般公共预算；功能科目 2010301；工资福利支出］`. */
  formula: string;
  /** JSON paths of the input facts read (`lineItems[3].amount`, `prior.threePublic.abroad`). */
  inputs: string[];
  /** Keys of other printed figures it is computed from, explained in turn. */
  from?: string[];
}

/** A position covered by a merge whose content cell is above or to the left. */
export interface CoveredCell {
  kind: 'covered';
}

/** The result of building: the document and what the validator found. */
export interface BuiltDocument {
  document: BudgetDocument;
  diagnostics: Diagnostic[];
}
