import type { Trace, TraceEntry } from './trace.js';

/** What one ref names: the printed figures it matches, or the nearest refs when it matches none. */
export interface RefMatch {
  ref: string;
  entries: TraceEntry[];
  suggestions: string[];
}

/** Removes spaces and quotes, which the officer types loosely: `“三公”经费` = `三公经费`. */
export function normalise(text: string): string {
  return text.replace(/[\s\u3000“”"‘’'「」（）()／/]/g, '').toLowerCase();
}

/**
 * Finds the printed figures a ref names (issue 13): a table cell by printed number and workbook address
 * (`预算05!D12`), by printed number and row/column labels (`预算01 支出总计`), a narrative figure by its
 * name (`三公经费 增长率`), or any figure by its trace id or key.
 */
export function matchRef(trace: Trace, ref: string): RefMatch {
  const printed = byId(trace, ref) ?? byAddress(trace, ref) ?? byLabels(trace, ref);
  const entries = printed.length > 0 ? printed : unprinted(trace, ref);
  return { ref, entries, suggestions: entries.length > 0 ? [] : suggest(trace, ref) };
}

/** A figure the tool computes but this document does not print (a growth rate the template leaves out). */
function unprinted(trace: Trace, ref: string): TraceEntry[] {
  const tokens = ref.split(/[\s\u3000]+/).map(normalise).filter(Boolean);
  const entries = Object.entries(trace.definitions).map(
    ([key, d]): TraceEntry => ({ ...d, id: `figure:${key}`, kind: 'narrative', place: `${d.label}（本文档未打印此数字）`, printed: '—' }),
  );
  const exact = entries.filter((e) => e.id === `figure:${ref}`);
  return exact.length > 0 ? exact : best(entries, tokens);
}

function byId(trace: Trace, ref: string): TraceEntry[] | undefined {
  const hits = trace.figures.filter((f) => f.id === ref || f.narrative?.key === ref);
  return hits.length > 0 ? hits : undefined;
}

function byAddress(trace: Trace, ref: string): TraceEntry[] | undefined {
  const m = /^(.+?)!\s*([A-Za-z]{1,3})(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  const table = normalise(m[1] ?? '');
  const cell = `${(m[2] ?? '').toUpperCase()}${m[3]}`;
  return trace.figures.filter((f) => f.table && tableNames(f).includes(table) && f.table.cell === cell);
}

function tableNames(f: TraceEntry): string[] {
  if (!f.table) return [];
  return [f.table.id, `${f.table.id}表`, f.table.key].map(normalise);
}

function byLabels(trace: Trace, ref: string): TraceEntry[] {
  const tokens = ref.split(/[\s\u3000]+/).map(normalise).filter(Boolean);
  if (tokens.length === 0) return [];
  const [first, ...rest] = tokens;
  const tableHits = trace.figures.filter((f) => f.table && tableNames(f).includes(first ?? ''));
  if (tableHits.length > 0) return best(tableHits, rest);
  return best(
    trace.figures.filter((f) => f.kind === 'narrative'),
    tokens,
  );
}

/** The entries whose label holds every token; among them, those whose label is shortest (the closest). */
function best(candidates: readonly TraceEntry[], tokens: readonly string[]): TraceEntry[] {
  if (tokens.length === 0) return [];
  const hits = candidates.filter((f) => {
    const label = normalise(`${f.label}${f.narrative?.key ?? ''}`);
    return tokens.every((t) => label.includes(t));
  });
  if (hits.length === 0) return [];
  const shortest = Math.min(...hits.map((f) => normalise(f.label).length));
  return hits.filter((f) => normalise(f.label).length === shortest);
}

/** The three refs nearest to what was typed (character-bigram similarity over places and labels). */
function suggest(trace: Trace, ref: string): string[] {
  const target = bigrams(normalise(ref));
  const names = [...new Set(trace.figures.map(refOf))];
  return names
    .map((name) => ({ name, score: dice(target, bigrams(normalise(name))) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.name.length - b.name.length)
    .slice(0, 3)
    .map((s) => s.name);
}

/** A ref that names this entry: `预算01 支出总计/金额`, or the narrative figure's name. */
export function refOf(f: TraceEntry): string {
  return f.table ? `${f.table.id} ${f.label}` : f.label;
}

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...text];
  for (let i = 0; i < chars.length - 1; i++) {
    const g = `${chars[i]}${chars[i + 1]}`;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  if (chars.length === 1) out.set(text, 1);
  return out;
}

function dice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const n of a.values()) total += n;
  for (const n of b.values()) total += n;
  for (const [g, n] of a) shared += Math.min(n, b.get(g) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}
