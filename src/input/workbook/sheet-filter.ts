import { attribute, columnLetters, decodeXml, parseCellRef, readTag, tagEnd, type Tag } from './xml-scan.js';

/** What the workbook as a whole may hold once filtered: cells kept (merged areas included) and their text. */
export class CellBudget {
  cells = 0;
  chars = 0;
  /** A sheet already broke a limit: the rest are not read (one finding, not one per sheet). */
  exhausted = false;
  constructor(
    readonly maxCells: number,
    readonly maxChars: number,
  ) {}
}

/** Why a sheet cannot be read: a message at a cell of it (the reader's S06). */
export interface SheetProblem {
  cell: string;
  message: string;
}

/** A cell as written in the sheet XML: type (`t`), style index (`s`), value text (`v`), formula, inline text. */
export interface RawSheetCell {
  row: number;
  column: number;
  type: string;
  style: number;
  value?: string;
  formula?: string;
  inline?: string;
}

/** A worksheet cut down to what the reader reads. */
export interface FilteredSheet {
  cells: RawSheetCell[];
  merges: string[];
  /** `<row>` elements met (empty formatted ones included). */
  rows: number;
  /** Shared-string indices the kept cells use. */
  strings: Set<number>;
  problem?: SheetProblem;
}

/** Longest XML of one cell (a 4,000-character text escaped is well under 100 KB). */
const MAX_CELL_XML = 1024 * 1024;

/**
 * Streams one worksheet's XML and keeps only what the reader reads: cells with a value or formula in columns up to
 * `maxColumn` and rows up to `maxRows`, and merges clipped to that area; everything else (styles of blank cells,
 * validations, drawings, extensions) is passed over. Rows and cells are counted as they pass, so a sheet of
 * millions of cells outside the template costs a scan, not memory; kept cells, merged areas and their text are
 * charged to the workbook's budget.
 */
export class SheetFilter {
  private buffer = '';
  private done = false;
  private inData = false;
  private readonly out: FilteredSheet = { cells: [], merges: [], rows: 0, strings: new Set() };
  private row = 0;
  private column = 0;

  constructor(
    private readonly maxColumn: number,
    private readonly maxRows: number,
    private readonly budget: CellBudget,
  ) {}

  /** Feeds the next piece of XML text. */
  push(piece: string): void {
    if (this.budget.exhausted) this.done = true;
    if (this.done) return;
    this.buffer += piece;
    this.buffer = this.buffer.slice(this.scan(false));
  }

  /** The filtered sheet, or the problem that stopped it. */
  finish(): FilteredSheet {
    if (!this.done) this.scan(true);
    if (!this.out.problem && this.out.rows > this.maxRows) {
      this.out.problem = { cell: `A${this.maxRows + 1}`, message: `工作表有 ${this.out.rows} 行，超过上限 ${this.maxRows} 行：请删除多余的行（包括只有格式的空行）` };
    }
    return this.out;
  }

  /** Reads complete elements from the buffer; returns where it stopped (the rest waits for more text). */
  private scan(final: boolean): number {
    const xml = this.buffer;
    let pos = 0;
    while (!this.done) {
      const lt = xml.indexOf('<', pos);
      if (lt < 0) return xml.length;
      const gt = tagEnd(xml, lt);
      if (gt < 0) return final ? xml.length : lt;
      const tag = readTag(xml, lt, gt);
      const next = this.tag(xml, lt, tag, final);
      if (next < 0) return lt;
      pos = next;
    }
    return xml.length;
  }

  /** One tag: rows and cells inside `<sheetData>`, merges after it; returns where to go on, or -1 to wait. */
  private tag(xml: string, lt: number, tag: Tag, final: boolean): number {
    if (tag.name === 'sheetData') this.inData = !tag.closing && !tag.selfClosing;
    else if (tag.name === 'mergeCell' && !tag.closing) this.merge(attribute(tag.text, 'ref') ?? '');
    else if (this.inData && tag.name === 'row' && !tag.closing) this.openRow(tag.text);
    else if (this.inData && tag.name === 'c' && !tag.closing) return this.cell(xml, lt, tag, final);
    return tag.end + 1;
  }

  private openRow(text: string): void {
    this.out.rows++;
    const r = Number(attribute(text, 'r'));
    this.row = Number.isInteger(r) && r > 0 ? r : this.row + 1;
    this.column = 0;
  }

  private cell(xml: string, lt: number, tag: Tag, final: boolean): number {
    const ref = attribute(tag.text, 'r');
    const at = ref ? parseCellRef(ref) : undefined;
    this.column = at ? at.column : this.column + 1;
    if (tag.selfClosing) return tag.end + 1;
    const end = findCellEnd(xml, tag.end + 1);
    if (!end) {
      if (xml.length - lt > MAX_CELL_XML || final) this.fail(this.address(), '单元格内容过长（超过 1 MB），请检查该单元格');
      return final ? xml.length : -1;
    }
    if (this.row <= this.maxRows && this.column <= this.maxColumn) this.keep(tag.text, xml.slice(tag.end + 1, end.start));
    return end.end;
  }

  private keep(open: string, body: string): void {
    const value = element(body, 'v');
    const formula = element(body, 'f') ?? (/<(?:\w+:)?f\b[^>]*\/>/.test(body) ? '' : undefined);
    const inline = /<(?:\w+:)?is\b/.test(body) ? inlineText(body) : undefined;
    if (value === undefined && formula === undefined && inline === undefined) return; // only a style: blank to the reader
    const type = attribute(open, 't') ?? 'n';
    const cell: RawSheetCell = { row: this.row, column: this.column, type, style: Number(attribute(open, 's') ?? 0) || 0 };
    if (value !== undefined) cell.value = decodeXml(value);
    if (formula !== undefined) cell.formula = decodeXml(formula);
    if (inline !== undefined) cell.inline = inline;
    this.budget.cells++;
    this.budget.chars += (cell.value?.length ?? 0) + (cell.formula?.length ?? 0) + (cell.inline?.length ?? 0);
    if (this.budget.cells > this.budget.maxCells) return this.fail(this.address(), `工作簿中有内容的单元格超过上限 ${this.budget.maxCells} 个：请删除填报表以外的数据（可用环境变量 YUSUAN_MAX_CELLS 调整上限）`);
    if (this.budget.chars > this.budget.maxChars) return this.fail(this.address(), `工作簿中的文字总量超过上限 ${this.budget.maxChars} 字：请删除填报表以外的数据`);
    if (type === 's' && cell.value !== undefined && /^\d+$/.test(cell.value.trim())) this.out.strings.add(Number(cell.value));
    this.out.cells.push(cell);
  }

  /** A merge clipped to the kept area, its cells charged to the budget (the reader marks each one). */
  private merge(ref: string): void {
    const [a, b] = ref.split(':').map(parseCellRef);
    if (!a || !b) return;
    const right = Math.min(b.column, this.maxColumn);
    const bottom = Math.min(b.row, this.maxRows);
    if (right < a.column || bottom < a.row || (right === a.column && bottom === a.row)) return;
    this.budget.cells += (right - a.column + 1) * (bottom - a.row + 1);
    const master = `${columnLetters(a.column)}${a.row}`;
    if (this.budget.cells > this.budget.maxCells) return this.fail(master, `合并单元格 ${ref} 过大：工作簿中的单元格超过上限 ${this.budget.maxCells} 个`);
    this.out.merges.push(`${master}:${columnLetters(right)}${bottom}`);
  }

  private address(): string {
    return `${columnLetters(Math.max(1, this.column))}${Math.max(1, this.row)}`;
  }

  private fail(cell: string, message: string): void {
    this.budget.exhausted = true;
    this.out.problem = { cell, message };
    this.out.cells = [];
    this.done = true;
  }
}

/** The end of a cell's body: where `</c>` (any prefix) starts and where it ends; undefined when cut off. */
function findCellEnd(xml: string, from: number): { start: number; end: number } | undefined {
  for (let at = xml.indexOf('</', from); at >= 0; at = xml.indexOf('</', at + 2)) {
    const gt = xml.indexOf('>', at);
    if (gt < 0) return undefined;
    const name = xml.slice(at + 2, gt).trim();
    if (name === 'c' || name.endsWith(':c')) return { start: at, end: gt + 1 };
  }
  return undefined;
}

const ELEMENTS = {
  v: /<(?:\w+:)?v(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?v>/,
  f: /<(?:\w+:)?f(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?f>/,
};

/** The raw text of the first `<v>…</v>` or `<f>…</f>` in a cell's body; undefined when absent. */
function element(body: string, name: keyof typeof ELEMENTS): string | undefined {
  const m = ELEMENTS[name].exec(body);
  return m ? detach(m[1] ?? '') : undefined;
}

/** An inline string's text: its `t` runs joined, phonetic runs left out. */
function inlineText(body: string): string {
  const runs = body.replace(/<(?:\w+:)?rPh\b[^]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  for (const m of runs.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g)) text += decodeXml(m[1] ?? '');
  return detach(text);
}

/**
 * A copy of a string that does not keep the text it was sliced from alive: V8 slices share their parent, so a
 * kept cell would otherwise hold the whole megabyte piece it came in.
 */
function detach(text: string): string {
  return ` ${text}`.slice(1);
}
