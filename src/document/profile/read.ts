import { join } from 'node:path';
import type * as z from 'zod';
import { readJson } from '../../input/json.js';
import { fail, ProfileError } from './errors.js';
import { TRUSTED_FILES, type ProfileFiles } from './files.js';
import { issueProblems } from './issues.js';
import { glossaryFileSchema, profileFileSchema, type GlossaryTerm, type ProfileFile } from './schema.js';
import { tableSetSchema, type TableSetFile } from './tables-schema.js';

/** The table set a profile writes, with where it is written (for messages). */
export interface TablesSource {
  file: string;
  /** JSON path of the set inside its file: `[]` in tables.json, `['tables']` in profile.json. */
  prefix: readonly PropertyKey[];
  value: TableSetFile;
}

/** One profile directory, its files read and validated, not yet merged with what it extends. */
export interface ProfileSource {
  dir: string;
  /** profile.json as messages name it. */
  file: string;
  profile: ProfileFile;
  tables?: TablesSource;
  glossary?: GlossaryTerm[];
}

/** Reads profile.json, and tables.json and glossary.json beside it when present; every problem is located. */
export function readProfileSource(dir: string, files: ProfileFiles = TRUSTED_FILES): ProfileSource {
  const file = files.display(join(dir, 'profile.json'));
  const profile = readValidated(join(dir, 'profile.json'), profileFileSchema, files);
  const tablesPath = join(dir, 'tables.json');
  let tables: TablesSource | undefined = profile.tables ? { file, prefix: ['tables'], value: profile.tables } : undefined;
  if (files.exists(tablesPath)) {
    if (tables) fail(file, ['tables'], '表格已写在 tables.json 中，profile.json 不能再写 tables（两处只能选一处）');
    tables = { file: files.display(tablesPath), prefix: [], value: readValidated(tablesPath, tableSetSchema, files) };
  }
  const glossaryPath = join(dir, 'glossary.json');
  const glossaryFile = files.exists(glossaryPath) ? readValidated(glossaryPath, glossaryFileSchema, files) : undefined;
  if (glossaryFile && profile.glossary) fail(file, ['glossary'], '名词解释已写在 glossary.json 中，profile.json 不能再写 glossary');
  const glossary = glossaryFile ? (Array.isArray(glossaryFile) ? glossaryFile : glossaryFile.glossary) : profile.glossary;
  return { dir, file, profile, ...(tables ? { tables } : {}), ...(glossary ? { glossary } : {}) };
}

/** Reads a JSON file of a profile and validates it with `schema`: syntax errors with line and column, then zod's. */
export function readValidated<S extends z.ZodType>(path: string, schema: S, files: ProfileFiles = TRUSTED_FILES): z.output<S> {
  const file = files.display(path);
  const read = readJson(files.read(path), file);
  if (!read.source) throw new ProfileError(read.diagnostics.map((d) => ({ file, path: '', message: d.message })));
  const data = read.source.data;
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ProfileError(issueProblems(schema, data, parsed.error.issues, file));
  return parsed.data;
}
