import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../model/paths.js';

/** A code no longer in use in a budget year, and what replaced it (data/codes/<list>-changes.json). */
export interface RetiredCode {
  code: string;
  name: string;
  /** The last budget year the code was valid. */
  lastYear: number;
  successor?: string;
  successorName?: string;
  note?: string;
}

type ListKey = 'functional' | 'deptEconomic' | 'govEconomic';

/** The code lists of spec §6, chosen for a budget year from the versioned files in data/codes/. */
export interface CodeLists {
  functional: ReadonlyMap<string, string>;
  deptEconomic: ReadonlyMap<string, string>;
  govEconomic: ReadonlyMap<string, string>;
  crosswalk: { 行政: ReadonlyMap<string, string>; 事业: ReadonlyMap<string, string> };
  validFrom: { functional: number; deptEconomic: number; govEconomic: number; crosswalk: number };
  /** Codes of each list retired before the year, by code: an input using one is an error with the successor offered. */
  retired: Record<ListKey, ReadonlyMap<string, RetiredCode>>;
}

interface ListFile {
  validFrom: number;
  codes: { code: string; name: string }[];
}
interface CrosswalkFile {
  validFrom: number;
  行政: Record<string, string>;
  事业: Record<string, string>;
}

/**
 * One change of a list (data/codes/README.md): a code valid `until` a year (then replaced by `successor`, or renamed
 * when the successor is the code itself), or a code (and every code under it) valid only `since` a year.
 */
interface Change {
  code: string;
  name?: string;
  until?: number;
  since?: number;
  successor?: string;
  note?: string;
}
interface ChangesFile {
  changes: Change[];
}

const CODES_DIR = join(DATA_DIR, 'codes');
const FILES: Record<ListKey, string> = { functional: 'functional', deptEconomic: 'dept-economic', govEconomic: 'gov-economic' };
const cache = new Map<number, CodeLists>();

/**
 * Code lists valid for `year`: for each list, the newest file whose validFrom ≤ year (else the oldest), then its
 * changes file applied for that year — codes retired before it removed (and listed in `retired`), codes in use
 * until a later year restored with their names of the time, codes introduced after it removed.
 */
export function codeListsFor(year: number): CodeLists {
  let lists = cache.get(year);
  if (!lists) {
    const files = { functional: pick<ListFile>('functional', year), deptEconomic: pick<ListFile>('dept-economic', year), govEconomic: pick<ListFile>('gov-economic', year) };
    const crosswalk = pick<CrosswalkFile>('crosswalk', year);
    const functional = forYear(files.functional, changesOf('functional'), year);
    const deptEconomic = forYear(files.deptEconomic, changesOf('deptEconomic'), year);
    const govEconomic = forYear(files.govEconomic, changesOf('govEconomic'), year);
    lists = {
      functional: functional.codes,
      deptEconomic: deptEconomic.codes,
      govEconomic: govEconomic.codes,
      crosswalk: { 行政: new Map(Object.entries(crosswalk.行政)), 事业: new Map(Object.entries(crosswalk.事业)) },
      validFrom: {
        functional: files.functional.validFrom,
        deptEconomic: files.deptEconomic.validFrom,
        govEconomic: files.govEconomic.validFrom,
        crosswalk: crosswalk.validFrom,
      },
      retired: { functional: functional.retired, deptEconomic: deptEconomic.retired, govEconomic: govEconomic.retired },
    };
    cache.set(year, lists);
  }
  return lists;
}

/** A list as it stood in `year`: the file's codes with the changes applied. */
function forYear(file: ListFile, changes: readonly Change[], year: number): { codes: Map<string, string>; retired: Map<string, RetiredCode> } {
  const codes = new Map(file.codes.map((c) => [c.code, c.name]));
  const retired = new Map<string, RetiredCode>();
  for (const c of changes) {
    if (c.since !== undefined && year < c.since) for (const code of [...codes.keys()]) if (code.startsWith(c.code)) codes.delete(code);
    if (c.until === undefined) continue;
    const renamed = c.successor === c.code;
    if (year <= c.until) {
      if (c.successor && !renamed && codes.get(c.successor) !== undefined) codes.delete(c.successor);
      codes.set(c.code, c.name ?? codes.get(c.code) ?? '');
    } else if (!renamed) {
      codes.delete(c.code);
      const successorName = c.successor ? codes.get(c.successor) : undefined;
      retired.set(c.code, {
        code: c.code,
        name: c.name ?? '',
        lastYear: c.until,
        ...(c.successor ? { successor: c.successor } : {}),
        ...(successorName ? { successorName } : {}),
        ...(c.note ? { note: c.note } : {}),
      });
    }
  }
  return { codes: new Map([...codes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), retired };
}

function changesOf(list: ListKey): Change[] {
  const file = join(CODES_DIR, `${FILES[list]}-changes.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ChangesFile).changes : [];
}

function pick<T extends { validFrom: number }>(prefix: string, year: number): T {
  const files = readdirSync(CODES_DIR)
    .filter((f) => f.startsWith(`${prefix}-`) && /-\d{4}\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(CODES_DIR, f), 'utf8')) as T)
    .sort((a, b) => a.validFrom - b.validFrom);
  const chosen = [...files].reverse().find((f) => f.validFrom <= year) ?? files[0];
  if (!chosen) throw new Error(`缺少代码表 data/codes/${prefix}-*.json`);
  return chosen;
}
