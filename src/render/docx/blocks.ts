import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import type { HeadingBlock, ParagraphBlock, PartTitleBlock } from '../../document/model.js';
import { tcField } from './fields.js';
import type { TocMark } from './toc-targets.js';
import { balanceTitle } from './title-lines.js';
import { BODY_INDENT, BODY_LINE, CJK_PARAGRAPH, FONT, PORTRAIT_TEXT_WIDTH, SIZE, textRuns, type FontName } from './typography.js';

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
export function partTitleParagraph(block: PartTitleBlock, at: BlockPlacement): Paragraph {
  const cover = block.label === undefined;
  const size = cover ? 26 : SIZE.二号;
  const title = balanceTitle(block.title, size, PORTRAIT_TEXT_WIDTH);
  const text = cover ? title : `${block.label}\n${title}`;
  return new Paragraph({
    ...CJK_PARAGRAPH,
    alignment: AlignmentType.CENTER,
    pageBreakBefore: at.pageBreakBefore,
    keepNext: true,
    keepLines: true,
    outlineLevel: block.outline !== undefined ? block.outline - 1 : undefined,
    spacing: cover
      ? { before: 3600, after: 600, line: 760, lineRule: LineRuleType.EXACT }
      : { before: 0, after: BODY_LINE.line, line: 640, lineRule: LineRuleType.EXACT },
    children: [...marks(at), ...textRuns(text, FONT.title, size)],
  });
}

/** 一、 headings in 黑体 (outline level 2), （一） headings in 楷体_GB2312 (outline level 3); both 3号, indented. */
export function headingParagraph(block: HeadingBlock, at: BlockPlacement): Paragraph {
  const font: FontName = block.level === 2 ? FONT.heading : FONT.subheading;
  return new Paragraph({
    ...CJK_PARAGRAPH,
    pageBreakBefore: at.pageBreakBefore,
    keepNext: true,
    outlineLevel: block.level - 1,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_INDENT },
    spacing: { ...BODY_LINE, before: 0, after: 0 },
    children: [...marks(at), ...textRuns(block.text, font, SIZE.三号)],
  });
}

/** Body text in 仿宋_GB2312 3号 at the fixed 29 pt pitch; `body`/`list` indent two characters, `bold` is the 附件 line in 黑体. */
export function bodyParagraph(block: ParagraphBlock, at: BlockPlacement): Paragraph {
  const style = block.style ?? 'body';
  const indented = style === 'body' || style === 'list';
  return new Paragraph({
    ...CJK_PARAGRAPH,
    pageBreakBefore: at.pageBreakBefore,
    alignment: AlignmentType.JUSTIFIED,
    indent: indented ? { firstLine: BODY_INDENT } : undefined,
    spacing: { ...BODY_LINE, before: 0, after: 0 },
    children: [...marks(at), ...textRuns(block.text, style === 'bold' ? FONT.heading : FONT.body, SIZE.三号)],
  });
}

function marks(at: BlockPlacement) {
  return at.marks.flatMap((m) => tcField(m.text, m.level, FONT.body));
}
