import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../model/paths.js';
import { withTableKeys } from './tables/index.js';

/**
 * A template profile: what one edition of one region's template decides, as data under
 * templates/<id>/ (profile.json + narrative/*.hbs). A profile may `extends` another and override only
 * what differs; `narrativeFrom` / `tablesFrom` compose a narrative from one profile with tables from
 * another.
 */
export interface ProfileFile {
  id?: string;
  extends?: string;
  narrativeFrom?: string;
  tablesFrom?: string;
  edition?: string;
  description?: string;
  options?: Partial<ProfileOptions>;
  /** Named sentences and words the narrative and tables use (handlebars strings). */
  texts?: Record<string, string>;
  glossary?: GlossaryTerm[];
  /** Replaces the definitions of named terms of the inherited glossary (a child changing one term). */
  glossaryOverrides?: Record<string, string>;
  /** The table set; an entry's `key` may be left out where its spec gives one. */
  tables?: (Omit<ProfileTable, 'key'> & { key?: string })[];
}

export interface GlossaryTerm {
  term: string;
  definition: string;
}

/** One table of the edition's table set (spec §1.6). Titles and notes are handlebars over the table context. */
export interface ProfileTable {
  /** Stable key the rules find the table by (`income-expenditure`, `three-public-costs`); never printed. */
  key: string;
  /** `预算01` … printed as `预算01表`. */
  id: string;
  /** Key in the table registry (src/document/tables/index.ts). */
  spec: string;
  title: string;
  subtitle?: string;
  /** 目录 wording; default: the title without its `{Y}年` prefix. */
  tocTitle?: string;
  /** 备注 when the table has no data; absent = no 备注 (E2022). */
  emptyNote?: string;
  options?: Record<string, string | number | boolean>;
}

export interface ProfileOptions {
  /** Narrative zero amounts: `0` (E2022/E2024) or `0.00` (E2023) (spec §2.12). */
  zeroStyle: '0' | '0.00';
  /** Decimals of printed percentages (2 in every seed; some counties print integers). */
  percentDecimals: number;
  dutyNumbering: 'cn-paren' | 'arabic-dot';
  /** Free-form switches that templates and table specs read. */
  [key: string]: string | number | boolean;
}

export interface Profile {
  id: string;
  edition: string;
  /** The chain this profile was merged from, child first. */
  chain: string[];
  narrativeChain: string[];
  tablesChain: string[];
  options: ProfileOptions;
  texts: Record<string, string>;
  glossary: GlossaryTerm[];
  tables: ProfileTable[];
  /** Reads a narrative template file (e.g. `narrative/explanation-1.hbs`) along the narrative chain. */
  readTemplate(name: string): string;
  hasTemplate(name: string): boolean;
  /** Reads a JSON data file the table specs use (e.g. `overall-performance.json`) along the tables chain. */
  readTableData(name: string): unknown;
}

const DEFAULT_OPTIONS: ProfileOptions = { zeroStyle: '0.00', percentDecimals: 2, dutyNumbering: 'arabic-dot' };

const loaded = new Map<string, Profile>();

/**
 * Loads and merges a profile from `root` (templates/ by default; tests pass their own folder). Read once per
 * process: the narrative's compiled templates are cached on the Profile object (render.ts), so a fresh
 * object per document recompiled every template (~10 ms a document; most of a batch unit's narrative time).
 */
export function loadProfile(id: string, roots: readonly string[] = [TEMPLATES_DIR]): Profile {
  const key = [id, ...roots].join('\0');
  const hit = loaded.get(key);
  if (hit) return hit;
  const profile = readProfile(id, roots);
  loaded.set(key, profile);
  return profile;
}

function readProfile(id: string, roots: readonly string[]): Profile {
  const chain = chainOf(id, roots);
  const files = chain.map((p) => readProfileFile(p, roots));
  const head = files[0] as ProfileFile;
  const narrativeChain = head.narrativeFrom ? chainOf(head.narrativeFrom, roots) : chain;
  const tablesChain = head.tablesFrom ? chainOf(head.tablesFrom, roots) : chain;
  const narrativeFiles = narrativeChain.map((p) => readProfileFile(p, roots));
  const tableFiles = tablesChain.map((p) => readProfileFile(p, roots));
  const first = <K extends keyof ProfileFile>(list: ProfileFile[], key: K): ProfileFile[K] | undefined =>
    list.find((f) => f[key] !== undefined)?.[key];
  const mergeRecords = (list: ProfileFile[], key: 'options' | 'texts') =>
    Object.assign({}, ...[...list].reverse().map((f) => f[key] ?? {})) as Record<string, string | number | boolean>;
  const narrativeDirs = narrativeChain.map((p) => profileDir(p, roots));
  const tableDirs = tablesChain.map((p) => profileDir(p, roots));

  return {
    id,
    edition: first(files, 'edition') ?? '',
    chain,
    narrativeChain,
    tablesChain,
    options: { ...DEFAULT_OPTIONS, ...mergeRecords(narrativeFiles, 'options'), ...mergeRecords(files, 'options') } as ProfileOptions,
    texts: { ...(mergeRecords(tableFiles, 'texts') as Record<string, string>), ...(mergeRecords(narrativeFiles, 'texts') as Record<string, string>), ...(mergeRecords(files, 'texts') as Record<string, string>) },
    glossary: mergeGlossary(id, [narrativeFiles, files]),
    tables: withTableKeys(first(files, 'tables') ?? first(tableFiles, 'tables') ?? [], id),
    readTemplate(name) {
      const dir = narrativeDirs.find((d) => existsSync(join(d, name)));
      if (!dir) throw new Error(`模板 ${id} 缺少文件 ${name}`);
      return readFileSync(join(dir, name), 'utf8');
    },
    hasTemplate(name) {
      return narrativeDirs.some((d) => existsSync(join(d, name)));
    },
    readTableData(name) {
      const dir = tableDirs.find((d) => existsSync(join(d, name)));
      if (!dir) throw new Error(`模板 ${id} 缺少表格数据文件 ${name}`);
      return JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
    },
  };
}

/**
 * The glossary: walking each chain from its root to the child, a `glossary` list replaces the list so far
 * and `glossaryOverrides` replaces named definitions; the head chain comes last, so it wins.
 */
function mergeGlossary(id: string, chains: ProfileFile[][]): GlossaryTerm[] {
  let list: GlossaryTerm[] = [];
  for (const chain of chains) {
    for (const file of [...chain].reverse()) {
      if (file.glossary) list = file.glossary;
      for (const [term, definition] of Object.entries(file.glossaryOverrides ?? {})) {
        if (!list.some((t) => t.term === term)) throw new Error(`模板 ${id}：名词解释中没有术语“${term}”，无法替换`);
        list = list.map((t) => (t.term === term ? { term, definition } : t));
      }
    }
  }
  return list;
}

/** The ids from `id` up its `extends` chain, child first. */
function chainOf(id: string, roots: readonly string[]): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = id; current; current = readProfileFile(current, roots).extends) {
    if (chain.includes(current)) throw new Error(`模板继承出现循环：${[...chain, current].join(' → ')}`);
    chain.push(current);
  }
  return chain;
}

function profileDir(id: string, roots: readonly string[]): string {
  const dir = roots.map((r) => join(r, id)).find((d) => existsSync(join(d, 'profile.json')));
  if (!dir) throw new Error(`找不到模板 ${id}（templates/${id}/profile.json）`);
  return dir;
}

/** profile.json, plus tables.json and glossary.json beside it when present (each owned by its own part). */
function readProfileFile(id: string, roots: readonly string[]): ProfileFile {
  const dir = profileDir(id, roots);
  const file = JSON.parse(readFileSync(join(dir, 'profile.json'), 'utf8')) as ProfileFile;
  const extra = (name: string): unknown =>
    existsSync(join(dir, name)) ? JSON.parse(readFileSync(join(dir, name), 'utf8')) : undefined;
  const tables = extra('tables.json') as ProfileFile['tables'];
  const glossary = extra('glossary.json') as GlossaryTerm[] | undefined;
  return { ...file, ...(tables ? { tables } : {}), ...(glossary ? { glossary } : {}) };
}

interface ProfileIndex {
  editions: Record<string, string>;
  years: { until?: number; from?: number; edition: string }[];
}

/** Chooses the profile: the input's `profile`, else by edition, else by year (spec §0 defaults), via templates/index.json. */
export function chooseProfile(input: { year: number; edition?: string; profile?: string }, root = TEMPLATES_DIR): { profile: string; edition: string } {
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as ProfileIndex;
  const edition =
    input.edition ??
    index.years.find((r) => (r.from === undefined || input.year >= r.from) && (r.until === undefined || input.year <= r.until))?.edition ??
    '';
  const profile = input.profile ?? index.editions[edition];
  if (!profile) throw new Error(`没有与版式 ${edition} 对应的模板`);
  return { profile, edition };
}
