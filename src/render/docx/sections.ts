import type { Block, BudgetDocument, GridTable, Part } from '../../document/model.js';
import { Utf8ChunkWriter } from '../../xml/text.js';
import { bodyParagraph, headingParagraph, partTitleParagraph, type BlockPlacement } from './blocks.js';
import { coverFirst, footerReferencesXml } from './footers.js';
import { tableChildren, tableXml } from './table.js';
import { tocParagraphs } from './toc.js';
import { blockKey, tocTargets, type TocTargets } from './toc-targets.js';
import { PAGE } from './typography.js';

/** A section's content: paragraphs as XML (paragraph-xml.ts) and the tables, written row by row (table.ts). */
type Child = string | GridTable;

interface SectionDraft {
  landscape: boolean;
  children: Child[];
}

/**
 * word/document.xml as UTF-8 chunks (Utf8ChunkWriter): `open` (the root element as docx writes it,
 * fixed-parts.ts), then the parts laid out in sections. A 2,000-project document's XML is over 100 MB; built as one
 * string it held the writer's peak memory above 800 MB (bench/RESULTS.md), so a table goes out a row at a time, and
 * a chunk ends only after a table's opening, one of its rows or its closing tag (or at the end).
 *
 * Narrative parts run on in portrait sections, each part from a new page; a part that holds tables is landscape,
 * and each of its tables opens a new landscape section (so a new page); blocks before its first table (the 附件
 * line) share the first table's page. Every section ends with its w:sectPr: in the paragraph that closes it,
 * and the last one's in the body itself (ECMA-376 §17.6.17), as docx 9.7 wrote them.
 */
export function* documentXmlChunks(doc: BudgetDocument, tocPages: readonly number[], open: string): Generator<Uint8Array> {
  const targets = tocTargets(doc);
  const drafts: SectionDraft[] = [];
  doc.parts.forEach((part, p) => {
    if (part.blocks.some((b) => b.type === 'table')) drafts.push(...landscapeDrafts(part, p, targets));
    else appendPortrait(drafts, part, p, targets, tocPages);
  });
  const cover = coverFirst(doc);
  const out = new Utf8ChunkWriter();
  try {
    out.xml(`${open}<w:body>`);
    for (const [i, draft] of drafts.entries()) {
      for (const child of draft.children) {
        if (typeof child === 'string') out.xml(child);
        else yield* tableXml(child, out);
      }
      const properties = sectionProperties(draft.landscape, i === 0 && cover);
      out.xml(i < drafts.length - 1 ? `<w:p><w:pPr>${properties}</w:pPr></w:p>` : properties);
    }
    out.xml('</w:body></w:document>');
    const last = out.finish();
    if (last) yield last;
  } finally {
    out.release();
  }
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

/**
 * A section's w:sectPr: its footers (footers.ts), A4 portrait or landscape (width and height swapped) with that
 * orientation's margins, and w:titlePg on the cover's section only, so the cover carries no page number.
 */
function sectionProperties(landscape: boolean, cover: boolean): string {
  const m = landscape ? PAGE.landscapeMargin : PAGE.portraitMargin;
  const size = landscape ? `w:w="${PAGE.height}" w:h="${PAGE.width}" w:orient="landscape"` : `w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="portrait"`;
  const margins = `w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"`;
  return `<w:sectPr>${footerReferencesXml(cover)}<w:pgSz ${size}/><w:pgMar ${margins}/><w:pgNumType/>${cover ? '<w:titlePg/>' : '<w:titlePg w:val="false"/>'}<w:docGrid w:linePitch="360"/></w:sectPr>`;
}
