import type { GridTable } from '../../document/model.js';
import { InternalError } from '../../model/diagnostic.js';
import { keptRows, mapSlots } from './grid.js';
import { runsXml } from './paragraph-xml.js';
import { TABLE_FONT_SIZE, tableCellStyle } from './typography.js';

/**
 * A grid's rows as WordprocessingML, one `w:tr` at a time (a large table is never held as one string), byte for
 * byte what docx 9.7 wrote for the same TableRow options (grid-xml.test.ts holds the two together,
 * tests/render/docx-reference.ts). docx spends about 0.1 ms per cell turning its objects into XML, which made the
 * table pages nearly all of the writer's time (bench/RESULTS.md); table.ts writes the table around these rows.
 */
export function* gridRowStrings(table: GridTable, widths: readonly number[]): Generator<string> {
  const slots = mapSlots(table);
  const size = TABLE_FONT_SIZE[table.density];
  const keep = keptRows(table);
  const height = Math.round(size * 20 * 1.6);
  const props = cellParagraphProps(tableCellStyle(false, size), tableCellStyle(true, size));
  const rowProps = (header: boolean) => `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : '<w:tblHeader w:val="false"/>'}<w:trHeight w:val="${height}" w:hRule="atLeast"/></w:trPr>`;
  const [headerRow, bodyRow] = [rowProps(true), rowProps(false)];
  for (let r = 0; r < slots.length; r++) {
    const row = slots[r] ?? [];
    let out = r < table.headerRows ? headerRow : bodyRow;
    const keepNext = keep.has(r);
    for (let c = 0; c < row.length; ) {
      const slot = row[c];
      if (!slot) throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列没有单元格`);
      const span = slot.cell.colSpan;
      let width = 0;
      for (let i = c; i < c + span; i++) width += widths[i] ?? 0;
      const gridSpan = span > 1 ? `<w:gridSpan w:val="${span}"/>` : '';
      if (slot.kind === 'covered' && slot.col === c) {
        out += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${gridSpan}<w:vMerge w:val="continue"/></w:tcPr><w:p><w:pPr>${props(false, keepNext, undefined)}</w:pPr></w:p></w:tc>`;
      } else if (slot.kind === 'origin') {
        const cell = slot.cell;
        const merge = cell.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '';
        out += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${gridSpan}${merge}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr>${props(cell.role === 'header', keepNext, cell.align)}</w:pPr>${runsXml(cell.text, cell.bold === true ? BOLD : '')}</w:p></w:tc>`;
      } else throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列的合并区域不完整`);
      c += span;
    }
    yield `${out}</w:tr>`;
  }
}

/**
 * A cell paragraph's properties: its style (font, size, spacing: `text` or `heading`), keep-with-next and alignment
 * (none for a vMerge continuation), each combination written once per table and looked up by a small number.
 */
function cellParagraphProps(text: string, heading: string): (header: boolean, keepNext: boolean, align: 'left' | 'center' | 'right' | undefined) => string {
  const made: string[] = [];
  return (header, keepNext, align) => {
    const at = (header ? 1 : 0) + (keepNext ? 2 : 0) + (align === undefined ? 0 : align === 'left' ? 4 : align === 'center' ? 8 : 12);
    return (made[at] ??= `<w:pStyle w:val="${header ? heading : text}"/>${keepNext ? '<w:keepNext/>' : ''}${align ? `<w:jc w:val="${align}"/>` : ''}`);
  };
}

/** The run properties of a bold cell's text (font and size come from the paragraph style). */
const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>';
