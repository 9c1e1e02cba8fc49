import * as z from 'zod';
import type { ResolvedItem } from '../../compute/items.js';
import type { Decimal } from '../../model/money.js';
import type { ContentCell, Provenance } from '../model.js';
import type { DocumentContext } from '../context.js';
import type { ProfileTable } from '../profile.js';
import { styleOptionsSchema } from '../style/options.js';

/**
 * A table spec says what a table is (STYLE.md "Tables: declared once, rendered twice"): its header tree,
 * its rows from BudgetFigures, its notes. `layoutTable` turns it into the GridTable both writers render.
 */
export interface TableSpec {
  /** The registry key that tables.json names in `spec`. */
  key: string;
  columns(ctx: TableContext): ColumnSpec[];
  rows(ctx: TableContext): BodyRow[];
  /** True when the table has no data, so the profile's 备注 (emptyNote) is printed (spec §3.0). */
  isEmpty(ctx: TableContext): boolean;
  /** Fixed notes printed below the grid whether or not the table is empty (08 注). */
  notes?(ctx: TableContext): string[];
  /** The line items every amount of this table adds up (a budget family for 05/09/10), for provenance. */
  select?(ctx: TableContext): Selector | undefined;
  /** The table key when a profile entry names none: the spec key, or one per option (05/09/10 by `family`). */
  defaultKey?(options: Readonly<Record<string, string | number | boolean>>): string;
  /** Default for the name line `部门名称：…` (true); the entry option `nameLine` overrides it. */
  nameLine?: boolean;
  /** Default for `单位：万元` on the name line (true); the entry option `unitLine` overrides it. */
  unitLine?: boolean;
  /**
   * The options a tables.json entry may give this spec, each with a Chinese description (the profile loader
   * validates entries with it; docs/profiles.md lists them). Built with `tableOptions`, so `nameLine` and
   * `unitLine` are always allowed.
   */
  optionsSchema?: z.ZodType;
}

/** The house-style options a table entry may set for itself (layout.ts reads them over the profile's). */
const TABLE_STYLE_OPTIONS = styleOptionsSchema
  .pick({ tableAmountUnit: true, tableAmountDecimals: true, tableThousands: true, zeroDisplay: true, emptyNotePlace: true, emptyNoteDefault: true })
  .partial().shape;

/** The options every table accepts (layout.ts reads them). */
const COMMON_OPTIONS = {
  ...TABLE_STYLE_OPTIONS,
  nameLine: z.boolean().optional().meta({ description: '是否在表格上方印“部门名称：…”一行（默认按表格类型，多数为是）' }),
  unitLine: z.boolean().optional().meta({ description: '是否在名称行右侧印“单位：万元”（默认按表格类型，多数为是）' }),
};

/** The option that prints the 部门 group row above a 单位's rows (group-rows.ts). */
export const DEPARTMENT_GROUP_ROW_OPTION = {
  departmentGroupRow: z
    .boolean()
    .optional()
    .meta({ description: '单位公开时，若填报了所属部门（department.parentCode/parentName），在单位行之上加印一行部门编码和名称（默认否）' }),
};

/** A spec's options schema: the common options plus its own, unknown options rejected. */
export function tableOptions(shape: z.ZodRawShape = {}): z.ZodType {
  return z.strictObject({ ...COMMON_OPTIONS, ...shape });
}

/** The context a spec reads: the document context, the table's profile entry and its options. */
export interface TableContext extends DocumentContext {
  entry: ProfileTable;
  options: Readonly<Record<string, string | number | boolean>>;
}

/** One header level of a column: a label, optionally spanning several header rows. */
export type HeaderLabel = string | { label: string; rows: number };

/** What a cell holds by default, which decides its role, alignment and width limits. */
export type ColumnKind = 'code' | 'label' | 'amount' | 'text';

/**
 * One leaf column. `header` is its path from the top header row down; columns next to each other whose
 * paths share a prefix (same labels, same rows) merge into one spanning cell. The last level fills the
 * header rows left below it, so a short path spans down (spec §3 merges).
 */
export interface ColumnSpec {
  key: string;
  header: HeaderLabel[];
  kind: ColumnKind;
  /** Width limits in characters (CJK = 2); defaults by kind. */
  minWidth?: number;
  maxWidth?: number;
  /** The line items an amount in this column adds up, for provenance (with the row's and the table's). */
  select?: Selector;
}

/**
 * A subset of the line items, named in Chinese: a table, a row and a column each narrow the items an amount
 * cell adds up, so its provenance (the JSON paths it reads) is derived, never written per cell.
 */
export interface Selector {
  label: string;
  test(item: ResolvedItem): boolean;
}

/** A body cell with more than a value: spans, a role or alignment other than its column's. */
export interface BodyCell {
  text?: string;
  amount?: Decimal;
  /** Print a zero amount as `0.00` instead of a blank (the 01表 年终结转结余 exception, spec §2.12). */
  showZero?: boolean;
  rowSpan?: number;
  colSpan?: number;
  role?: ContentCell['role'];
  align?: ContentCell['align'];
  bold?: boolean;
  /** Row key of this cell when it differs from its row's (the right half of a paired 01/04 row). */
  row?: string;
  /** The cell's own item selector (replacing the row's), e.g. the right half of a paired row. */
  select?: Selector;
  /** A provenance that is not a sum of line items (prior-year facts, texts typed by the officer). */
  source?: Provenance;
}

/** A cell as a spec writes it: text, an amount (blank when zero), or a full BodyCell. */
export type CellInput = string | Decimal | BodyCell | undefined;

/** One body row: cells by column key; a position covered by a span above or to the left is skipped. */
export interface BodyRow {
  /** Stable key of the row within its table: `total`, `department`, `unit:113001`, `func:2010301`, `econ:30101/50101`. */
  key: string;
  cells: Readonly<Record<string, CellInput>>;
  /** The line items this row adds up, for provenance. */
  select?: Selector;
  bold?: boolean;
  /** Consecutive rows with the same group are kept on one page (项目绩效 blocks). */
  group?: string;
}

/** Reads a string option of the table entry, with a default. */
export function textOption(ctx: TableContext, name: string, fallback: string): string {
  const value = ctx.options[name];
  return typeof value === 'string' ? value : fallback;
}

/** Reads a boolean option of the table entry, with a default. */
export function flagOption(ctx: TableContext, name: string, fallback: boolean): boolean {
  const value = ctx.options[name];
  return typeof value === 'boolean' ? value : fallback;
}
