import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../model/paths.js';

/** The code lists of spec §6, chosen for a budget year from the versioned files in data/codes/. */
export interface CodeLists {
  functional: ReadonlyMap<string, string>;
  deptEconomic: ReadonlyMap<string, string>;
  govEconomic: ReadonlyMap<string, string>;
  crosswalk: { 行政: ReadonlyMap<string, string>; 事业: ReadonlyMap<string, string> };
  validFrom: { functional: number; deptEconomic: number; govEconomic: number; crosswalk: number };
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

const CODES_DIR = join(DATA_DIR, 'codes');
const cache = new Map<number, CodeLists>();

/** Code lists valid for `year`: for each list, the newest file whose validFrom ≤ year (else the oldest). */
export function codeListsFor(year: number): CodeLists {
  let lists = cache.get(year);
  if (!lists) {
    const functional = pick<ListFile>('functional', year);
    const deptEconomic = pick<ListFile>('dept-economic', year);
    const govEconomic = pick<ListFile>('gov-economic', year);
    const crosswalk = pick<CrosswalkFile>('crosswalk', year);
    lists = {
      functional: toMap(functional),
      deptEconomic: toMap(deptEconomic),
      govEconomic: toMap(govEconomic),
      crosswalk: { 行政: new Map(Object.entries(crosswalk.行政)), 事业: new Map(Object.entries(crosswalk.事业)) },
      validFrom: {
        functional: functional.validFrom,
        deptEconomic: deptEconomic.validFrom,
        govEconomic: govEconomic.validFrom,
        crosswalk: crosswalk.validFrom,
      },
    };
    cache.set(year, lists);
  }
  return lists;
}

function toMap(file: ListFile): Map<string, string> {
  return new Map(file.codes.map((c) => [c.code, c.name]));
}

function pick<T extends { validFrom: number }>(prefix: string, year: number): T {
  const files = readdirSync(CODES_DIR)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(CODES_DIR, f), 'utf8')) as T)
    .sort((a, b) => a.validFrom - b.validFrom);
  const chosen = [...files].reverse().find((f) => f.validFrom <= year) ?? files[0];
  if (!chosen) throw new Error(`缺少代码表 data/codes/${prefix}-*.json`);
  return chosen;
}
