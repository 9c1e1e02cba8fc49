import type { HeadingNumbering } from './outline-schema.js';
import type { ProfileOptions, PART_IDS } from './options-schema.js';
import type { GlossaryTerm } from './schema.js';

export type { ProfileOptions } from './options-schema.js';
export type { GlossaryTerm } from './schema.js';
export type { HeadingNumbering } from './outline-schema.js';

/** One table of the edition's table set (spec §1.6). Titles and notes are handlebars over the table context. */
export interface ProfileTable {
  /** Stable key the rules and patches find the table by (`income-expenditure`, `three-public-costs`); never printed. */
  key: string;
  /** `预算01` … printed as `预算01表`. */
  id: string;
  /** Key in the table library (src/document/tables/index.ts). */
  spec: string;
  title: string;
  subtitle?: string;
  /** 目录 wording; default: the title without its `{Y}年` prefix. */
  tocTitle?: string;
  /** 备注 when the table has no data; absent = no 备注 (E2022). */
  emptyNote?: string;
  options?: Record<string, string | number | boolean>;
}

export type PartId = (typeof PART_IDS)[number];

/** Where a part of a profile is declared: the file as messages name it and the JSON path inside it. */
export interface Origin {
  file: string;
  path: string;
}

/** One numbered section of the outline: heading text `heading.<id>`, body `narrative/<template>.hbs`. */
export interface OutlineSection {
  id: string;
  template?: string;
  sections?: OutlineSection[];
  /** Where the section is declared (`outline.parts[1].sections[3]` of luoyang-2022's profile.json), for messages. */
  origin: Origin;
}

/** One part of the body, in print order. */
export interface OutlinePart {
  id: PartId;
  sections: OutlineSection[];
  origin: Origin;
}

/** The body's parts and sections in order, and how headings are numbered (level 2 `一、`, level 3 `（一）`). */
export interface Outline {
  parts: OutlinePart[];
  numbering: { level2: HeadingNumbering; level3: HeadingNumbering };
}

/**
 * A resolved profile: what one edition of one region's template decides, merged along `extends`,
 * `narrativeFrom` and `tablesFrom` (docs/profiles.md).
 */
export interface Profile {
  id: string;
  /** The profile's directory. */
  dir: string;
  edition: string;
  description: string;
  /** The ids this profile was merged from along `extends`, child first. */
  chain: string[];
  narrativeChain: string[];
  tablesChain: string[];
  options: ProfileOptions;
  /** Named sentences and words the narrative and tables use (handlebars strings). */
  texts: Record<string, string>;
  glossary: GlossaryTerm[];
  tables: ProfileTable[];
  outline: Outline;
  /** Reads a narrative template file (e.g. `narrative/explanation-1.hbs`) along the narrative chain. */
  readTemplate(name: string): string;
  hasTemplate(name: string): boolean;
  /** Reads a JSON data file the table specs use (e.g. `overall-performance.json`) along the tables chain. */
  readTableData(name: string): unknown;
  /** Where a template file (`narrative/x.hbs`) or a text (`heading.explanation.1`) is written, for messages. */
  origin(key: string): Origin;
}
