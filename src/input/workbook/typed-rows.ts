import { BLANK_MARK } from '../../model/blank.js';
import { Decimal, ZERO } from '../../model/money.js';
import { convertCell } from './convert.js';
import type { ReadContext } from './read-context.js';
import { rawOf } from './raw-cell.js';
import { cellText } from './sheet-text.js';
import type { InputColumn, RowRecord } from './spec.js';
import { columnLetter } from './styles.js';

/** S11: a row the officer typed into a table that is not a record: a total (合计, 小计, 总计) or a note (注：…). */
export const TYPED_ROW_RULE = 'S11';

/** A cell of the sheet being read, as the text and value readers take it. */
type SheetCell = NonNullable<Parameters<typeof cellText>[0]>;

/** What the typed-row check needs of a sheet. */
export interface RowCells {
  findCell(row: number, column: number): SheetCell | undefined;
}

const TOTAL = /^(合计|小计|总计|共计|本页合计|总合计)[:：]?$/;
const NOTE = /^(注|备注|附注|说明)\d*[:：.、]/;

/**
 * Rows the officer types below (or between) a table's records (issue 15): `合计`/`总计` (all records above),
 * `小计` (the records since the last 小计), `注：…`. They are not records, so they no longer cause a cascade
 * of findings; a typed total is checked against the sum of the records it covers, column by column (S11
 * error when it differs, naming both, the records first), and a total that agrees or a note is noted (info).
 */
export class TypedRows {
  private readonly money: readonly [InputColumn, number][];
  private readonly all = new Map<string, Decimal>();
  private sinceSubtotal = new Map<string, Decimal>();

  constructor(
    private readonly sheet: string,
    private readonly columns: readonly [InputColumn, number][],
    private readonly ctx: ReadContext,
  ) {
    this.money = columns.filter(([c]) => c.kind === 'money');
  }

  /** True when `row` is a typed total or note: checked or noted here, and not read as a record. */
  skip(ws: RowCells, row: number): boolean {
    const texts = this.columns.map(([, col]) => cellText(ws.findCell(row, col)).replace(/[\s\u00a0\u3000]/g, ''));
    const first = texts.findIndex((t) => t !== '');
    const word = texts[first];
    const at = this.columns[first];
    if (word === undefined || at === undefined) return false;
    if (TOTAL.test(word)) {
      this.checkTotal(ws, row, word.replace(/[:：]$/, ''), `${columnLetter(at[1])}${row}`);
      return true;
    }
    if (NOTE.test(word) && texts.every((t, i) => i === first || t === '')) {
      this.note(`${columnLetter(at[1])}${row}`, `第${row}行是说明文字（“${word.length > 20 ? `${word.slice(0, 20)}…` : word}”），不作为数据读取，也不会出现在文档中`);
      return true;
    }
    return false;
  }

  /** Adds a record's amounts to the running sums; returns it. */
  add(record: RowRecord): RowRecord {
    for (const [column] of this.money) {
      const value = record.values[column.key];
      if (typeof value !== 'string' || value === BLANK_MARK || !/^\d+(\.\d+)?$/.test(value)) continue;
      for (const sums of [this.all, this.sinceSubtotal]) sums.set(column.key, (sums.get(column.key) ?? ZERO).plus(value));
    }
    return record;
  }

  private checkTotal(ws: RowCells, row: number, word: string, first: string): void {
    const sums = word === '小计' ? this.sinceSubtotal : this.all;
    const covers = word === '小计' ? '上一个小计以来各行' : '上方各行';
    let typedAny = false;
    let agrees = true;
    for (const [column, col] of this.money) {
      const cell = ws.findCell(row, col);
      const converted = cell ? convertCell(rawOf(cell.value, cell.numFmt), column, this.ctx.maxText) : {};
      if (typeof converted.value !== 'string' || converted.value === BLANK_MARK) continue;
      typedAny = true;
      const typed = new Decimal(converted.value);
      const computed = sums.get(column.key) ?? ZERO;
      if (typed.eq(computed)) continue;
      agrees = false;
      const gap = computed.minus(typed);
      const message =
        `第${row}行是手工填写的“${word}”行（不作为数据读取）：“${column.label}”填为${typed.toFixed(2)}，${covers}之和为${computed.toFixed(2)}` +
        `（各行${gap.isNegative() ? '少' : '多'}${gap.abs().toFixed(2)}）：请先核对${covers}是否漏填、多填或金额有误；文档中的合计由各行计算，此行可以删除`;
      this.ctx.report(TYPED_ROW_RULE, this.sheet, `${columnLetter(col)}${row}`, message);
    }
    const skipped = `不作为数据读取（文档中的合计由各行计算）`;
    if (typedAny && agrees) this.note(first, `第${row}行是手工填写的“${word}”行，与${covers}之和一致，${skipped}`);
    else if (!typedAny) this.note(first, `第${row}行是手工填写的“${word}”行，${skipped}`);
    if (word === '小计') this.sinceSubtotal = new Map();
  }

  private note(cell: string, message: string): void {
    this.ctx.diagnostics.push({ rule: TYPED_ROW_RULE, severity: 'info', at: { kind: 'cell', sheet: this.sheet, cell }, message });
  }
}
