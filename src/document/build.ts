import type { BudgetFigures } from '../compute/figures.js';
import type { BudgetInput } from '../model/schema.js';
import { documentContext, type DocumentContext } from './context.js';
import type { Block, BudgetDocument, Part, PrintStyle, TocBlock } from './model.js';
import type { Profile } from './profile.js';
import type { NarrativeFormat } from './narrative/helpers.js';
import { chineseNumeral } from './narrative/numbering.js';
import { outlineParts } from './narrative/parts.js';
import { narrativeRenderer, type NarrativeRenderer } from './narrative/render.js';
import { narrativeView } from './narrative/view.js';
import { DEFAULT_NARRATIVE_STYLE, narrativeStyle } from './style/narrative.js';
import { styleOf } from './style/resolve.js';
import type { Line } from './narrative/slots.js';
import { buildTables, tableTocTitle } from './tables/index.js';

/**
 * Builds the whole document (spec §1.1): cover, 目录, then the parts in the profile's outline order (第一部分 概况,
 * 第二部分 一–十, 第三部分 名词解释, the 附件 line and the edition's tables). Every text comes from the profile.
 */
export function buildDocument(input: BudgetInput, figures: BudgetFigures, profile: Profile, options: BuildOptions = {}): BudgetDocument {
  const ctx = { ...documentContext(input, figures, profile), ...(options.trace ? { trace: true } : {}) };
  const r = narrativeRenderer(profile, narrativeFormat(ctx), narrativeView(ctx));
  const title = single(r, 'cover').text;
  const body = outlineParts(r, profile, () => annexPart(r, ctx));
  const cover: Part = { id: 'cover', blocks: [{ type: 'partTitle', title }] };
  const toc: Part = { id: 'toc', blocks: [tocBlock(r, ctx, body)] };
  return {
    meta: { title, year: ctx.year, name: ctx.tableName, profile: profile.id, edition: profile.edition, style: printStyle(narrativeFormat(ctx)) },
    parts: [cover, toc, ...body],
  };
}

/** How to build: `trace` attaches each table figure's provenance (explain, `--format trace`). */
export interface BuildOptions {
  trace?: boolean;
}

/** The profile's number format and style, with the input's `format.zeroStyle` taking precedence (spec §2.12). */
export function narrativeFormat(ctx: DocumentContext): NarrativeFormat {
  const options = ctx.profile.options;
  const style = narrativeStyle(styleOf(options));
  return { zeroStyle: ctx.input.format?.zeroStyle ?? options.zeroStyle, percentDecimals: options.percentDecimals, style };
}

/** The narrative's resolved style as the document records it (meta.style), for validators. */
function printStyle(format: NarrativeFormat): PrintStyle {
  const style = format.style ?? DEFAULT_NARRATIVE_STYLE;
  return {
    narrativeAmount: { ...style.amount },
    narrativeZero: format.zeroStyle,
    shareDecimals: style.sharePercentDecimals ?? format.percentDecimals,
    growthDecimals: style.growthPercentDecimals ?? format.percentDecimals,
    flatWording: style.flatWording,
  };
}

/** 附件 line (bold), then one table block per table of the edition's set. */
function annexPart(r: NarrativeRenderer, ctx: DocumentContext): Part {
  const tables = buildTables(ctx).map((table): Block => ({ type: 'table', table }));
  const line = single(r, 'annex');
  const slots = line.slots.length > 0 ? { slots: line.slots } : {};
  return { id: 'annex', blocks: [{ type: 'paragraph', text: line.text, ...slots, style: 'bold', section: 'annex' }, ...tables] };
}

/**
 * The 目录 (spec §1.2), read off the built parts so each line is the very string the body prints: part
 * titles and the 附件 line at level 1, the headings of the parts named in `tocHeadingParts` at level 2,
 * and under the 附件 line the table list `一、…` from the same declarations as the table pages.
 */
function tocBlock(r: NarrativeRenderer, ctx: DocumentContext, parts: readonly Part[]): TocBlock {
  const headingParts = new Set(String(ctx.profile.options.tocHeadingParts ?? '').split(/[\s,]+/));
  const entries: TocBlock['entries'] = [];
  for (const part of parts) {
    for (const block of part.blocks) {
      if (block.type === 'partTitle') entries.push({ level: 1, text: [block.label, block.title].filter(Boolean).join(' ') });
      if (block.type === 'heading' && block.level === 2 && headingParts.has(part.id)) entries.push({ level: 2, text: block.text });
      if (block.type === 'paragraph' && block.section === 'annex') {
        entries.push({ level: 1, text: block.text });
        // The table list goes under the 附件 line wherever the outline puts that part (tables before the 说明: RA, NX21).
        ctx.profile.tables.forEach((entry, i) => entries.push({ level: 2, text: `${chineseNumeral(i + 1)}、${tableTocTitle(entry, ctx)}` }));
      }
    }
  }
  return { type: 'toc', title: r.text('toc.title'), entries };
}

/** A template that renders exactly one line (cover title, 附件 line). */
function single(r: NarrativeRenderer, name: string): Line {
  const lines = r.paragraphs(name);
  if (lines.length !== 1 || lines[0] === undefined) throw new Error(`模板 narrative/${name}.hbs 应输出一行，实际 ${lines.length} 行`);
  return lines[0];
}
