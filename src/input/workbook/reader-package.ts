import type { Diagnostic } from '../../model/diagnostic.js';
import type { ZipArchive } from '../../zip/index.js';
import { DEFAULT_LIMITS, type InputLimits } from '../limits.js';
import { fileError } from '../source.js';
import { LightBook, LightSheet, type CellContent, type SheetCell } from './light-workbook.js';
import { excelDate, isDateFormat, styleFormats } from './number-formats.js';
import { STRUCTURE_RULE } from './read-context.js';
import { CellBudget, SheetFilter, type FilteredSheet, type RawSheetCell } from './sheet-filter.js';
import { normalizeLabel } from './sheet-text.js';
import { DATA_SHEETS } from './sheets/index.js';
import type { SheetSpec } from './spec.js';
import { StringsFilter } from './strings-filter.js';
import { sheetFiles } from './zip-sheets.js';

/** Columns kept past a sheet's template width: room for helper columns an officer inserts (headers are found by text). */
const EXTRA_COLUMNS = 20;
/** Largest workbook, relationships or styles part read (they are held whole). */
const MAX_PART_BYTES = 8 * 1024 * 1024;
/** Most characters of cell text (values, formulas, strings) kept from a workbook. */
const MAX_CHARS = 32 * 1024 * 1024;

export type ReadPackage = { ok: true; workbook: LightBook } | { ok: false; diagnostics: Diagnostic[] };

/**
 * The workbook as the reader reads it, straight from the package XML (no spreadsheet library): the declared data
 * sheets cut to their template's columns (plus room for inserted ones) and to `maxRows`, the shared strings those
 * cells use (each cut to what the text limit needs), number formats for dates and percentages. Every other sheet
 * is an empty tab. Cells, merged areas and text are counted against the limits while streaming, so what an
 * accepted file costs is bounded by the limits, not by the file.
 */
export async function readPackage(zip: ZipArchive, name: string, limits: InputLimits): Promise<ReadPackage> {
  const part = (path: string): string | { tooLarge: string } => {
    const data = zip.bytes(path);
    if (data && data.length > MAX_PART_BYTES) return { tooLarge: path };
    return data ? new TextDecoder().decode(data) : '';
  };
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  const styles = part('xl/styles.xml');
  for (const text of [workbook, rels, styles]) {
    if (typeof text !== 'string') return fail(name, `工作簿的“${text.tooLarge}”部件过大（超过 ${MAX_PART_BYTES / 1024 / 1024} MB），不是正常的填报表`);
  }
  if (typeof workbook !== 'string' || typeof rels !== 'string' || typeof styles !== 'string') return fail(name, '工作簿无法读取');
  const sheets = sheetFiles(workbook, rels);
  const budget = new CellBudget(limits.maxCells ?? DEFAULT_LIMITS.maxCells, MAX_CHARS);
  const filtered = new Map<string, FilteredSheet>();
  const diagnostics: Diagnostic[] = [];
  for (const [path, sheet] of sheets) {
    const spec = dataSheet(sheet);
    if (!spec || !zip.has(path) || budget.exhausted) continue;
    const result = await filterSheet(zip, path, templateWidth(spec) + EXTRA_COLUMNS, limits, budget);
    if (result.problem) diagnostics.push({ rule: STRUCTURE_RULE, severity: 'error', at: { kind: 'cell', sheet, cell: result.problem.cell }, message: result.problem.message });
    filtered.set(path, result);
  }
  if (diagnostics.length) return { ok: false, diagnostics };
  const used = new Set([...filtered.values()].flatMap((s) => [...s.strings]));
  const strings = await filterStrings(zip, used, limits.maxTextLength, budget);
  if (strings.problem) return fail(name, `${strings.problem}：请删除填报表以外的数据`);
  const context: ValueContext = { strings: strings.strings, formats: styleFormats(styles), date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook) };
  const worksheets = [...sheets].map(([path, sheet]) => {
    const kept = filtered.get(path);
    return new LightSheet(sheet, kept ? kept.cells.map((cell) => sheetCell(cell, context)) : [], kept?.merges ?? []);
  });
  return { ok: true, workbook: new LightBook(worksheets) };
}

function fail(name: string, message: string): ReadPackage {
  return { ok: false, diagnostics: [fileError(STRUCTURE_RULE, name, message)] };
}

/** The declared sheet a tab holds, matched as the reader matches it (stray spaces and full-width forms forgiven). */
function dataSheet(name: string): SheetSpec | undefined {
  const wanted = normalizeLabel(name);
  return DATA_SHEETS.find((spec) => spec.name === name) ?? DATA_SHEETS.find((spec) => normalizeLabel(spec.name) === wanted);
}

/** The widest block of a sheet: a form's label, value and 说明 columns, or a table's columns. */
function templateWidth(spec: SheetSpec): number {
  return Math.max(3, ...spec.blocks.map((block) => (block.kind === 'form' ? 3 : block.columns.length)));
}

async function filterSheet(zip: ZipArchive, path: string, maxColumn: number, limits: InputLimits, budget: CellBudget): Promise<FilteredSheet> {
  const filter = new SheetFilter(maxColumn, limits.maxRows, budget);
  for await (const piece of zip.textPieces(path) ?? []) filter.push(piece);
  return filter.finish();
}

async function filterStrings(zip: ZipArchive, used: ReadonlySet<number>, maxText: number, budget: CellBudget) {
  // Four times the text limit: a longer text is still reported as too long, with its length up to there.
  const filter = new StringsFilter(used, maxText * 4, budget.maxChars - budget.chars);
  for await (const piece of zip.textPieces('xl/sharedStrings.xml') ?? []) filter.push(piece);
  return filter.finish();
}

interface ValueContext {
  strings: ReadonlyMap<number, string>;
  formats: readonly string[];
  date1904: boolean;
}

/** A kept cell's content in the shapes the reader takes: text, number, date (by its number format), boolean, error, formula. */
function sheetCell(cell: RawSheetCell, ctx: ValueContext): SheetCell {
  const numFmt = ctx.formats[cell.style] ?? 'General';
  const plain = plainValue(cell, numFmt, ctx);
  const value: CellContent = cell.formula === undefined ? (plain ?? null) : { formula: cell.formula || '（共享公式）', ...(plain === undefined ? {} : { result: plain }) };
  return { row: cell.row, column: cell.column, value, numFmt };
}

function plainValue(cell: RawSheetCell, numFmt: string, ctx: ValueContext): Exclude<CellContent, null | { formula: string }> | undefined {
  const v = cell.value;
  switch (cell.type) {
    case 's':
      return v === undefined ? undefined : (ctx.strings.get(Number(v)) ?? '');
    case 'inlineStr':
      return cell.inline ?? v;
    case 'str':
      return v;
    case 'b':
      return v === undefined ? undefined : v.trim() === '1' || v.trim() === 'true';
    case 'e':
      return v === undefined ? undefined : { error: v };
    case 'd':
      return v === undefined ? undefined : new Date(v);
    default: {
      if (v === undefined || v.trim() === '') return undefined;
      const n = Number(v);
      if (!Number.isFinite(n)) return v;
      return isDateFormat(numFmt) ? excelDate(n, ctx.date1904) : n;
    }
  }
}
