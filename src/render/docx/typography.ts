import { printable } from '../../xml/text.js';

/** The XML-forbidden characters rule (xml/text.ts), shared with the .xlsx writer. */
export { printable };

/**
 * GB/T 9704-2012 page and type settings (twips = 1/20 pt; docx `size` is in half-points).
 * Portrait pages carry the narrative; each table sits on landscape pages with narrower margins.
 */
export const PAGE = {
  width: 11906, // A4 210 mm
  height: 16838, // A4 297 mm
  portraitMargin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(23), header: mm(15) },
  landscapeMargin: { top: mm(22), bottom: mm(22), left: mm(18), right: mm(18), footer: mm(10), header: mm(10) },
} as const;

/** Width of the text column on a portrait page (156 mm). */
export const PORTRAIT_TEXT_WIDTH = PAGE.width - PAGE.portraitMargin.left - PAGE.portraitMargin.right;
/** Width of the text column on a landscape page (the grid is scaled to this). */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.landscapeMargin.left - PAGE.landscapeMargin.right;

/** Font names as GB/T 9704 names them; `altName` is what Word substitutes when the first is missing. */
export const FONT = {
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  title: '方正小标宋简体',
  table: '宋体',
} as const;

export type FontName = (typeof FONT)[keyof typeof FONT];

/** Fallback names written into word/fontTable.xml (`w:altName`). */
export const FONT_FALLBACK: Record<FontName, string> = {
  仿宋_GB2312: '仿宋',
  黑体: 'SimHei',
  楷体_GB2312: '楷体',
  方正小标宋简体: '黑体',
  宋体: 'SimSun',
};

/** Point sizes of the Chinese 号 scale used here. */
export const SIZE = { 二号: 22, 小二: 18, 三号: 16, 四号: 14, 小四: 12, 五号: 10.5, 小五: 9, 六号: 7.5 } as const;

/** Fixed line pitch of body text (≈28.95 pt): exactly 22 lines fit the 225 mm text block (GB/T 9704 §5.2.2). */
export const BODY_LINE = { line: 579, lineRule: 'exact' } as const;
/** Two characters of 3号 text: the first-line indent of body paragraphs. */
export const BODY_INDENT = 2 * SIZE.三号 * 20;

/**
 * Paragraph options every paragraph carries. `w:overflowPunct` on is Word's default (hanging punctuation);
 * written out, LibreOffice 7.4 reads it as "no hanging" and wraps `办公室、` together, where by default it
 * drops a line-final `、` from justified lines in the PDF.
 */
export const CJK_PARAGRAPH = { overflowPunctuation: true } as const;

/** Font size of table cells by the table's density hint. */
export const TABLE_FONT_SIZE = { normal: SIZE.五号, compact: SIZE.小五, dense: SIZE.六号 } as const;

/**
 * The paragraph style of a table cell (styles.ts): its font (宋体 for body cells, the heading font for header
 * cells), size, single spacing and CJK punctuation. A cell's paragraph names the style instead of repeating about
 * 400 bytes of run and paragraph properties (a seed's word/document.xml went from 2.2 MB to 0.8 MB).
 */
export function tableCellStyle(header: boolean, points: number): string {
  return `${header ? 'TableHeading' : 'TableText'}${points * 2}`;
}

/** Every table cell style: both fonts at each table size. */
export function tableCellStyles(): { id: string; font: FontName; points: number }[] {
  return [...new Set(Object.values(TABLE_FONT_SIZE))].flatMap((points) => [
    { id: tableCellStyle(false, points), font: FONT.table, points },
    { id: tableCellStyle(true, points), font: FONT.heading, points },
  ]);
}

/** The w:rFonts value for one font on every script slot. */
export function runFonts(font: FontName): { name: string; hint: string } {
  return { name: font, hint: 'eastAsia' };
}

/** Millimetres in twips, rounded down (as docx's convertMillimetersToTwip). */
function mm(value: number): number {
  return Math.floor((value / 25.4) * 72 * 20);
}
