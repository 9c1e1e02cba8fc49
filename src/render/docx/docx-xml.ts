/** What a reader sees in word/document.xml: body paragraphs and tables, in order. */
export type DocxItem = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

interface TableState {
  rows: string[][];
  row?: string[];
  cell?: { paragraphs: string[]; covered: boolean };
}

/**
 * Reads the text of word/document.xml as a reader sees it: `w:t` text, `w:tab` → tab, `w:br` → newline;
 * field codes (`w:instrText`) are not text, field results are. Empty body paragraphs are dropped. A table
 * is its rows of cell texts (a cell's paragraphs joined by newlines), without the `w:vMerge continue` cells
 * that only continue a vertical merge.
 */
export function documentItems(xml: string): DocxItem[] {
  const reader = new BodyReader();
  const token = /<(\/?)([A-Za-z0-9]+:[A-Za-z0-9]+)((?:"[^"]*"|'[^']*'|[^'">])*?)(\/?)>|([^<]+)/g;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const [, closing, tag = '', attrs = '', selfClosing, text] = m;
    if (text !== undefined) reader.text(text);
    else reader.tag(tag, !closing, Boolean(closing) || Boolean(selfClosing), attrs);
  }
  return reader.items;
}

class BodyReader {
  readonly items: DocxItem[] = [];
  private readonly tables: TableState[] = [];
  private paragraph: string | undefined;
  private inText = false;
  private inParagraphProps = false;

  text(raw: string): void {
    if (this.inText && this.paragraph !== undefined) this.paragraph += decodeEntities(raw);
  }

  tag(tag: string, opens: boolean, closes: boolean, attrs: string): void {
    if (tag === 'w:t') this.inText = opens && !closes;
    else if (tag === 'w:pPr') this.inParagraphProps = opens && !closes;
    else if (tag === 'w:tab' && !this.inParagraphProps) this.append('\t');
    else if (tag === 'w:br') this.append('\n');
    else if (tag === 'w:p') this.onParagraph(opens, closes);
    else this.onTable(tag, opens, closes, attrs);
  }

  private append(text: string): void {
    if (this.paragraph !== undefined) this.paragraph += text;
  }

  private onParagraph(opens: boolean, closes: boolean): void {
    if (opens) this.paragraph = '';
    if (!closes) return;
    const text = this.paragraph ?? '';
    const cell = this.tables[this.tables.length - 1]?.cell;
    if (cell) cell.paragraphs.push(text);
    else if (text !== '') this.items.push({ kind: 'paragraph', text });
    this.paragraph = undefined;
  }

  private onTable(tag: string, opens: boolean, closes: boolean, attrs: string): void {
    const table = this.tables[this.tables.length - 1];
    if (tag === 'w:tbl') {
      if (opens) this.tables.push({ rows: [] });
      else this.items.push({ kind: 'table', rows: this.tables.pop()?.rows ?? [] });
    } else if (tag === 'w:tr' && table) {
      if (opens) table.row = [];
      if (closes && table.row) table.rows.push(table.row);
    } else if (tag === 'w:tc' && table) {
      if (opens) table.cell = { paragraphs: [], covered: false };
      if (closes && table.cell && !table.cell.covered) table.row?.push(table.cell.paragraphs.join('\n'));
      if (closes) table.cell = undefined;
    } else if (tag === 'w:vMerge' && table?.cell && !/w:val="restart"/.test(attrs)) {
      table.cell.covered = true;
    }
  }
}

/** Decodes the five XML entities and numeric character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? '';
  });
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
