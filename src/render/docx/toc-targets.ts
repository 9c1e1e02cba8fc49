import type { Block, BudgetDocument, TocBlock } from '../../document/model.js';

/** One 目录 entry as a TC field: its text and level, placed in the block it points to. */
export interface TocMark {
  text: string;
  level: number;
}

/** Where each 目录 entry lands: key `part:block` → the entries whose TC field sits in that block. */
export type TocTargets = Map<string, TocMark[]>;

/** The key of a block in `tocTargets`. */
export function blockKey(part: number, block: number): string {
  return `${part}:${block}`;
}

/**
 * Finds, for each TocBlock entry in order, the first later block it names: a part title (`第一部分` with or
 * without its title), a heading or paragraph with the same text, or a table whose title, without its
 * `{Y}年` prefix, starts with the entry's text without its `一、` number (spec §1.2: the 目录 lists the
 * declared table titles without the year). An entry that names nothing is placed in the next block, so
 * that an updated 目录 still lists it.
 */
export function tocTargets(doc: BudgetDocument): TocTargets {
  const toc = findToc(doc);
  const targets: TocTargets = new Map();
  if (!toc) return targets;
  const candidates = blocksAfter(doc, toc.part, toc.block);
  let cursor = 0;
  for (const entry of toc.entries) {
    const found = candidates.findIndex((c, i) => i >= cursor && matches(entry.text, c.block));
    const index = found >= 0 ? found : Math.min(cursor, candidates.length - 1);
    const target = candidates[index];
    if (!target) break;
    const list = targets.get(target.key) ?? [];
    list.push({ text: entry.text, level: entry.level });
    targets.set(target.key, list);
    cursor = found >= 0 ? index + 1 : index;
  }
  return targets;
}

interface Candidate {
  key: string;
  block: Block;
}

function findToc(doc: BudgetDocument): (TocBlock & { part: number; block: number }) | undefined {
  for (const [p, part] of doc.parts.entries()) {
    for (const [b, block] of part.blocks.entries()) {
      if (block.type === 'toc') return { ...block, part: p, block: b };
    }
  }
  return undefined;
}

function blocksAfter(doc: BudgetDocument, tocPart: number, tocBlock: number): Candidate[] {
  const out: Candidate[] = [];
  for (const [p, part] of doc.parts.entries()) {
    for (const [b, block] of part.blocks.entries()) {
      if (p > tocPart || (p === tocPart && b > tocBlock)) out.push({ key: blockKey(p, b), block });
    }
  }
  return out;
}

function matches(entry: string, block: Block): boolean {
  const text = squash(entry);
  switch (block.type) {
    case 'partTitle':
      return [`${block.label ?? ''}${block.title}`, block.title].some((t) => squash(t) === text);
    case 'heading':
    case 'paragraph':
      return squash(block.text) === text;
    case 'table': {
      const core = squash(entry).replace(/^[一二三四五六七八九十]+、/, '');
      const title = squash(block.table.title).replace(/^\d{4}年度?/, '');
      return core.length > 0 && (title === core || title.startsWith(core) || squash(block.table.title) === text);
    }
    case 'toc':
      return false;
  }
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
