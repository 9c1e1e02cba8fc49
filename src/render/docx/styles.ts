import { LeaderType, TabStopType, type IStylesOptions } from 'docx';
import { entryFont, TOC_LINE, tocIndent, tocStyleId } from './toc.js';
import { FONT, PORTRAIT_TEXT_WIDTH, SIZE, runFonts } from './typography.js';

/**
 * Document defaults (仿宋_GB2312 3号; East Asian language zh-CN, Western en-US: with zh-CN as the Western
 * language LibreOffice breaks lines inside numbers such as 948.39) and the 目录 entry styles. Runs also carry their fonts directly;
 * the styles matter where a program writes its own runs, as when Word or LibreOffice regenerates the 目录.
 */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: runFonts(FONT.body), size: SIZE.三号 * 2, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    },
    paragraphStyles: [1, 2, 3].map((level) => ({
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
    })),
  };
}
