import { join } from 'node:path';
import Handlebars from 'handlebars';
import { isPrecompiled } from '../narrative/precompiled.js';
import { plainSlots } from '../plain-slots.js';
import { overallPerformanceDataSchema } from '../tables/overall-performance-data.js';
import type { Layer } from './compose.js';
import { ProfileError, type ProfileProblem } from './errors.js';
import { isPlainName, TRUSTED_FILES, type ProfileFiles } from './files.js';
import { issueProblems } from './issues.js';
import { resolvedOptionsSchema } from './options-schema.js';
import { readValidated } from './read.js';
import type { OutlineSection, Profile, ProfileTable } from './types.js';

/** Data files a table spec reads, by spec: the option naming the file, its default, its schema. */
const DATA_FILES: Record<string, { option: string; fallback: string; schema: typeof overallPerformanceDataSchema }> = {
  'overall-performance': { option: 'data', fallback: 'overall-performance.json', schema: overallPerformanceDataSchema },
};

/**
 * The usable profile: options with their defaults, and every file the documents will read checked now (each section's
 * template, its heading text, the part titles, cover and 附件 lines, the tables' data files, handlebars syntax), so a
 * broken profile is a located input error before any document is built. Every file is found and read through
 * `files` (a confined profile reads only inside its folder and templates/).
 */
export function finishProfile(layer: Layer, id: string, files: ProfileFiles = TRUSTED_FILES): Profile {
  const problems: ProfileProblem[] = [];
  const options = resolvedOptionsSchema.safeParse(layer.options);
  if (!options.success) problems.push(...issueProblems(resolvedOptionsSchema, layer.options, options.error.issues, layer.file, ['options']));
  problems.push(...outlineProblems(layer, files), ...textProblems(layer), ...dataProblems(layer, files));
  if (problems.length > 0 || !options.success) throw new ProfileError(problems);
  const findTemplate = (name: string) => (files.confined && !isTemplateFile(name) ? undefined : layer.templateDirs.map((d) => join(d, name)).find((p) => files.exists(p)));
  const templates = new Map<string, string>();
  const findData = (name: string) => (files.confined && !isPlainName(name) ? undefined : layer.dataDirs.map((d) => join(d, name)).find((p) => files.exists(p)));
  return {
    id,
    dir: layer.dir,
    edition: layer.edition,
    description: layer.description,
    chain: layer.chain,
    narrativeChain: layer.narrativeChain,
    tablesChain: layer.tablesChain,
    options: options.data,
    texts: layer.texts,
    glossary: layer.glossary,
    tables: layer.tables.map(({ origin: _origin, ...table }): ProfileTable => table),
    outline: layer.outline,
    readTemplate(name) {
      // Read once, like the rest of the profile (loaded once per process and folder, load.ts): looking the file up
      // through the template folders and reading it again for every document cost about 0.6 ms of a seed's 44.
      let text = templates.get(name);
      if (text === undefined) {
        const path = findTemplate(name);
        if (!path) throw new ProfileError([{ file: layer.file, path: '', message: `缺少正文模板 ${name}（在 ${layer.narrativeChain.join('、')} 中都没有）` }]);
        templates.set(name, (text = files.read(path).toString('utf8')));
      }
      return text;
    },
    hasTemplate: (name) => findTemplate(name) !== undefined,
    readTableData(name) {
      const path = findData(name);
      if (!path) throw new ProfileError([{ file: layer.file, path: '', message: `缺少表格数据文件 ${name}（在 ${layer.tablesChain.join('、')} 中都没有）` }]);
      const data: unknown = JSON.parse(files.read(path).toString('utf8'));
      return data;
    },
    origin(key) {
      if (key.startsWith('narrative/')) return { file: files.display(findTemplate(key) ?? join(layer.dir, key)), path: '' };
      return { file: layer.textFiles[key] ?? layer.file, path: `texts["${key}"]` };
    },
  };
}

function outlineProblems(layer: Layer, files: ProfileFiles): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const { parts } = layer.outline;
  if (parts.filter((p) => p.id === 'annex').length !== 1) problems.push({ file: layer.file, path: 'outline.parts', message: '说明结构中必须有且只有一个附件部分 { "id": "annex" }' });
  for (const name of ['cover', 'annex']) problems.push(...templateProblems(layer, name, { file: layer.file, path: '' }, files));
  for (const part of parts) {
    if (part.id !== 'annex') problems.push(...needText(layer, `part.${part.id}.title`, part.origin));
    const walk = (s: OutlineSection): void => {
      problems.push(...needText(layer, `heading.${s.id}`, s.origin));
      if (s.template) problems.push(...templateProblems(layer, s.template, { file: s.origin.file, path: `${s.origin.path}.template` }, files));
      s.sections?.forEach(walk);
    };
    part.sections.forEach(walk);
  }
  return problems;
}

function needText(layer: Layer, key: string, origin: { file: string; path: string }): ProfileProblem[] {
  if (Object.hasOwn(layer.texts, key)) return [];
  return [{ ...origin, message: `缺少文字“${key}”：请在 texts 中写 "${key}": "…"` }];
}

/** A template must exist along the narrative chain and parse as handlebars. */
function templateProblems(layer: Layer, name: string, origin: { file: string; path: string }, files: ProfileFiles): ProfileProblem[] {
  const file = `narrative/${name}.hbs`;
  const path = layer.templateDirs.map((d) => join(d, file)).find((p) => files.exists(p));
  if (!path) return [{ ...origin, message: `找不到正文模板 ${file}（在 ${layer.narrativeChain.join('、')} 的目录中都没有）` }];
  return syntaxProblems(files.read(path).toString('utf8'), { file: files.display(path), path: '' });
}

/** `narrative/<name>.hbs` with a name the outline schema allows: what a confined profile's documents may read. */
function isTemplateFile(key: string): boolean {
  return /^narrative\/[a-z0-9][a-z0-9-]*\.hbs$/.test(key);
}

function textProblems(layer: Layer): ProfileProblem[] {
  const texts = Object.entries(layer.texts).flatMap(([key, text]) => syntaxProblems(text, { file: layer.textFiles[key] ?? layer.file, path: `texts["${key}"]` }));
  const tables = layer.tables.flatMap((t) =>
    (['title', 'subtitle', 'tocTitle', 'emptyNote'] as const).flatMap((field) => {
      const text = t[field];
      return text === undefined ? [] : syntaxProblems(text, { file: t.origin.file, path: `${t.origin.path}.${field}` });
    }),
  );
  return [...texts, ...tables];
}

function syntaxProblems(source: string, origin: { file: string; path: string }): ProfileProblem[] {
  // Text with only `{{name}}` slots always parses, and so did every source the build precompiled.
  if (plainSlots(source) || isPrecompiled(source)) return [];
  try {
    Handlebars.parse(source);
    return [];
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [{ ...origin, message: `模板语法错误：${detail}` }];
  }
}

/** Each table's data file (整体绩效 fixed texts) exists along the tables chain and matches its schema. */
function dataProblems(layer: Layer, files: ProfileFiles): ProfileProblem[] {
  return layer.tables.flatMap((t) => {
    const data = DATA_FILES[t.spec];
    if (!data) return [];
    const option = t.options?.[data.option];
    const name = typeof option === 'string' ? option : data.fallback;
    const at = `${t.origin.path}.options.${data.option}`;
    if (files.confined && !isPlainName(name)) return [{ file: t.origin.file, path: at, message: '表格数据文件必须是模板目录中的文件名（如 overall-performance.json），不能是路径' }];
    const path = layer.dataDirs.map((d) => join(d, name)).find((p) => files.exists(p));
    if (!path) return [{ file: t.origin.file, path: at, message: `找不到表格数据文件 ${name}（在 ${layer.tablesChain.join('、')} 的目录中都没有）` }];
    try {
      readValidated(path, data.schema, files);
      return [];
    } catch (error) {
      if (error instanceof ProfileError) return [...error.problems];
      throw error;
    }
  });
}
