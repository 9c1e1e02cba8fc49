import type { Block, GridTable, Part } from '../../document/model.js';
import type { ProfileTable } from '../../document/profile.js';
import type { Place, ReadBlock, ReadLine } from '../read-model.js';
import type { Reference } from '../reference.js';
import { cleanText, type Cleaner } from '../text-clean.js';
import { keyTable } from '../tables/keyed-grid.js';
import type { KeyContext } from '../tables/row-keys.js';
import type { KeyedTable, ReadProblem, TableRead } from '../tables/table-read.js';
import { segmentTables, type TableSegment } from './segments.js';

/** The annex as read: the 附件 line and the tables, each table with the places of its cells. */
export interface AnnexRead {
  part: Part;
  tables: KeyedTable[];
  places: Map<Block, Place>;
  problems: ReadProblem[];
}

/** What a segment reader may look at besides its segment: the tables read before it (keyed) and the units' names. */
export interface SegmentContext {
  previous: (key: string) => GridTable | undefined;
  unitNames: readonly string[];
  year: number;
}

/** Turns one segment's body into the table as read (docx: its grid; text: the lines parsed by the text reader). */
export type SegmentReader = (segment: TableSegment, base: Omit<TableRead, 'grid' | 'notes'>, ctx: SegmentContext) => { read?: TableRead; problems: ReadProblem[] };

/** The docx reader of a segment: the first grid after the title block, and the lines after it as its notes. */
export const docxSegment: SegmentReader = (segment, base) => {
  const at = segment.body.findIndex((b) => b.kind === 'grid');
  const grid = segment.body[at];
  if (!grid || grid.kind !== 'grid') return { problems: [{ table: base.entry.key, place: segment.title.place, kind: 'table', message: `${base.entry.id}表标题之后没有表格` }] };
  const notes = segment.body.slice(at + 1).flatMap((b): ReadLine[] => (b.kind === 'line' ? [b.line] : []));
  return { read: { ...base, grid: grid.grid, notes }, problems: [] };
};

/**
 * Reads the 附件 part (spec §1.6, §3): the 附件 line, then each of the edition's tables found by its title, rebuilt
 * as a keyed grid. The 项目支出表 is keyed last: its rows take the project codes the 项目绩效表 prints by name.
 * A table of the edition that is not found is a problem.
 */
export function assembleAnnex(
  blocks: readonly ReadBlock[],
  reference: Reference,
  profileTables: readonly ProfileTable[],
  ctx: Omit<KeyContext, 'projectCodes' | 'leadingRows'>,
  readSegment: SegmentReader,
  clean: Cleaner,
  label = '附件',
): AnnexRead {
  const places = new Map<Block, Place>();
  const first = blocks[0];
  const blocksOut: Block[] = [];
  const problems: ReadProblem[] = [];
  let start = 0;
  if (first?.kind === 'line' && cleanText(first.line.text).startsWith(label)) {
    let text = clean(first.line.text);
    start = 1;
    // A PDF may wrap the 附件 line: its rest is the next line, up to the word 表.
    for (let next = blocks[start]; !/表$/.test(text) && next?.kind === 'line' && cleanText(next.line.text).length <= 8 && start < 3; next = blocks[++start]) text += clean(next.line.text);
    // A part label keeps the one space the 目录 and the part titles print after it (`第二部分 2022年…预算表`).
    const line: Block = { type: 'paragraph', text: text.replace(/^(第[一二三四五六七八九十]+部分)\s*/, '$1 '), style: 'bold', section: 'annex' };
    places.set(line, first.line.place);
    blocksOut.push(line);
  }
  const segments = segmentTables(blocks.slice(start), reference.tables);
  const reads: TableRead[] = [];
  // Tables are keyed as they are read, so a later table's reader can use an earlier one (01表's empty funds).
  const early = new Map<string, KeyedTable>();
  const keyContext = (read: TableRead, projectCodes: ReadonlyMap<string, string>): KeyContext => ({
    ...ctx,
    departmentGroupRow: read.entry.options?.departmentGroupRow === true,
    leadingRows: String(read.entry.options?.leadingRows ?? 'group'),
    projectCodes,
  });
  const year = reference.input.year;
  const segmentContext: SegmentContext = { previous: (key) => early.get(key)?.table, unitNames: unitNamesOf(early, reference), year };
  for (const segment of segments) {
    const entry = profileTables[segment.table];
    const ref = reference.tables[segment.table];
    if (!entry || !ref) continue;
    const base = { ...baseRead(segment, entry, ref, reference), clean };
    const out = readSegment(segment, base, { ...segmentContext, unitNames: unitNamesOf(early, reference) });
    problems.push(...out.problems);
    if (!out.read) continue;
    reads.push(out.read);
    if (entry.spec !== 'project-expenditure') early.set(entry.key, keyTable(out.read, keyContext(out.read, new Map())));
  }
  // A figure a table's own arithmetic leaves open may be settled by a table printed after it (03表 by 07表's
  // classes): those tables are read once more with every other table at hand.
  segments.forEach((segment, i) => {
    const entry = profileTables[segment.table];
    const ref = reference.tables[segment.table];
    const at = reads.findIndex((r) => r.entry === entry);
    if (!entry || !ref || at < 0 || !openFigures(problems, entry.key)) return;
    const again = readSegment(segment, { ...baseRead(segment, entry, ref, reference), clean }, { previous: (key) => (key === entry.key ? undefined : early.get(key)?.table), unitNames: unitNamesOf(early, reference), year });
    if (!again.read || i < 0) return;
    problems.splice(0, problems.length, ...problems.filter((p) => p.table !== entry.key), ...again.problems);
    reads[at] = again.read;
    if (entry.spec !== 'project-expenditure') early.set(entry.key, keyTable(again.read, keyContext(again.read, new Map())));
  });
  const codes = projectCodes([...early.values()].map((k) => k.table));
  const keyed = reads.map((read) => early.get(read.entry.key) ?? keyTable(read, keyContext(read, codes)));
  for (const k of keyed) {
    const block: Block = { type: 'table', table: k.table };
    places.set(block, k.titlePlace);
    blocksOut.push(block);
    problems.push(...k.problems);
  }
  const found = new Set(reads.map((r) => r.entry.key));
  const where = first?.kind === 'line' ? first.line.place : undefined;
  for (const [i, entry] of profileTables.entries()) {
    if (found.has(entry.key)) continue;
    const title = reference.tables[i]?.title ?? entry.id;
    problems.push({ table: entry.key, kind: 'table', ...(where ? { place: where } : {}), message: `未找到${entry.id}表“${title}”` });
  }
  return { part: { id: 'annex', blocks: blocksOut }, tables: keyed, places, problems };
}

function baseRead(segment: TableSegment, entry: ProfileTable, table: GridTable, reference: Reference): Omit<TableRead, 'grid' | 'notes' | 'clean'> {
  return {
    entry,
    reference: table,
    kinds: reference.kinds.get(entry.key) ?? new Map(),
    title: segment.title,
    ...(segment.label ? { label: segment.label } : {}),
    ...(segment.subtitle ? { subtitle: segment.subtitle } : {}),
    ...(segment.nameLine ? { nameLine: segment.nameLine } : {}),
  };
}

/** True when a table's reading left figures unplaced. */
function openFigures(problems: readonly ReadProblem[], table: string): boolean {
  return problems.some((p) => p.table === table && p.kind === 'cell');
}

/** The names of the department and its units, from the 02表 read so far (a 项目支出表 row ends with one). */
function unitNamesOf(tables: ReadonlyMap<string, KeyedTable>, reference: Reference): string[] {
  const names = new Set<string>([reference.input.department.name, ...reference.input.units.map((u) => u.name)]);
  for (const { table } of tables.values()) {
    const name = table.columnKeys.indexOf('name');
    if (table.columnKeys[0] !== 'code' || name < 0) continue;
    table.rowKeys.forEach((k, r) => {
      const cell = table.rows[r]?.[name];
      if (k && /^(unit:|department)/.test(k) && cell?.kind === 'content' && cell.text) names.add(cell.text);
    });
  }
  return [...names];
}

/** Project code by project name (spaces removed), from the 项目绩效表's project rows. */
function projectCodes(tables: readonly GridTable[]): Map<string, string> {
  const codes = new Map<string, string>();
  for (const t of tables.filter((x) => x.columnKeys.includes('code') && x.rowKeys.some((k) => k?.startsWith('project:')))) {
    const name = t.columnKeys.indexOf('name');
    t.rowKeys.forEach((key, r) => {
      const m = key ? /^project:([^/#]+)$/.exec(key) : null;
      const cell = t.rows[r]?.[name];
      if (m && cell?.kind === 'content') codes.set(cell.text.replace(/\s+/g, ''), m[1]!);
    });
  }
  return codes;
}
