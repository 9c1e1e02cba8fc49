import { fail, jsonPath, quoted, suggestion } from './errors.js';
import type { OutlineFile, SectionFile } from './outline-schema.js';
import type { Outline, OutlinePart, OutlineSection } from './types.js';

const EMPTY: Outline = { parts: [], numbering: { level2: 'as-written', level3: 'as-written' } };

/** A node of the outline tree as a patch addresses it: a part (children = its sections) or a section. */
interface Node {
  id: string;
  children: OutlineSection[];
  depth: 0 | 1 | 2;
}

/**
 * The outline after one profile's own: `parts` replaces the inherited outline, then `drop`, `add`, `order` and
 * `numbering` change it by id. Every id a patch names must exist; a misspelt one names the nearest.
 */
export function applyOutline(inherited: Outline | undefined, own: OutlineFile | undefined, file: string): Outline {
  const base = inherited ?? EMPTY;
  if (!own) return base;
  const at = (...path: PropertyKey[]): PropertyKey[] => ['outline', ...path];
  let parts = own.parts ? own.parts.map((p, i) => fromPart(p, file, at('parts', i))) : clone(base.parts);
  checkUnique(parts, file, at('parts'));
  const ids = () => allIds(parts);
  const known = (id: string, path: PropertyKey[], what = '节或部分'): void => {
    if (!ids().includes(id)) fail(file, path, `没有 id 为“${id}”的${what}${suggestion(id, ids()) || `（现有：${quoted(ids())}）`}`);
  };
  for (const [i, id] of (own.drop ?? []).entries()) {
    known(id, at('drop', i));
    if (id === 'annex') fail(file, at('drop', i), '附件（表格）不能去掉；去掉某张表请写在 tables 的 drop 中');
    parts = parts.filter((p) => p.id !== id).map((p) => ({ ...p, sections: without(p.sections, id) }));
  }
  for (const [i, { after, before, under, ...section }] of (own.add ?? []).entries()) {
    if (ids().includes(section.id)) fail(file, at('add', i, 'id'), `已有 id 为“${section.id}”的节，新增的节请换一个 id`);
    const item = fromSection(section, file, at('add', i));
    const anchor = after ?? before;
    if (anchor !== undefined) known(anchor, at('add', i, after !== undefined ? 'after' : 'before'), '节');
    else if (under !== undefined) known(under, at('add', i, 'under'));
    else fail(file, at('add', i), '请用 after、before 或 under 写明新增的节放在哪里');
    const parent = anchor !== undefined ? parentOf(parts, anchor) : nodes(parts).find((n) => n.id === under);
    if (!parent || parent.depth === 2) fail(file, at('add', i), `“${anchor ?? under ?? ''}”下不能再加节（节最多两级：“一、”和“（一）”）`);
    if (parent.depth === 1 && item.sections) fail(file, at('add', i, 'sections'), '（一）级小节下不能再有小节');
    const index = anchor === undefined ? parent.children.length : parent.children.findIndex((s) => s.id === anchor) + (after !== undefined ? 1 : 0);
    parent.children.splice(index, 0, item);
  }
  for (const [key, order] of Object.entries(own.order ?? {})) parts = reorder(parts, key, order, file, at('order', key));
  const numbering = { ...base.numbering, ...own.numbering };
  return { parts: parts.map((p) => ({ ...p, sections: p.sections.map(tidy) })), numbering };
}

function fromPart(part: { id: OutlinePart['id']; sections?: SectionFile[] | undefined }, file: string, path: PropertyKey[]): OutlinePart {
  const sections = (part.sections ?? []).map((s, i) => fromSection(s, file, [...path, 'sections', i]));
  if ((part.id === 'glossary' || part.id === 'annex') && sections.length > 0) fail(file, [...path, 'sections'], `部分“${part.id}”由名词解释或表格生成，不能有节`);
  return { id: part.id, sections, origin: { file, path: jsonPath(path) } };
}

function fromSection(section: { id: string; template?: string | undefined; sections?: SectionFile['sections'] }, file: string, path: PropertyKey[]): OutlineSection {
  const children = section.sections?.map((s, i) => fromSection(s, file, [...path, 'sections', i]));
  return { id: section.id, ...(section.template ? { template: section.template } : {}), ...(children ? { sections: children } : {}), origin: { file, path: jsonPath(path) } };
}

/** Drops the empty `sections` lists that patch nodes leave behind. */
function tidy(section: OutlineSection): OutlineSection {
  const { sections, ...rest } = section;
  return sections && sections.length > 0 ? { ...rest, sections: sections.map(tidy) } : rest;
}

function clone(parts: readonly OutlinePart[]): OutlinePart[] {
  const copy = (s: OutlineSection): OutlineSection => ({ ...s, ...(s.sections ? { sections: s.sections.map(copy) } : {}) });
  return parts.map((p) => ({ ...p, sections: p.sections.map(copy) }));
}

/** Every part and section, as patch nodes whose `children` arrays are the outline's own (so a splice edits it). */
function nodes(parts: OutlinePart[]): Node[] {
  return parts.flatMap((p) => [
    { id: p.id, children: p.sections, depth: 0 as const },
    ...p.sections.map((s) => ({ id: s.id, children: (s.sections ??= []), depth: 1 as const })),
    ...p.sections.flatMap((s) => (s.sections ?? []).map((c) => ({ id: c.id, children: [], depth: 2 as const }))),
  ]);
}

function allIds(parts: OutlinePart[]): string[] {
  return parts.flatMap((p) => [p.id, ...p.sections.flatMap((s) => [s.id, ...(s.sections ?? []).map((c) => c.id)])]);
}

function parentOf(parts: OutlinePart[], id: string): Node | undefined {
  return nodes(parts).find((n) => n.children.some((c) => c.id === id));
}

function without(sections: OutlineSection[], id: string): OutlineSection[] {
  return sections.filter((s) => s.id !== id).map((s) => (s.sections ? { ...s, sections: without(s.sections, id) } : s));
}

function reorder(parts: OutlinePart[], key: string, order: readonly string[], file: string, path: PropertyKey[]): OutlinePart[] {
  const arrange = <T extends { id: string }>(list: T[]): T[] => {
    const ids = list.map((x) => x.id);
    order.forEach((id, i) => {
      if (!ids.includes(id)) fail(file, [...path, i], `“${key}”中没有“${id}”${suggestion(id, ids) || `（其中有：${quoted(ids)}）`}`);
    });
    return [...order.flatMap((id) => list.filter((x) => x.id === id)), ...list.filter((x) => !order.includes(x.id))];
  };
  if (key === 'parts') return arrange(parts);
  const node = nodes(parts).find((n) => n.id === key);
  if (!node) fail(file, path, `没有 id 为“${key}”的节或部分${suggestion(key, ['parts', ...allIds(parts)])}`);
  const arranged = arrange(node.children);
  node.children.splice(0, node.children.length, ...arranged);
  return parts;
}

function checkUnique(parts: OutlinePart[], file: string, path: PropertyKey[]): void {
  const ids = allIds(parts);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) fail(file, path, `id“${twice}”出现两次：每个部分和节的 id 必须不同`);
}
