import { rollForward, type PriorFigures } from '../input/workbook/roll.js';
import type { JsonObject } from '../input/workbook/spec.js';
import { readPublished } from './audit.js';
import type { ReadDocument } from './read-document.js';
import { reconstructInput } from './reconstruct/reconstruct.js';
import { sectionText } from './reconstruct/narrative-facts.js';
import { currentFigures } from './reconstruct/table-input.js';

/** The options a suggested profile sets where the document prints differently from the profile it extends. */
export interface SuggestedProfile {
  extends: string;
  options: Record<string, string | number>;
  /** Tables of the profile the document does not print. */
  drop: string[];
}

/** What `init --from <published document>` starts from: the workbook's data, notes for the officer, the suggested profile. */
export type PublishedStart = { data: JsonObject; notes: string[]; profile: SuggestedProfile; year: number } | { unreadable: string };

/**
 * The fill-in workbook's data from a published document (issue 17 step 4): the facts it states (reconstruct.ts);
 * for the document's own year as read (its prior-year figures from its printed changes), for a later year rolled
 * forward with the document's figures as the 上年数 (roll.ts).
 */
export async function publishedStart(bytes: Uint8Array, fileName: string, year?: number): Promise<PublishedStart> {
  const published = await readPublished(bytes, fileName);
  if ('unreadable' in published) return published;
  const { read } = published;
  const { data, notes } = reconstructInput(read);
  const profile = suggestProfile(read);
  const target = year ?? read.facts.year + 1;
  if (target === read.facts.year) return { data, notes, profile, year: target };
  const rolled = rollForward(data, target, currentFigures(read) as unknown as PriorFigures);
  return { data: rolled, notes: [...notes, `上年数取自 ${read.facts.year}年公开文档的表格数字`], profile, year: target };
}

/** The mode of a list, when one value holds more than two thirds of it. */
function clearMajority<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  return n * 3 > values.length * 2 ? top : undefined;
}

/**
 * The profile the document suggests (issue 17: "table set, percent decimals, amount unit, change vocabulary"): the
 * one it was read with, and where the document clearly prints otherwise, the option that prints it so.
 */
function suggestProfile(read: ReadDocument): SuggestedProfile {
  const narrative = read.document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'paragraph' && b.section?.startsWith('explanation.') ? [b.text] : []))).join('');
  const options: Record<string, string | number> = {};
  const base = read.profile.options as Record<string, unknown>;
  const zero = clearMajority([...narrative.matchAll(/(?<![\d.])0(\.00)?万元/g)].map((m) => (m[1] ? '0.00' : '0')));
  if (zero && zero !== base.zeroStyle) options.zeroStyle = zero;
  const decimals = clearMajority([...narrative.matchAll(/占(\d+(?:\.(\d+))?)%/g)].map((m) => m[2]?.length ?? 0));
  if (decimals !== undefined && decimals !== base.percentDecimals) options.percentDecimals = decimals;
  const units = [...read.tables.values()].flatMap((t) => (t.table.unitLine ? [t.table.unitLine.replace('单位：', '')] : []));
  const unit = clearMajority(units);
  if (unit && unit !== (base.tableAmountUnit ?? '万元')) options.tableAmountUnit = unit;
  if (/持平/.test(sectionText(read, 'explanation.1')) && base.flatWording !== '持平') options.flatWording = '持平';
  const drop = read.profile.tables.filter((t) => !read.tables.has(t.key)).map((t) => t.key);
  return { extends: read.profile.id, options, drop };
}
