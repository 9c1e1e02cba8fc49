import type { DocumentContext } from '../document/context.js';
import type { Block, BudgetDocument, ContentCell, GridTable, Provenance } from '../document/model.js';
import { formatLocation, type Location } from '../model/diagnostic.js';
import { Decimal } from '../model/money.js';
import { columnName } from '../render/xlsx/address.js';
import { gridTopOf } from '../render/xlsx/sheet.js';
import { knownFigureKeys, narrativeFigure } from './narrative-sources.js';
import { narrativeView } from '../document/narrative/view.js';
import type { Slot } from '../document/narrative/slots.js';

/** One input fact a figure reads: its JSON path, the workbook cell when the input was a workbook, its value. */
export interface TraceInput {
  path: string;
  at?: string;
  value?: string;
}

/** One printed figure: where it is printed, what it prints, and what it is computed from. */
export interface TraceEntry {
  /** Unique and stable: `table:<table>/<row>/<column>` or `narrative:<section>/<paragraph>/<slot key>`. */
  id: string;
  kind: 'table' | 'narrative';
  /** Where it is printed, as an officer reads it: `预算01表 支出总计/金额`, `二、收入预算情况说明 第1段`. */
  place: string;
  /** Chinese name of the figure: the row and column labels, or the narrative figure's name. */
  label: string;
  printed: string;
  /** The exact value behind the printed text, when it is a number. */
  value?: string;
  formula: string;
  inputs: TraceInput[];
  /** Keys of narrative figures this one is computed from (a growth rate from its current figure). */
  from?: string[];
  table?: { key: string; id: string; row: string; column: string; gridRow: number; gridColumn: number; cell: string };
  narrative?: { section: string; paragraph: number; key: string; start: number; end: number };
}

/** The trace of a whole document (`--format trace`, `yusuan explain`). */
export interface Trace {
  title: string;
  profile: string;
  year: number;
  figures: TraceEntry[];
  /** Every narrative figure the tool computes, printed or not, and those printed ones are computed from (`from`), by key. */
  definitions: Record<string, Omit<TraceEntry, 'id' | 'kind' | 'place' | 'printed' | 'table' | 'narrative'>>;
}

/** Turns a JSON path of the input into the place the officer typed it (workbook cell or JSON path). */
export type Locate = (path: (string | number)[]) => Location;

/**
 * Every figure printed in a document built with tracing on (ContentCell.source, paragraph slots): table
 * cells with numbers, codes or typed texts, and every figure inside a narrative sentence.
 */
export function traceDocument(document: BudgetDocument, ctx: DocumentContext, locate?: Locate): Trace {
  const resolve = (source: Provenance): Pick<TraceEntry, 'formula' | 'inputs' | 'from'> => ({
    formula: source.formula,
    inputs: source.inputs.map((path) => traceInput(path, ctx, locate)),
    ...(source.from ? { from: source.from } : {}),
  });
  const figures: TraceEntry[] = [];
  const places = new NarrativePlaces();
  for (const part of document.parts)
    part.blocks.forEach((block, index) => {
      if (block.type === 'table') figures.push(...tableEntries(block.table, resolve));
      else figures.push(...narrativeEntries(block, index, places.next(block), ctx, resolve));
    });
  const view = narrativeView(ctx);
  const definitions: Trace['definitions'] = {};
  const pending = [...figures.flatMap((f) => f.from ?? []), ...knownFigureKeys()];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (definitions[key]) continue;
    const figure = narrativeFigure(key, ctx);
    if (!figure) continue;
    const value = valueAt(view, parsePath(key));
    definitions[key] = { label: figure.label, ...(value !== undefined ? { value } : {}), ...resolve(figure.source) };
    pending.push(...(figure.source.from ?? []));
  }
  return { title: document.meta.title, profile: document.meta.profile, year: document.meta.year, figures, definitions };
}

type Resolve = (source: Provenance) => Pick<TraceEntry, 'formula' | 'inputs' | 'from'>;

function tableEntries(table: GridTable, resolve: Resolve): TraceEntry[] {
  const headers = table.columnKeys.map((_, c) => headerPath(table, c));
  const top = gridTopOf(table);
  const out: TraceEntry[] = [];
  table.rows.forEach((row, r) => {
    if (r < table.headerRows) return;
    row.forEach((cell, c) => {
      if (cell.kind !== 'content' || !cell.source || cell.text === '') return;
      const rowKey = cell.row ?? table.rowKeys[r] ?? `#${r}`;
      const column = table.columnKeys[c] ?? `#${c}`;
      const label = [rowLabel(table, r, c), headers[c]].filter(Boolean).join(' / ');
      out.push({
        id: `table:${table.key}/${rowKey}/${column}`,
        kind: 'table',
        place: `${table.label} ${label}`,
        label,
        printed: cell.text,
        ...(cell.value !== undefined ? { value: cell.value } : {}),
        ...resolve(cell.source),
        table: { key: table.key, id: table.id, row: rowKey, column, gridRow: r, gridColumn: c, cell: `${columnName(c)}${top + r}` },
      });
    });
  });
  return out;
}

/** Names narrative places as printed: the section's heading, then `第N段` counting its paragraphs. */
class NarrativePlaces {
  private heading = '';
  private paragraph = 0;

  next(block: Block): string {
    if (block.type === 'heading') {
      this.heading = block.text;
      this.paragraph = 0;
      return `${block.text}（标题）`;
    }
    if (block.type !== 'paragraph') return '';
    this.paragraph += 1;
    return block.section === 'annex' ? '附件行' : `${this.heading} 第${this.paragraph}段`;
  }
}

function narrativeEntries(block: Block, index: number, place: string, ctx: DocumentContext, resolve: Resolve): TraceEntry[] {
  const slots = (block as { slots?: Slot[] }).slots;
  if ((block.type !== 'paragraph' && block.type !== 'heading') || !slots) return [];
  const section = block.section ?? '';
  return slots.map((slot) => {
    const figure = narrativeFigure(slot.key, ctx);
    const source = figure?.source ?? { formula: '模板数据', inputs: [] };
    return {
      id: `narrative:${section}/${index}/${slot.key}`,
      kind: 'narrative',
      place,
      label: figure?.label ?? slot.key,
      printed: slot.text,
      ...(slot.value !== undefined ? { value: slot.value } : {}),
      ...resolve(source),
      narrative: { section, paragraph: index, key: slot.key, start: slot.start, end: slot.end },
    };
  });
}

function traceInput(path: string, ctx: DocumentContext, locate?: Locate): TraceInput {
  const parts = parsePath(path);
  const value = valueAt(ctx.input, parts);
  const at = locate ? locate(parts) : undefined;
  return {
    path,
    ...(at && at.kind === 'cell' ? { at: formatLocation(at) } : {}),
    ...(value !== undefined ? { value } : {}),
  };
}

/** `lineItems[3].amount` → ['lineItems', 3, 'amount']. */
export function parsePath(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

function valueAt(root: unknown, path: readonly (string | number)[]): string | undefined {
  let at: unknown = root;
  for (const part of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[part];
  }
  if (Decimal.isDecimal(at)) return at.toFixed();
  if (at === null) return '无（上年数为0，不可比）';
  if (typeof at === 'string' || typeof at === 'number' || typeof at === 'boolean') return String(at);
  return undefined;
}

/** The header labels above a grid column, top down, joined with `/`. */
function headerPath(table: GridTable, c: number): string {
  const labels: string[] = [];
  for (let r = 0; r < table.headerRows; r++) {
    const text = coveringText(table, r, c);
    if (text && labels.at(-1) !== text) labels.push(text);
  }
  return labels.join('/');
}

/** The label and code cells of the same row left of column `c`, for a readable place. */
function rowLabel(table: GridTable, r: number, c: number): string {
  const parts: string[] = [];
  for (let k = c - 1; k >= 0; k--) {
    const cell = originCell(table, r, k);
    if (!cell) continue;
    if (cell.role === 'amount' && parts.length > 0) break;
    if ((cell.role === 'label' || cell.role === 'code' || cell.role === 'text') && cell.text.trim() !== '') parts.unshift(cell.text.trim());
  }
  return [...new Set(parts)].join(' ');
}

function coveringText(table: GridTable, r: number, c: number): string {
  return originCell(table, r, c)?.text.replace(/\s+/g, '') ?? '';
}

/** The content cell covering a grid position (itself, or the merge above or to the left). */
function originCell(table: GridTable, r: number, c: number): ContentCell | undefined {
  for (let i = r; i >= 0; i--)
    for (let k = c; k >= 0; k--) {
      const cell = table.rows[i]?.[k];
      if (cell?.kind === 'content' && i + cell.rowSpan > r && k + cell.colSpan > c) return cell;
      if (cell?.kind === 'content' && i === r && k === c) return undefined;
    }
  return undefined;
}
