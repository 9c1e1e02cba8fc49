import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { overallPerformanceDataSchema } from '../tables/overall-performance-data.js';
import type { Layer } from './compose.js';
import { displayFile, ProfileError, type ProfileProblem } from './errors.js';
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
 * broken profile is a located input error before any document is built.
 */
export function finishProfile(layer: Layer, id: string): Profile {
  const problems: ProfileProblem[] = [];
  const options = resolvedOptionsSchema.safeParse(layer.options);
  if (!options.success) problems.push(...issueProblems(resolvedOptionsSchema, layer.options, options.error.issues, layer.file, ['options']));
  problems.push(...outlineProblems(layer), ...textProblems(layer), ...dataProblems(layer));
  if (problems.length > 0 || !options.success) throw new ProfileError(problems);
  const findTemplate = (name: string) => layer.templateDirs.map((d) => join(d, name)).find((p) => existsSync(p));
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
      const path = findTemplate(name);
      if (!path) throw new ProfileError([{ file: layer.file, path: '', message: `缺少正文模板 ${name}（在 ${layer.narrativeChain.join('、')} 中都没有）` }]);
      return readFileSync(path, 'utf8');
    },
    hasTemplate: (name) => findTemplate(name) !== undefined,
    readTableData(name) {
      const path = layer.dataDirs.map((d) => join(d, name)).find((p) => existsSync(p));
      if (!path) throw new ProfileError([{ file: layer.file, path: '', message: `缺少表格数据文件 ${name}（在 ${layer.tablesChain.join('、')} 中都没有）` }]);
      const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
      return data;
    },
    origin(key) {
      if (key.startsWith('narrative/')) return { file: displayFile(findTemplate(key) ?? join(layer.dir, key)), path: '' };
      return { file: layer.textFiles[key] ?? layer.file, path: `texts["${key}"]` };
    },
  };
}

function outlineProblems(layer: Layer): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const { parts } = layer.outline;
  if (parts.filter((p) => p.id === 'annex').length !== 1) problems.push({ file: layer.file, path: 'outline.parts', message: '说明结构中必须有且只有一个附件部分 { "id": "annex" }' });
  for (const name of ['cover', 'annex']) problems.push(...templateProblems(layer, name, { file: layer.file, path: '' }));
  for (const part of parts) {
    if (part.id !== 'annex') problems.push(...needText(layer, `part.${part.id}.title`, part.origin));
    const walk = (s: OutlineSection): void => {
      problems.push(...needText(layer, `heading.${s.id}`, s.origin));
      if (s.template) problems.push(...templateProblems(layer, s.template, { file: s.origin.file, path: `${s.origin.path}.template` }));
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
function templateProblems(layer: Layer, name: string, origin: { file: string; path: string }): ProfileProblem[] {
  const file = `narrative/${name}.hbs`;
  const path = layer.templateDirs.map((d) => join(d, file)).find((p) => existsSync(p));
  if (!path) return [{ ...origin, message: `找不到正文模板 ${file}（在 ${layer.narrativeChain.join('、')} 的目录中都没有）` }];
  return syntaxProblems(readFileSync(path, 'utf8'), { file: displayFile(path), path: '' });
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
  try {
    Handlebars.parse(source);
    return [];
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [{ ...origin, message: `模板语法错误：${detail}` }];
  }
}

/** Each table's data file (整体绩效 fixed texts) exists along the tables chain and matches its schema. */
function dataProblems(layer: Layer): ProfileProblem[] {
  return layer.tables.flatMap((t) => {
    const data = DATA_FILES[t.spec];
    if (!data) return [];
    const option = t.options?.[data.option];
    const name = typeof option === 'string' ? option : data.fallback;
    const path = layer.dataDirs.map((d) => join(d, name)).find((p) => existsSync(p));
    if (!path) return [{ file: t.origin.file, path: `${t.origin.path}.options.${data.option}`, message: `找不到表格数据文件 ${name}（在 ${layer.tablesChain.join('、')} 的目录中都没有）` }];
    try {
      readValidated(path, data.schema);
      return [];
    } catch (error) {
      if (error instanceof ProfileError) return [...error.problems];
      throw error;
    }
  });
}
