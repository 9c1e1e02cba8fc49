import type { Block, BudgetDocument, GridCell, GridTable } from '../../document/model.js';
import { gridTopOf } from '../xlsx/sheet.js';
import type { DocxItem } from './docx-xml.js';
import { columnName } from '../xlsx/address.js';
import { printable } from './typography.js';

/** An item the .docx must show, and where it is for the officer; a table's cells carry their `sheet!cell` places. */
export interface PlacedItem {
  item: DocxItem;
  place: string;
  /**
   * For a table: the place of the `c`-th content cell of grid row `r` (`预算05表!C9`, the generated .xlsx's
   * address); named only when a difference is reported.
   */
  cell?: (r: number, c: number) => string | undefined;
  /** For a table: the place of grid row `r` (`预算05表第9行`). */
  row?: (r: number) => string;
}

/**
 * What the .docx must read as, from the model alone: a part title is `label⏎title` (one paragraph, line
 * break), the 目录 is its title then one paragraph per entry, a table is its label, title, subtitle, the name
 * line `name⇥单位：万元`, the grid's content cells row by row, then its notes; each text as `printable` writes it.
 */
export function expectedItems(doc: BudgetDocument): DocxItem[] {
  return placedItems(doc).map((p) => p.item);
}

/** `expectedItems`, each with its place. */
export function placedItems(doc: BudgetDocument): PlacedItem[] {
  const out = new Places();
  for (const part of doc.parts) {
    out.part(part.id);
    for (const block of part.blocks) pushBlock(block, out);
  }
  return out.items;
}

/** Names places as printed: the part, the heading above, then `第N段` counting paragraphs under it. */
class Places {
  readonly items: PlacedItem[] = [];
  private section = '';
  private partLabel = '';
  private count = 0;

  part(id: string): void {
    this.section = id === 'cover' ? '封面' : id === 'toc' ? '目录' : '';
    this.partLabel = '';
    this.count = 0;
  }

  partTitle(label: string, text: string): void {
    this.paragraph(text, `${label}标题`);
    this.partLabel = label;
    this.section = label;
    this.count = 0;
  }

  paragraph(text: string | undefined, place?: string): void {
    const shown = printable(text ?? '');
    if (!shown) return;
    this.items.push({ item: { kind: 'paragraph', text: shown }, place: place ?? `${this.section || '正文'}第${++this.count}段` });
  }

  heading(text: string): void {
    const name = `${this.partLabel}「${short(text)}」`;
    this.paragraph(text, `${name}标题`);
    this.section = name;
    this.count = 0;
  }

  table(item: PlacedItem): void {
    this.items.push(item);
  }
}

function pushBlock(block: Block, out: Places): void {
  switch (block.type) {
    case 'partTitle':
      if (block.label === undefined) return out.paragraph(block.title, '封面标题');
      return out.partTitle(block.label, `${block.label}\n${block.title}`);
    case 'heading':
      return out.heading(block.text);
    case 'paragraph':
      return out.paragraph(block.text);
    case 'toc':
      out.paragraph(block.title, '目录标题');
      block.entries.forEach((entry, i) => out.paragraph(entry.text, `目录第${i + 1}行`));
      return;
    case 'table':
      return pushTable(block.table, out);
  }
}

function pushTable(table: GridTable, out: Places): void {
  const label = printable(table.label);
  out.paragraph(table.label, `${label}表号`);
  out.paragraph(table.title, `${label}标题`);
  out.paragraph(table.subtitle, `${label}副标题`);
  out.paragraph([table.nameLine, table.unitLine].filter(Boolean).join('\t'), `${label}名称行`);
  const top = gridTopOf(table);
  const rows = table.rows.map((row) => {
    const texts: string[] = [];
    for (const cell of row) if (cell.kind === 'content') texts.push(printable(cell.text));
    return texts;
  });
  const cell = (r: number, c: number): string | undefined => {
    const column = contentColumn(table.rows[r] ?? [], c);
    return column === undefined ? undefined : `${label}!${columnName(column)}${top + r}`;
  };
  out.table({ item: { kind: 'table', rows }, place: `${label}表格`, cell, row: (r) => `${label}第${top + r}行` });
  table.notes.forEach((note, i) => out.paragraph(note, `${label}注${table.notes.length > 1 ? i + 1 : ''}`));
}

/** The grid column of a row's `c`-th content cell; undefined past its last. */
function contentColumn(row: readonly GridCell[], c: number): number | undefined {
  let seen = -1;
  for (let k = 0; k < row.length; k++) if (row[k]?.kind === 'content' && ++seen === c) return k;
  return undefined;
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, '');
  return flat.length > 20 ? `${flat.slice(0, 20)}…` : flat;
}
