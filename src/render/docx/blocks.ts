import type { HeadingBlock, ParagraphBlock, PartTitleBlock } from '../../document/model.js';
import { tcField } from './fields.js';
import { paragraphXml, textRunsXml } from './paragraph-xml.js';
import type { TocMark } from './toc-targets.js';
import { balanceTitle } from './title-lines.js';
import { BODY_INDENT, BODY_LINE, FONT, PORTRAIT_TEXT_WIDTH, SIZE, type FontName } from './typography.js';

/** How a block starts: on a new page, and with which 目录 entries (TC fields) pointing at it. */
export interface BlockPlacement {
  pageBreakBefore: boolean;
  marks: TocMark[];
}

/**
 * A part title: `第一部分` and the title as one centred paragraph in 方正小标宋简体 2号, the two lines split by a
 * line break so the outline (PDF bookmark) holds both; a title too long for one line is balanced over two.
 * Without a label it is the cover title, set lower and larger.
 */
export function partTitleParagraph(block: PartTitleBlock, at: BlockPlacement): string {
  const cover = block.label === undefined;
  const size = cover ? 26 : SIZE.二号;
  const title = balanceTitle(block.title, size, PORTRAIT_TEXT_WIDTH);
  const text = cover ? title : `${block.label}\n${title}`;
  const props = {
    keepNext: true,
    keepLines: true,
    pageBreakBefore: at.pageBreakBefore,
    overflowPunct: true,
    spacing: cover
      ? { after: 600, before: 3600, line: 760, lineRule: BODY_LINE.lineRule }
      : { after: BODY_LINE.line, before: 0, line: 640, lineRule: BODY_LINE.lineRule },
    align: 'center',
    outline: block.outline !== undefined ? block.outline - 1 : undefined,
  } as const;
  return paragraphXml(props, marks(at) + textRunsXml(text, FONT.title, size));
}

/** 一、 headings in 黑体 (outline level 2), （一） headings in 楷体_GB2312 (outline level 3); both 3号, indented. */
export function headingParagraph(block: HeadingBlock, at: BlockPlacement): string {
  const font: FontName = block.level === 2 ? FONT.heading : FONT.subheading;
  const props = { keepNext: true, pageBreakBefore: at.pageBreakBefore, overflowPunct: true, spacing: BODY_SPACING, indent: { firstLine: BODY_INDENT }, align: 'both', outline: block.level - 1 } as const;
  return paragraphXml(props, marks(at) + textRunsXml(block.text, font, SIZE.三号));
}

/** Body text in 仿宋_GB2312 3号 at the fixed 29 pt pitch; `body`/`list` indent two characters, `bold` is the 附件 line in 黑体. */
export function bodyParagraph(block: ParagraphBlock, at: BlockPlacement): string {
  const style = block.style ?? 'body';
  const indented = style === 'body' || style === 'list';
  const props = { pageBreakBefore: at.pageBreakBefore, overflowPunct: true, spacing: BODY_SPACING, indent: indented ? { firstLine: BODY_INDENT } : undefined, align: 'both' } as const;
  return paragraphXml(props, marks(at) + textRunsXml(block.text, style === 'bold' ? FONT.heading : FONT.body, SIZE.三号));
}

/** Body spacing: the fixed pitch, nothing before or after. */
const BODY_SPACING = { after: 0, before: 0, ...BODY_LINE } as const;

function marks(at: BlockPlacement): string {
  return at.marks.map((m) => tcField(m.text, m.level, FONT.body)).join('');
}
