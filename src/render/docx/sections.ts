import { PageOrientation, Paragraph, TextRun, type FileChild, type ISectionOptions, type Table } from 'docx';
import type { Block, BudgetDocument, Part } from '../../document/model.js';
import { bodyParagraph, headingParagraph, partTitleParagraph, type BlockPlacement } from './blocks.js';
import { narrativeMarker } from './grid-xml.js';
import { tableChildren } from './table.js';
import { tocParagraphs } from './toc.js';
import { blockKey, tocTargets, type TocTargets } from './toc-targets.js';
import { coverFirst } from './footers.js';
import { PAGE } from './typography.js';

/** A section's content: paragraphs as XML (paragraph-xml.ts) and the tables' docx Tables. */
type Child = string | Table;

interface SectionDraft {
  landscape: boolean;
  children: Child[];
}

/** The sections for docx, and the XML of the narrative placeholders in them (`narrativeMarker`), by index. */
export interface DocumentSections {
  sections: ISectionOptions[];
  narrative: string[];
}

/**
 * Lays the parts out in sections: narrative parts run on in portrait sections, each part from a new page;
 * a part that holds tables is landscape, and each of its tables opens a new landscape section (so a new
 * page); blocks before its first table (the 附件 line) share the first table's page. docx gets one placeholder
 * paragraph for each run of paragraphs; package.ts puts their XML in its place.
 */
export function documentSections(doc: BudgetDocument, tocPages: readonly number[] = []): DocumentSections {
  const targets = tocTargets(doc);
  const drafts: SectionDraft[] = [];
  doc.parts.forEach((part, p) => {
    if (part.blocks.some((b) => b.type === 'table')) drafts.push(...landscapeDrafts(part, p, targets));
    else appendPortrait(drafts, part, p, targets, tocPages);
  });
  const narrative: string[] = [];
  const sections = drafts.map((draft, i) => section(draft, i === 0 && coverFirst(doc), narrative));
  return { sections, narrative };
}

function appendPortrait(drafts: SectionDraft[], part: Part, p: number, targets: TocTargets, tocPages: readonly number[]): void {
  let draft = drafts[drafts.length - 1];
  if (!draft || draft.landscape) {
    draft = { landscape: false, children: [] };
    drafts.push(draft);
  }
  const target = draft;
  part.blocks.forEach((block, b) => {
    const at = { pageBreakBefore: b === 0 && target.children.length > 0, marks: targets.get(blockKey(p, b)) ?? [] };
    target.children.push(...renderBlock(block, at, tocPages));
  });
}

function landscapeDrafts(part: Part, p: number, targets: TocTargets): SectionDraft[] {
  const drafts: SectionDraft[] = [];
  let pending: Child[] = [];
  part.blocks.forEach((block, b) => {
    const at = { pageBreakBefore: false, marks: targets.get(blockKey(p, b)) ?? [] };
    if (block.type === 'table') {
      drafts.push({ landscape: true, children: [...pending, ...tableChildren(block.table, at.marks)] });
      pending = [];
    } else if (drafts.length === 0) {
      pending.push(...renderBlock(block, at));
    } else {
      drafts[drafts.length - 1]?.children.push(...renderBlock(block, at));
    }
  });
  if (pending.length > 0) drafts.push({ landscape: true, children: pending });
  return drafts;
}

function renderBlock(block: Block, at: BlockPlacement, tocPages: readonly number[] = []): Child[] {
  switch (block.type) {
    case 'partTitle':
      return [partTitleParagraph(block, at)];
    case 'heading':
      return [headingParagraph(block, at)];
    case 'paragraph':
      return [bodyParagraph(block, at)];
    case 'toc':
      return [tocParagraphs(block, at.pageBreakBefore, tocPages)];
    case 'table':
      return tableChildren(block.table, at.marks);
  }
}

function section(draft: SectionDraft, coverFirst: boolean, narrative: string[]): ISectionOptions {
  const margin = draft.landscape ? PAGE.landscapeMargin : PAGE.portraitMargin;
  return {
    properties: {
      titlePage: coverFirst,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: draft.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { ...margin, gutter: 0 },
      },
    },
    // No footers here: package.ts adds one shared footer part and each w:sectPr's reference to it (footers.ts).
    children: placeholders(draft.children, narrative),
  };
}

/** Each run of XML paragraphs becomes one placeholder paragraph holding its index in `narrative`. */
function placeholders(children: readonly Child[], narrative: string[]): FileChild[] {
  const out: FileChild[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    out.push(new Paragraph({ children: [new TextRun(narrativeMarker(narrative.push(run.join('')) - 1))] }));
    run = [];
  };
  for (const child of children) {
    if (typeof child === 'string') run.push(child);
    else {
      flush();
      out.push(child);
    }
  }
  flush();
  return out;
}

