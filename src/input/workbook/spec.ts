/**
 * The workbook's sheets are declared once (STYLE.md "The input workbook's sheets are specs too"): a declaration
 * says where each schema field sits; the generic writer lays it out, the generic reader reads it back, and the
 * reader records every cell it read so that a schema path maps back to `sheet!cell`.
 */

/** How a cell's content becomes a JSON value of the input schema. */
export type ValueKind = 'text' | 'code' | 'money' | 'count' | 'bool' | 'enum' | 'date';

/** One choice of an enumeration: what the officer sees, and what the schema stores. */
export interface Choice {
  label: string;
  value: string;
  /** Other spellings accepted when reading (成本 for 成本指标). */
  aliases?: readonly string[];
}

/** What the generic writer and reader need to know about one input cell. */
export interface FieldBase {
  /** Form label (column A) or column header; matched after normalising spaces and full-width forms. */
  label: string;
  kind: ValueKind;
  /** Enumerations: the allowed values (a short in-cell dropdown). */
  choices?: readonly Choice[];
  /** A named range on the code sheet that feeds a dropdown (long lists). */
  list?: string;
  /** The dropdown warns but allows other values (a code the list does not know, a future edition). */
  listOpen?: boolean;
  /** Shown as the input prompt and in the 说明 column; say what to type, in plain Chinese. */
  hint?: string;
  required?: boolean;
  /** Value used when the cell is blank (indicator values may be empty text). */
  emptyAs?: string;
  /** Column width in characters (tables). */
  width?: number;
  /** Wrap long text. */
  wrap?: boolean;
}

/** A form row: label in A, value in B, 说明 in C. */
export interface FormField extends FieldBase {
  path: readonly string[];
  /** A row added after workbooks were first handed out: a workbook without it reads the field as blank. */
  addedLater?: boolean;
}

/** A display-only column: a formula the reader never reads, with its cached result computed at write time. */
export interface DisplayColumn {
  display: true;
  label: string;
  width?: number;
  /** The formula for data row `row`, given the cell addresses of the row's input columns by key; none for fixed text. */
  formula?(row: number, cols: Readonly<Record<string, string>>): string;
  /** The value the formula evaluates to for a pre-filled record (so the file reads well before recalculation). */
  result(record: Readonly<Record<string, unknown>>, ctx: WriteContext): string | number;
}

/** An input column of a table; `key` names the record field it fills. */
export interface InputColumn extends FieldBase {
  display?: false;
  key: string;
  /** A locked key column of a fixed table (the officer reads it, never types it). */
  locked?: boolean;
}

export type Column = InputColumn | DisplayColumn;

/** A record read from one table row: values by column key, and the address of each column's cell. */
export interface RowRecord {
  row: number;
  values: Record<string, unknown>;
  cells: Record<string, string>;
  /** Keys whose cell could not be read (already reported): blank is not the same as wrong. */
  failed: Set<string>;
}

/** Where the reader reports what it found while placing records. */
export interface PlaceSink {
  /** Records that `path` (a schema path) was read from `cell` of this sheet. */
  at(path: readonly PropertyKey[], cell: string): void;
  /** Records a record's or a list's first cell, where findings about the whole record point. */
  anchor(path: readonly PropertyKey[], cell: string): void;
  /** A cell-value error (S08) at `cell` of this sheet. */
  error(cell: string, message: string): void;
}

/** A table: a header row, then one record per row until the next block title or the sheet's end. */
export interface TableBlock {
  kind: 'table';
  /** Section title in column A (sheets with several blocks); absent for a sheet holding one table. */
  title?: string;
  /** The schema path of the list this table fills (locates "at least one" findings). */
  path: readonly string[];
  /** Other lists this table fills, anchored at its first row too. */
  alsoFills?: readonly (readonly string[])[];
  columns: readonly Column[];
  /** Rows of the blank template beyond the pre-filled ones. */
  spare: number;
  /** Fixed tables list their rows in the template and never grow (投入管理 overrides). */
  fixed?: boolean;
  /** Named ranges over the written rows: `list` covers the first column (dropdowns), `table` all input columns (lookups). */
  names?: { list?: string; table?: string };
  /** Records to pre-fill, from JSON-shaped data. */
  rows(data: JsonObject, ctx: WriteContext): Record<string, unknown>[];
  /** Puts the records read into JSON-shaped data, recording each value's path. */
  place(records: readonly RowRecord[], data: JsonObject, sink: PlaceSink): void;
}

/** A form: one labelled value per row. */
export interface FormBlock {
  kind: 'form';
  title?: string;
  fields: readonly FormField[];
  /** Objects the schema requires even when every field of them is blank (so blank reads as "use the default"). */
  ensure?: readonly (readonly string[])[];
}

export type Block = TableBlock | FormBlock;

/** One sheet of the fill-in workbook. */
export interface SheetSpec {
  name: string;
  /** One line for 填表说明. */
  purpose: string;
  blocks: readonly Block[];
}

/** JSON-shaped data: what the reader produces and the writer consumes (money as decimal strings). */
export type JsonObject = { [key: string]: unknown };

/** What writers may consult beyond the data: the code lists' names for cached display values. */
export interface WriteContext {
  funcName(code: string): string | undefined;
  econName(code: string): string | undefined;
  govEconName(code: string): string | undefined;
  defaultGovEcon(unitType: string, econ: string): string | undefined;
  /** The profile's 20 投入管理 rows with their default 指标值, when the CLI could load them. */
  inputIndicators?: readonly { level2: string; name: string; value: string }[];
  data: JsonObject;
}
