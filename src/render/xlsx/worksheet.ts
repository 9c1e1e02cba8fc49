import { columnName } from './address.js';
import { excelWidth } from './geometry.js';
import { sheetRows, type RowsTarget } from './rows.js';
import type { SheetPlan } from './sheet.js';
import { MAIN_NS, REL_NS, XML_HEADER } from './xml.js';

/**
 * A sheet's part (xl/worksheets/sheetN.xml, SpreadsheetML §18.3), a piece at a time, elements in the schema's
 * order: fit to page, frozen under the header rows, column widths, the rows, merges, then printing — centred,
 * the margins, landscape on the plan's paper one page wide (and one tall when it nearly fits), `- N -` page
 * numbers at the foot, and the plan's manual page breaks.
 */
export function* worksheetXml(plan: SheetPlan, target: Omit<RowsTarget, 'merges'>): Generator<string> {
  const merges: string[] = [];
  yield head(plan);
  yield* sheetRows(plan, { ...target, merges });
  yield tail(plan, merges);
}

function head(plan: SheetPlan): string {
  const { table, fontSize, lastRow } = plan;
  const lastColumn = columnName(Math.max(1, table.columns.length) - 1);
  const cols = table.columns.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${excelWidth(w, fontSize)}" customWidth="1"/>`).join('');
  return [
    XML_HEADER,
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${lastColumn}${Math.max(1, lastRow)}"/>`,
    plan.table.headerRows > 0 ? `<sheetViews>${frozenView(plan)}</sheetViews>` : '',
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols === '' ? '' : `<cols>${cols}</cols>`,
    '<sheetData>',
  ].join('');
}

/** Frozen under the header rows, so they stay in sight while scrolling. */
function frozenView(plan: SheetPlan): string {
  const bottom = headerBottom(plan);
  return `<sheetView workbookViewId="0"><pane ySplit="${bottom}" topLeftCell="A${bottom + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>`;
}

/** The last header row (1-based); the print titles and the frozen pane end there. */
export function headerBottom(plan: SheetPlan): number {
  return plan.gridTop + plan.table.headerRows - 1;
}

function tail(plan: SheetPlan, merges: readonly string[]): string {
  const breaks = plan.breaks.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join('');
  return [
    '</sheetData>',
    merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : '',
    '<printOptions horizontalCentered="1"/>',
    '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>',
    `<pageSetup paperSize="${plan.paper.paperSize}" orientation="landscape" fitToWidth="1" fitToHeight="${plan.onePage ? 1 : 0}"/>`,
    '<headerFooter><oddFooter>&amp;C- &amp;P -</oddFooter></headerFooter>',
    breaks === '' ? '' : `<rowBreaks count="${plan.breaks.length}" manualBreakCount="${plan.breaks.length}">${breaks}</rowBreaks>`,
    '</worksheet>',
  ].join('');
}
