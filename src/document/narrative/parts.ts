import type { Block, Part } from '../model.js';
import type { GlossaryTerm, HeadingNumbering, OutlineSection, PartId, Profile } from '../profile.js';
import { chineseNumeral, listPrefix } from './numbering.js';
import type { NarrativeRenderer } from './render.js';
import type { Line, Slot } from './slots.js';

/**
 * The body in the profile's outline order (spec §1.3–§1.5; the outline is data: `outline` in profile.json, see
 * docs/profiles.md): 概况 and 说明 from their sections, 名词解释 from the glossary, and the 附件 part, which the
 * caller builds (it holds the tables).
 */
export function outlineParts(r: NarrativeRenderer, profile: Profile, annex: () => Part): Part[] {
  const { numbering } = profile.outline;
  return profile.outline.parts.map((part): Part => {
    if (part.id === 'annex') return annex();
    if (part.id === 'glossary') return glossaryPart(r, profile, profile.glossary);
    const levels = { 2: numbering.level2, 3: numbering.level3 } as const;
    return { id: part.id, blocks: [partTitle(r, profile, part.id), ...sections(r, part.sections, 2, levels)] };
  });
}

/** The 第三部分 part: one paragraph per term, `{序号}、{术语}：{释义}` (spec §1.5). */
function glossaryPart(r: NarrativeRenderer, profile: Profile, glossary: readonly GlossaryTerm[]): Part {
  const terms: Block[] = glossary.map((t, i) => ({
    type: 'paragraph',
    text: `${chineseNumeral(i + 1)}、${t.term}：${t.definition}`,
    style: 'body',
    section: `glossary.${i + 1}`,
  }));
  return { id: 'glossary', blocks: [partTitle(r, profile, 'glossary'), ...terms] };
}

/** `第一部分` over the part's title; the label is left out when the profile has no `part.<id>.label`. */
function partTitle(r: NarrativeRenderer, profile: Profile, part: PartId): Block {
  const label = Object.hasOwn(profile.texts, `part.${part}.label`) ? { label: r.text(`part.${part}.label`) } : {};
  return { type: 'partTitle', ...label, title: r.text(`part.${part}.title`), outline: 1 };
}

/** A line's text, and its figures when it prints any. */
function withSlots(line: Line): { text: string; slots?: Slot[] } {
  return line.slots.length > 0 ? { text: line.text, slots: line.slots } : { text: line.text };
}

function sections(r: NarrativeRenderer, list: readonly OutlineSection[], level: 2 | 3, styles: Readonly<Record<2 | 3, HeadingNumbering>>): Block[] {
  return list.flatMap((s, i): Block[] => [
    { type: 'heading', level, ...withSlots(numbered(r.line(`heading.${s.id}`), i + 1, styles[level])), section: s.id },
    ...(s.template ? r.paragraphs(s.template).map((line): Block => ({ type: 'paragraph', ...withSlots(line), style: 'body', section: s.id })) : []),
    ...(s.sections ? sections(r, s.sections, 3, styles) : []),
  ]);
}

/** A number the heading text writes itself: `一、`, `（一）`, `(一)`, `1.`. */
const WRITTEN_NUMBER = /^(?:[一二三四五六七八九十百零]+、|[（(][一二三四五六七八九十百零]+[）)]|\d+[.．、]\s?)/;

/**
 * The heading numbered by its position (`cn-comma` 一、, `cn-paren` （一）, `arabic-dot` 1.): the number the text
 * writes is replaced, so dropping or adding a section renumbers the rest; `as-written` keeps the text, `none` drops it.
 */
export function numbered(line: Line, n: number, style: HeadingNumbering): Line {
  if (style === 'as-written') return line;
  const written = WRITTEN_NUMBER.exec(line.text)?.[0] ?? '';
  const prefix = style === 'none' ? '' : listPrefix(n, style);
  const shift = prefix.length - written.length;
  if (shift === 0 && line.text.startsWith(prefix)) return line;
  const slots = line.slots.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift }));
  return { text: prefix + line.text.slice(written.length), slots };
}
