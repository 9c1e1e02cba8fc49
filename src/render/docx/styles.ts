import { LeaderType, LineRuleType, TabStopType, type IStylesOptions } from 'docx';
import { entryFont, TOC_LINE, tocIndent, tocStyleId } from './toc.js';
import { CJK_PARAGRAPH, FONT, PORTRAIT_TEXT_WIDTH, SIZE, runFonts, tableCellStyles } from './typography.js';

/**
 * Document defaults (仿宋_GB2312 3号; East Asian language zh-CN, Western en-US: with zh-CN as the Western
 * language LibreOffice breaks lines inside numbers such as 948.39), the table cell styles (typography.ts,
 * tableCellStyle) and the 目录 entry styles. Narrative runs also carry their fonts directly; the 目录 styles matter
 * where a program writes its own runs, as when Word or LibreOffice regenerates the 目录.
 */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: runFonts(FONT.body), size: SIZE.三号 * 2, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    },
    paragraphStyles: [
      ...tableCellStyles().map(({ id, font, points }) => ({
        id,
        name: id,
        basedOn: 'Normal',
        quickFormat: false,
        paragraph: { ...CJK_PARAGRAPH, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        run: { font: runFonts(font), size: points * 2 },
      })),
      ...tocStyles(),
    ],
  };
}

function tocStyles() {
  return [1, 2, 3].map((level) => ({
      id: tocStyleId(level),
      name: `toc ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 39,
      paragraph: {
        indent: tocIndent(level),
        spacing: { ...TOC_LINE, before: 0, after: 0 },
        tabStops: [{ type: TabStopType.RIGHT, position: PORTRAIT_TEXT_WIDTH, leader: LeaderType.DOT }],
      },
      run: { font: runFonts(entryFont(level)), size: SIZE.三号 * 2 },
    }));
}
