import type { Block, Part } from '../model.js';
import type { GlossaryTerm } from '../profile.js';
import { chineseNumeral } from './numbering.js';
import type { NarrativeRenderer } from './render.js';
import type { Line, Slot } from './slots.js';

/** One numbered section: heading text `heading.<id>` and body `narrative/<template>.hbs`. */
interface Section {
  id: string;
  template?: string;
  children?: Section[];
}

/** 第一部分 (spec §1.3). */
const OVERVIEW: Section[] = [
  { id: 'overview.1', template: 'overview-duties' },
  { id: 'overview.2', template: 'overview-units' },
];

/** 第二部分 一–十, 十 with five sub-items (spec §1.4). */
const EXPLANATION: Section[] = [
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ id: `explanation.${n}`, template: `explanation-${n}` })),
  {
    id: 'explanation.10',
    children: [1, 2, 3, 4, 5].map((k) => ({ id: `explanation.10.${k}`, template: `explanation-10-${k}` })),
  },
];

/** The 第一部分 part: part title, 一 主要职责, 二 预算单位构成情况. */
export function overviewPart(r: NarrativeRenderer): Part {
  return { id: 'overview', blocks: [partTitle(r, 'overview'), ...sections(r, OVERVIEW, 2)] };
}

/** The 第二部分 part: ten numbered sections. */
export function explanationPart(r: NarrativeRenderer): Part {
  return { id: 'explanation', blocks: [partTitle(r, 'explanation'), ...sections(r, EXPLANATION, 2)] };
}

/** The 第三部分 part: one paragraph per term, `{序号}、{术语}：{释义}` (spec §1.5). */
export function glossaryPart(r: NarrativeRenderer, glossary: readonly GlossaryTerm[]): Part {
  const terms: Block[] = glossary.map((t, i) => ({
    type: 'paragraph',
    text: `${chineseNumeral(i + 1)}、${t.term}：${t.definition}`,
    style: 'body',
    section: `glossary.${i + 1}`,
  }));
  return { id: 'glossary', blocks: [partTitle(r, 'glossary'), ...terms] };
}

function partTitle(r: NarrativeRenderer, part: 'overview' | 'explanation' | 'glossary'): Block {
  return { type: 'partTitle', label: r.text(`part.${part}.label`), title: r.text(`part.${part}.title`), outline: 1 };
}

/** A line's text, and its figures when it prints any. */
function withSlots(line: Line): { text: string; slots?: Slot[] } {
  return line.slots.length > 0 ? { text: line.text, slots: line.slots } : { text: line.text };
}

function sections(r: NarrativeRenderer, list: readonly Section[], level: 2 | 3): Block[] {
  return list.flatMap((s): Block[] => [
    { type: 'heading', level, ...withSlots(r.line(`heading.${s.id}`)), section: s.id },
    ...(s.template ? r.paragraphs(s.template).map((line): Block => ({ type: 'paragraph', ...withSlots(line), style: 'body', section: s.id })) : []),
    ...(s.children ? sections(r, s.children, 3) : []),
  ]);
}
