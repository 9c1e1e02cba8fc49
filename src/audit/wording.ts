import { computeFigures } from '../compute/figures.js';
import { buildDocument } from '../document/build.js';
import type { Block, BudgetDocument, GridTable } from '../document/model.js';
import { budgetInputSchema } from '../model/schema.js';
import type { AuditFinding } from './finding.js';
import { placeAtOffset, type Place } from './read-model.js';
import { annexLabel, type ReadDocument } from './read-document.js';
import { reconstructInput } from './reconstruct/reconstruct.js';
import { cleanText, similarity } from './text-clean.js';

/** The document the edition prints for the facts read (no figures): its fixed texts are what the print should say. */
function expectedDocument(read: ReadDocument): BudgetDocument | undefined {
  const { data } = reconstructInput(read);
  const parsed = budgetInputSchema.safeParse({ ...data, profile: read.profile.id, reasons: { total: '—', ...(data.reasons as object) } });
  if (!parsed.success) return undefined;
  try {
    return buildDocument(parsed.data, computeFigures(parsed.data), read.profile);
  } catch {
    return undefined;
  }
}

/** The differing stretch of two texts, with a few characters around it: `…一般公备用车…` against `…一般公务用车…`. */
function window(printed: string, expected: string): [string, string] {
  let start = 0;
  while (start < printed.length && printed[start] === expected[start]) start++;
  let end = 0;
  while (end < printed.length - start && end < expected.length - start && printed[printed.length - 1 - end] === expected[expected.length - 1 - end]) end++;
  const cut = (t: string) => `${start > 6 ? '…' : ''}${t.slice(Math.max(0, start - 6), t.length - end + 6)}${end > 6 ? '…' : ''}`;
  return [cut(printed), cut(expected)];
}

const norm = (t: string) => cleanText(t).replace(/\(/g, '（').replace(/\)/g, '）');

/** D04 when a fixed text differs from the edition's, quoting both. */
function differs(printed: string, expected: string, place: Place | undefined, where: string, what: string): AuditFinding[] {
  if (norm(printed) === norm(expected)) return [];
  const [a, b] = window(cleanText(printed), cleanText(expected));
  return [{ rule: 'D04', severity: 'warning', ...(place ? { place } : {}), where, message: `${what}与本版式的文字不同：印“${a}”，应为“${b}”`, printed, expected }];
}

/** Sections whose sentences the figures do not reword (counts, 采购, 资产, 构成情况, the empty-fund sentences, 七's items). */
const STABLE_SECTIONS = /^(overview\.2|explanation\.(7|8|9|10\.2|10\.3|10\.4|10\.5))$/;
const CHANGE_WORDS = /增加|减少|增长|下降|保持一致|持平|比|与|相比/;

/** A text with its figures masked as `#`, and for each masked character the index of the character it came from. */
function masked(text: string): { text: string; from: number[] } {
  const from: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; ) {
    const figure = /^\d+(\.\d+)?/.exec(text.slice(i))?.[0];
    from.push(i);
    out += figure ? '#' : text[i];
    i += figure ? figure.length : 1;
  }
  return { text: out, from };
}

/**
 * A sentence of a stable section that differs from the template's only by a few characters once the figures are
 * masked: a slip of the pen (002-5 一般公备用车, 004-3 购置开展) rather than another wording. Placed at the printed
 * line of the first differing character.
 */
function nearMiss(printed: Block & { type: 'paragraph' }, candidates: readonly string[], placeAt: (offset: number) => Place | undefined): AuditFinding[] {
  const own = masked(cleanText(printed.text));
  const mask = (t: string) => masked(cleanText(t)).text;
  const best = [...candidates].sort((a, b) => similarity(mask(b), own.text) - similarity(mask(a), own.text))[0];
  if (best === undefined) return [];
  const other = mask(best);
  if (own.text === other) return [];
  const [a, b] = window(own.text, other);
  const distance = Math.round((1 - similarity(own.text, other)) * Math.max(own.text.length, other.length));
  if (distance > 3 || CHANGE_WORDS.test(a.replace(/…/g, '') + b.replace(/…/g, ''))) return [];
  let first = 0;
  while (first < own.text.length && own.text[first] === other[first]) first++;
  const place = placeAt(own.from[first] ?? 0);
  return [{ rule: 'D04', severity: 'warning', ...(place ? { place } : {}), where: printed.section ?? '', message: `文字与本版式的模板不同：印“${a.replace(/#/g, '…')}”，模板为“${b.replace(/#/g, '…')}”`, printed: printed.text }];
}

/**
 * D04 (spec §2.10, §5.3 004-4): one 部门重点绩效目标项目 worded as several, `选定党建经费等 1个项目…对这些项目开展`;
 * with one project the edition names it alone: `选定党建经费项目…对该项目开展`.
 */
function oneProjectAsMany(printed: Block & { type: 'paragraph' }, placeAt: (offset: number) => Place | undefined): AuditFinding[] {
  const match = /选定(.+?)等\s*1\s*个项目/.exec(printed.text);
  if (!match) return [];
  const place = placeAt(match.index);
  const name = match[1] ?? '';
  return [
    {
      rule: 'D04',
      severity: 'warning',
      ...(place ? { place } : {}),
      where: printed.section ?? '',
      message: `只选定了一个重点绩效目标项目，却写成多个：印“${match[0]}”${/这些项目/.test(printed.text) ? '“这些项目”' : ''}，应为“选定${name}项目”“该项目”`,
      printed: printed.text,
      expected: printed.text.replace(match[0], `选定${name}项目`).replace('这些项目', '该项目'),
    },
  ];
}

function blocksOf(document: BudgetDocument): { part: string; block: Block }[] {
  return document.parts.flatMap((p) => p.blocks.map((block) => ({ part: p.id, block })));
}

/**
 * The audit's wording checks (issue 17: "wording that contradicts its numbers", "template leftovers"): D04 a
 * fixed text — cover, part titles, headings, the 附件 line, 名词解释, table titles and empty-table notes, the
 * 整体绩效 form's fixed labels — that differs from what the edition prints for these facts, and a sentence that
 * differs from its template by a slip; D03 a 目录 entry that does not read as the part, heading or table it names.
 */
export function wordingFindings(read: ReadDocument): AuditFinding[] {
  const expected = expectedDocument(read);
  if (!expected) return [];
  const want = blocksOf(expected);
  const out: AuditFinding[] = [];
  for (const { part, block } of blocksOf(read.document)) {
    const place = read.blocks.get(block);
    if (block.type === 'partTitle') {
      const match = want.find((w) => w.part === part && w.block.type === 'partTitle');
      if (match?.block.type === 'partTitle') out.push(...differs(block.title, match.block.title, place, part === 'cover' ? '封面' : `${block.label ?? ''}标题`, part === 'cover' ? '封面标题' : '部分标题'));
    } else if (block.type === 'heading') {
      const match = want.find((w) => w.block.type === 'heading' && w.block.section === block.section);
      if (match?.block.type === 'heading') out.push(...differs(block.text, match.block.text, place, block.section ?? '', '标题'));
    } else if (block.type === 'paragraph' && (block.section === 'annex' || block.section?.startsWith('glossary.'))) {
      const match = want.find((w) => w.block.type === 'paragraph' && w.block.section === block.section);
      if (match?.block.type === 'paragraph') out.push(...differs(block.text, match.block.text, place, block.section, block.section === 'annex' ? '附件行' : '名词解释'));
    } else if (block.type === 'paragraph' && block.section && STABLE_SECTIONS.test(block.section)) {
      const candidates = want.flatMap((w) => (w.block.type === 'paragraph' && w.block.section === block.section ? [w.block.text] : []));
      const placeAt = (offset: number) => placeAtOffset(read.lineStarts.get(block), offset, place);
      out.push(...nearMiss(block, candidates, placeAt), ...oneProjectAsMany(block, placeAt));
    } else if (block.type === 'table') {
      const match = want.find((w) => w.block.type === 'table' && w.block.table.key === block.table.key);
      if (match?.block.type === 'table') out.push(...tableWording(read, block.table, match.block.table));
    }
  }
  return [...out, ...tocFindings(read)];
}

function tableWording(read: ReadDocument, table: GridTable, expected: GridTable): AuditFinding[] {
  const keyed = read.tables.get(table.key);
  const at = `${table.label}`;
  const title = `${table.title}${table.subtitle ?? ''}`;
  const out = differs(title, `${expected.title}${expected.subtitle ?? ''}`, keyed?.titlePlace, at, '表题');
  const printedEmpty = table.notes.some((n) => /^备注/.test(n));
  const expectedNote = expected.notes.find((n) => /^备注/.test(n));
  const note = table.notes.find((n) => /^备注/.test(n));
  if (printedEmpty && note && expectedNote) out.push(...differs(note, expectedNote, keyed?.notePlaces.at(-1), at, '备注'));
  if (table.key === expected.key && table.columnKeys.includes('level1')) {
    const label = (t: GridTable, key: string) => {
      const r = t.rowKeys.indexOf(key);
      const cell = r >= 0 ? t.rows[r]?.[0] : undefined;
      return cell?.kind === 'content' ? cell.text : undefined;
    };
    const printed = label(table, 'name');
    const wanted = label(expected, 'name');
    const r = table.rowKeys.indexOf('name');
    if (printed !== undefined && wanted !== undefined) out.push(...differs(printed, wanted, keyed?.places[r]?.[0], at, '整体绩效目标表的名称栏'));
    out.push(...fixedIndicatorWording(read, table, expected));
  }
  return out;
}

/** The columns of the 整体绩效 form's 投入管理 rows that the edition fixes (spec Appendix A.1); 指标值 is the unit's. */
const FIXED_COLUMNS: Readonly<Record<string, string>> = { level2: '二级指标', level3: '三级指标', note: '指标值说明' };

/**
 * D04 (spec Appendix A.1, §5.3 002-12): each 投入管理指标 row of the 整体绩效目标表 prints the edition's fixed 二级、三级
 * 指标 and 指标值说明 (`…涉及预算的增加、追减…` for `追加、追减`, `占实施…` for `占应实施…`), each at its cell.
 */
function fixedIndicatorWording(read: ReadDocument, table: GridTable, expected: GridTable): AuditFinding[] {
  const keyed = read.tables.get(table.key);
  const text = (t: GridTable, r: number, c: number) => {
    const cell = r >= 0 && c >= 0 ? t.rows[r]?.[c] : undefined;
    return cell?.kind === 'content' && cell.text !== '' ? cell.text : undefined;
  };
  return table.rowKeys.flatMap((key, r) => {
    if (!key?.startsWith('input:')) return [];
    const e = expected.rowKeys.indexOf(key);
    const name = text(table, r, table.columnKeys.indexOf('level3')) ?? key;
    return Object.entries(FIXED_COLUMNS).flatMap(([column, label]) => {
      const c = table.columnKeys.indexOf(column);
      const printed = text(table, r, c);
      const wanted = text(expected, e, expected.columnKeys.indexOf(column));
      if (printed === undefined || wanted === undefined) return [];
      return differs(printed, wanted, keyed?.places[r]?.[c], `${table.id} ${name}/${label}`, `整体绩效目标表“${name}”的${label}`);
    });
  });
}

const yearless = (t: string) => norm(t).replace(/^\d{4}年度?/, '').replace(/（\d{4}年度）$/, '');

/** D03 (spec §1.2, §5.3 002-2/002-3): each 目录 entry against the heading or table it lists, in order. */
function tocFindings(read: ReadDocument): AuditFinding[] {
  const toc = read.document.parts.find((p) => p.id === 'toc')?.blocks[0];
  if (toc?.type !== 'toc') return [];
  const place = read.blocks.get(toc);
  const body = blocksOf(read.document);
  const headings = body.flatMap(({ block }) => (block.type === 'heading' && block.level === 2 ? [norm(block.text)] : []));
  const label = annexLabel(read.reference.document);
  const annexLine = body.flatMap(({ block }) => (block.type === 'paragraph' && block.section === 'annex' ? [norm(block.text)] : []));
  const parts = [...body.flatMap(({ block }) => (block.type === 'partTitle' && block.label ? [norm(`${block.label}${block.title}`)] : [])), ...annexLine];
  const tables = body.flatMap(({ block }) => (block.type === 'table' ? [block.table] : []));
  const annexAt = toc.entries.findIndex((e) => norm(e.text).startsWith(label));
  const out: AuditFinding[] = [];
  toc.entries.forEach((entry, i) => {
    const text = norm(entry.text);
    const finding = (what: string, should: string): AuditFinding => ({ rule: 'D03', severity: 'warning', ...(place ? { place } : {}), where: '目录', message: `目录“${entry.text}”与${what}不一致：正文为“${should}”`, printed: entry.text, expected: should });
    if (/^第.+部分/.test(text)) {
      if (!parts.includes(text)) out.push(finding('正文的部分标题', parts.find((p) => p.slice(0, 4) === text.slice(0, 4)) ?? '（未找到）'));
    } else if (annexAt >= 0 && i > annexAt) {
      const table = tables[i - annexAt - 1];
      const name = text.replace(/^[一二三四五六七八九十]+、/, '');
      if (table && yearless(table.title) !== name && yearless(`${table.title}${table.subtitle ?? ''}`) !== name) out.push(finding(`${table.label}的表题`, table.title));
    } else if (!/^附件/.test(text) && !headings.includes(text)) {
      const prefix = /^[一二三四五六七八九十]+、/.exec(text)?.[0] ?? '';
      out.push(finding('正文的标题', headings.find((h) => prefix && h.startsWith(prefix)) ?? '（未找到）'));
    }
  });
  return out;
}
