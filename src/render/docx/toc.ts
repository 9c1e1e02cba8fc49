import type { TocBlock } from '../../document/model.js';
import { fieldEnd, fieldStart } from './fields.js';
import { paragraphXml, textRunsXml } from './paragraph-xml.js';
import { BODY_INDENT, BODY_LINE, FONT, PORTRAIT_TEXT_WIDTH, SIZE, type FontName } from './typography.js';

/**
 * The 目录 field code: entries come from the TC fields placed at each target (`\f`, levels 1–9), linked (`\h`).
 * A plain `\o` outline TOC would list every 第二部分 heading and none of the table names, unlike the
 * published 目录 (spec §1.2); the TC fields reproduce the TocBlock exactly while headings keep their
 * outline levels for the navigation pane and PDF bookmarks.
 */
export const TOC_FIELD = ' TOC \\f \\l "1-9" \\h \\z ';

/** 目录 lines at a 24 pt pitch, so the 14-table list of E2024 still fits one page. */
export const TOC_LINE = { line: 480, lineRule: 'exact' } as const;

/** Paragraph style ids of 目录 entries (Word's built-in `toc 1`…; LibreOffice maps them to Contents 1…). */
export function tocStyleId(level: number): string {
  return `TOC${Math.min(Math.max(level, 1), 9)}`;
}

/**
 * The 目录 page: its title, then a TOC field whose cached result is the TocBlock's entries, each with its page
 * number after a dotted right tab, so Word, WPS and LibreOffice open it filled in, with no update dialog. The
 * numbers come from a LibreOffice layout pass or an estimate (toc-pages.ts); updating the field in Word, or
 * `convertToPdf`, recomputes them.
 */
export function tocParagraphs(block: TocBlock, pageBreakBefore: boolean, pages: readonly number[] = []): string {
  const title = paragraphXml(
    { pageBreakBefore, overflowPunct: true, spacing: { after: BODY_LINE.line, before: 0, line: 640, lineRule: TOC_LINE.lineRule }, align: 'center' },
    textRunsXml(block.title, FONT.title, SIZE.二号),
  );
  const last = block.entries.length - 1;
  const entries = block.entries.map((entry, i) => {
    const font = entryFont(entry.level);
    const runs = [
      i === 0 ? fieldStart(TOC_FIELD, font) : '',
      textRunsXml(entry.text, font, SIZE.三号),
      pages[i] === undefined ? '' : textRunsXml(`\t${pages[i]}`, font, SIZE.三号),
      i === last ? fieldEnd(font) : '',
    ];
    return paragraphXml(
      { style: tocStyleId(entry.level), overflowPunct: true, tabs: TOC_TABS, spacing: { after: 0, before: 0, ...TOC_LINE }, indent: tocIndent(entry.level) },
      runs.join(''),
    );
  });
  if (entries.length === 0) entries.push(paragraphXml({}, fieldStart(TOC_FIELD, FONT.body) + fieldEnd(FONT.body)));
  return title + entries.join('');
}

/** The page number's dotted right tab at the text edge. */
const TOC_TABS = [{ val: 'right', pos: PORTRAIT_TEXT_WIDTH, leader: 'dot' }] as const;

/**
 * Deeper levels indent two characters a level. No right indent: LibreOffice sets the regenerated page-number
 * tab at the text edge, and a right indent pushes the numbers off the page.
 */
export function tocIndent(level: number): { left: number } {
  return { left: level > 1 ? BODY_INDENT * (level - 1) : 0 };
}

/** Level 1 entries (part titles, 附件) in 黑体, deeper ones in 仿宋_GB2312. */
export function entryFont(level: number): FontName {
  return level <= 1 ? FONT.heading : FONT.body;
}
