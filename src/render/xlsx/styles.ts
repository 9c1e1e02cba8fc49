import { MAIN_NS, XML_HEADER, xmlAttribute } from './xml.js';

/** How one cell looks: what a `cellXfs` entry of xl/styles.xml says (vertical alignment is always centred). */
export interface CellStyle {
  font: string;
  size: number;
  bold: boolean;
  horizontal: 'left' | 'center' | 'right';
  wrap: boolean;
  /** Indent by one level (a text cell keeps clear of the border). */
  indent: boolean;
  /** Thin black lines on all four sides. */
  border: boolean;
  /** Shown with the amount number format (`numFmtId` 164). */
  amount: boolean;
}

/** The custom number format id of amounts: ids below 164 are Excel's built-in formats. */
const AMOUNT_FORMAT_ID = 164;

/**
 * The workbook's styles (SpreadsheetML §18.8): each distinct CellStyle becomes one `xf` in `cellXfs`, and each
 * distinct font one `font`, in the order first asked for, so the same workbook gives the same part.
 */
export class StyleTable {
  private readonly xfs = new Map<string, number>();
  /** The index of each frozen style object asked for (a frozen object's fields cannot have changed since). */
  private readonly seen = new Map<Readonly<CellStyle>, number>();
  private readonly xfXml: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly fonts = new Map<string, number>();
  private readonly fontXml: string[] = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];

  constructor(private readonly amountFormat: string) {}

  /**
   * The `s` index of a cell in this style, adding the style on first use. A style object asked for before is found by
   * identity, without building its key: so a frozen one shared by many cells (gridCellStyle) is looked up cheaply.
   */
  xf(style: Readonly<CellStyle>): number {
    let index = this.seen.get(style);
    if (index !== undefined) return index;
    const key = `${style.font}|${style.size}|${style.bold}|${style.horizontal}|${style.wrap}|${style.indent}|${style.border}|${style.amount}`;
    index = this.xfs.get(key);
    if (index === undefined) {
      index = this.xfXml.length;
      this.xfs.set(key, index);
      this.xfXml.push(xfXml(style, this.font(style)));
    }
    if (Object.isFrozen(style)) this.seen.set(style, index);
    return index;
  }

  private font(style: Readonly<CellStyle>): number {
    const key = `${style.font}|${style.size}|${style.bold}`;
    let index = this.fonts.get(key);
    if (index === undefined) {
      index = this.fontXml.length;
      this.fonts.set(key, index);
      this.fontXml.push(`<font>${style.bold ? '<b/>' : ''}<sz val="${style.size}"/><name val="${xmlAttribute(style.font)}"/></font>`);
    }
    return index;
  }

  /**
   * xl/styles.xml. Excel requires the defaults every cell style builds on: font 0, fills 0 (none) and 1 (gray125),
   * border 0 (none), the one cell style xf and the Normal cell style.
   */
  xml(): string {
    return [
      XML_HEADER,
      `<styleSheet xmlns="${MAIN_NS}">`,
      `<numFmts count="1"><numFmt numFmtId="${AMOUNT_FORMAT_ID}" formatCode="${xmlAttribute(this.amountFormat)}"/></numFmts>`,
      `<fonts count="${this.fontXml.length}">${this.fontXml.join('')}</fonts>`,
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${THIN_SIDES}<diagonal/></border></borders>`,
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join('')}</cellXfs>`,
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '<dxfs count="0"/><tableStyles count="0"/>',
      '</styleSheet>',
    ].join('');
  }
}

const THIN_SIDES = ['left', 'right', 'top', 'bottom'].map((side) => `<${side} style="thin"><color rgb="FF000000"/></${side}>`).join('');

function xfXml(style: Readonly<CellStyle>, fontId: number): string {
  const numFmt = style.amount ? AMOUNT_FORMAT_ID : 0;
  const applies = `${style.amount ? ' applyNumberFormat="1"' : ''} applyFont="1"${style.border ? ' applyBorder="1"' : ''} applyAlignment="1"`;
  const alignment = `<alignment horizontal="${style.horizontal}" vertical="center"${style.wrap ? ' wrapText="1"' : ''}${style.indent ? ' indent="1"' : ''}/>`;
  return `<xf numFmtId="${numFmt}" fontId="${fontId}" fillId="0" borderId="${style.border ? 1 : 0}" xfId="0"${applies}>${alignment}</xf>`;
}
