import { decodeEntities } from '../../render/docx/docx-xml.js';
import { formatPlace, type Place, type ReadBlock, type ReadCell, type ReadGrid } from '../read-model.js';

/**
 * Where a paragraph's content lies in document.xml, so a comment range can be put around it: `start` after the
 * paragraph's properties, `end` at its closing tag; for an empty `<w:p/>`, the tag itself (`empty`).
 */
export interface XmlAnchor {
  start: number;
  end: number;
  empty?: boolean;
}

/** The anchors of the printed places (by formatPlace: `第40段`, `第5个表格第3行第2列`): a paragraph, a cell's first paragraph. */
export type XmlAnchors = Map<string, XmlAnchor>;

interface CellState {
  paragraphs: string[];
  span: number;
  merge: 'restart' | 'continue' | undefined;
  anchor?: XmlAnchor;
}

interface RowState {
  cells: CellState[];
  header: boolean;
}

interface TableState {
  rows: RowState[];
  row?: RowState;
  cell?: CellState;
}

const TOKEN = /<(\/?)(w:[A-Za-z]+)((?:"[^"]*"|'[^']*'|[^'">])*?)(\/?)>|([^<]+)/g;

/**
 * Reads word/document.xml as printed (OOXML §17.3, §17.4): body paragraphs (`w:p`, text of `w:t`, `w:tab` as a
 * tab, `w:br` as a line break; field codes are not text) and tables as grids with their merges (`w:gridSpan`,
 * `w:vMerge`) and repeated header rows (`w:tblHeader`). Empty paragraphs are not counted: 第N段 counts what shows.
 */
export function readDocumentXml(xml: string, anchors?: XmlAnchors): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  const tables: TableState[] = [];
  let paragraph: string | undefined;
  let anchor: XmlAnchor | undefined;
  let inText = false;
  let paragraphs = 0;
  let tableCount = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const [, closing, tag, attrs = '', selfClosing, text] = m;
    if (text !== undefined) {
      if (inText && paragraph !== undefined) paragraph += decodeEntities(text);
      continue;
    }
    const opens = !closing;
    const closes = Boolean(closing) || Boolean(selfClosing);
    const table = tables.at(-1);
    switch (tag) {
      case 'w:t':
        inText = opens && !closes;
        break;
      case 'w:tab':
        if (paragraph !== undefined && opens) paragraph += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (paragraph !== undefined) paragraph += '\n';
        break;
      case 'w:p':
        if (opens) {
          paragraph = '';
          anchor = selfClosing ? { start: m.index, end: m.index + m[0].length, empty: true } : { start: m.index + m[0].length, end: m.index + m[0].length };
        }
        if (!closes) break;
        if (anchor && !selfClosing) anchor.end = m.index;
        if (tables.length > 0) {
          const cell = tables[0]?.cell;
          cell?.paragraphs.push(paragraph ?? '');
          if (cell && !cell.anchor) cell.anchor = anchor;
        } else if ((paragraph ?? '').trim() !== '') {
          const place: Place = { kind: 'paragraph', paragraph: ++paragraphs };
          if (anchor) anchors?.set(formatPlace(place), anchor);
          blocks.push({ kind: 'line', line: { text: paragraph ?? '', place } });
        }
        paragraph = undefined;
        anchor = undefined;
        break;
      case 'w:pPr':
        // A comment range starts after the paragraph's properties, which must come first.
        if (closing && anchor && !anchor.empty) anchor.start = m.index + m[0].length;
        break;
      case 'w:tbl':
        if (opens && !closes) tables.push({ rows: [] });
        else if (closing) {
          const done = tables.pop();
          if (done && tables.length === 0) blocks.push({ kind: 'grid', grid: gridOf(done, ++tableCount, anchors) });
        }
        break;
      case 'w:tr':
        if (table && tables.length === 1) {
          if (opens) table.row = { cells: [], header: false };
          if (closes && table.row) table.rows.push(table.row);
        }
        break;
      case 'w:tblHeader':
        if (table?.row && !/w:val="(false|0|off)"/.test(attrs)) table.row.header = true;
        break;
      case 'w:tc':
        if (table && tables.length === 1) {
          if (opens) table.cell = { paragraphs: [], span: 1, merge: undefined };
          if (closes && table.cell) table.row?.cells.push(table.cell);
          if (closes) table.cell = undefined;
        }
        break;
      case 'w:gridSpan':
        if (table?.cell) table.cell.span = Math.max(1, Number(/w:val="(\d+)"/.exec(attrs)?.[1] ?? '1'));
        break;
      case 'w:vMerge':
        if (table?.cell) table.cell.merge = /w:val="restart"/.test(attrs) ? 'restart' : 'continue';
        break;
      default:
        break;
    }
  }
  return blocks;
}

/** Lays a table's rows on its grid: a cell at the leaf column it starts in, null where a span or a vertical merge covers. */
function gridOf(table: TableState, index: number, anchors?: XmlAnchors): ReadGrid {
  const rows: (ReadCell | null)[][] = [];
  const width = Math.max(0, ...table.rows.map((r) => r.cells.reduce((n, c) => n + c.span, 0)));
  table.rows.forEach((row, r) => {
    const out: (ReadCell | null)[] = new Array<ReadCell | null>(width).fill(null);
    let col = 0;
    for (const cell of row.cells) {
      if (cell.merge === 'continue') {
        const above = startAbove(rows, r, col);
        if (above) above.rowSpan += 1;
      } else {
        const text = cell.paragraphs.join('\n');
        const place: Place = { kind: 'cell', table: index, row: r + 1, column: col + 1 };
        if (cell.anchor) anchors?.set(formatPlace(place), cell.anchor);
        out[col] = { text, rowSpan: 1, colSpan: cell.span, place };
      }
      col += cell.span;
    }
    rows.push(out);
  });
  const headerRows = table.rows.findIndex((row) => !row.header);
  return { rows, ...(headerRows > 0 ? { headerRows } : headerRows < 0 && rows.length > 0 ? { headerRows: rows.length } : {}), place: { kind: 'cell', table: index, row: 1, column: 1 } };
}

/** The cell a vertical merge continues: the nearest cell above that starts in this column. */
function startAbove(rows: readonly (ReadCell | null)[][], row: number, col: number): ReadCell | undefined {
  for (let r = row - 1; r >= 0; r--) {
    const cell = rows[r]?.[col];
    if (cell) return cell;
  }
  return undefined;
}
