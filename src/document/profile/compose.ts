import { fail, quoted, suggestion } from './errors.js';
import { TRUSTED_FILES, type ProfileFiles } from './files.js';
import { isProfilePath, locateProfile, profileIdOf } from './locate.js';
import { applyOutline } from './outline.js';
import { readProfileSource, type ProfileSource } from './read.js';
import type { GlossaryTerm } from './schema.js';
import { applyTables, type TableItem } from './tables-patch.js';
import type { Outline } from './types.js';

/** One profile merged with what it extends, before options get their defaults and templates are checked. */
export interface Layer {
  id: string;
  dir: string;
  /** Its profile.json as messages name it. */
  file: string;
  edition: string;
  description: string;
  chain: string[];
  narrativeChain: string[];
  tablesChain: string[];
  options: Record<string, unknown>;
  texts: Record<string, string>;
  /** The profile.json each text comes from, for messages. */
  textFiles: Record<string, string>;
  glossary: GlossaryTerm[];
  outline: Outline;
  tables: TableItem[];
  /** Where narrative/*.hbs are looked up, this profile's own folder first. */
  templateDirs: string[];
  /** Where table data files are looked up, this profile's own folder first. */
  dataDirs: string[];
}

type Link = 'extends' | 'narrativeFrom' | 'tablesFrom';

const layers = new Map<string, Layer>();

/**
 * Resolves the profile in `dir` (docs/profiles.md "继承与组合"): `extends` gives everything; `narrativeFrom` replaces the
 * narrative (outline, templates, texts, glossary, options) and `tablesFrom` the table set; the profile's own files
 * change the result. Read once per process and folder list. A confined profile (an upload to serve) may name only
 * shipped profiles, and reads its files through `files`.
 */
export function resolveLayer(dir: string, roots: readonly string[], stack: readonly { dir: string; id: string }[] = [], files: ProfileFiles = TRUSTED_FILES): Layer {
  const cacheKey = [files.confined ? 'confined' : 'trusted', dir, ...roots].join('\0');
  const hit = layers.get(cacheKey);
  if (hit) return hit;
  const source = readProfileSource(dir, files);
  const id = profileIdOf(dir, source.profile.id);
  const here = [...stack, { dir, id }];
  const follow = (link: Link): Layer | undefined => {
    const ref = source.profile[link];
    if (!ref) return undefined;
    if (files.confined && isProfilePath(ref)) fail(source.file, link, `${link} 只能是随附模板的 id（如 luoyang-2024），网页版不读取本机目录`);
    const target = locateProfile(ref, roots, dir, { file: source.file, path: link });
    const loop = here.findIndex((s) => s.dir === target);
    if (loop >= 0) fail(source.file, link, `模板继承出现循环：${[...here.slice(loop), here[loop]].map((s) => s?.id).join(' → ')}`);
    return resolveLayer(target, roots, here, files);
  };
  const layer = compose(source, id, follow('extends'), follow('narrativeFrom'), follow('tablesFrom'));
  layers.set(cacheKey, layer);
  return layer;
}

function compose(source: ProfileSource, id: string, parent: Layer | undefined, narrativeFrom: Layer | undefined, tablesFrom: Layer | undefined): Layer {
  const own = source.profile;
  const narrative = narrativeFrom ?? parent;
  const tableBase = tablesFrom ?? parent;
  const outline = applyOutline(narrative?.outline, own.outline, source.file);
  const inheritedTexts = { ...parent?.texts, ...tablesFrom?.texts, ...narrativeFrom?.texts };
  if (parent || narrativeFrom || tablesFrom) checkNewTexts(Object.keys(own.texts ?? {}), inheritedTexts, outline, source.file);
  return {
    id,
    dir: source.dir,
    file: source.file,
    edition: own.edition ?? parent?.edition ?? '',
    description: own.description ?? '',
    chain: [id, ...(parent?.chain ?? [])],
    narrativeChain: [id, ...(narrative?.narrativeChain ?? [])],
    tablesChain: [id, ...(tableBase?.tablesChain ?? [])],
    options: { ...parent?.options, ...narrativeFrom?.options, ...own.options },
    texts: { ...inheritedTexts, ...own.texts },
    textFiles: { ...parent?.textFiles, ...tablesFrom?.textFiles, ...narrativeFrom?.textFiles, ...Object.fromEntries(Object.keys(own.texts ?? {}).map((k) => [k, source.file])) },
    glossary: glossaryOf(narrative?.glossary ?? [], source),
    outline,
    tables: applyTables(tableBase?.tables ?? [], source.tables),
    templateDirs: [source.dir, ...(narrative?.templateDirs ?? [])],
    dataDirs: [source.dir, ...(tableBase?.dataDirs ?? [])],
  };
}

/**
 * A text a child adds must be one the documents read: an inherited key (a misspelt one names the nearest), a
 * `word.*` of its own templates, or the heading of a section or part of its outline.
 */
function checkNewTexts(keys: readonly string[], inherited: Record<string, string>, outline: Outline, file: string): void {
  const ids = outline.parts.flatMap((p) => [p.id, ...p.sections.flatMap((s) => [s.id, ...(s.sections ?? []).map((c) => c.id)])]);
  const allowed = new Set([...ids.map((id) => `heading.${id}`), ...outline.parts.flatMap((p) => [`part.${p.id}.label`, `part.${p.id}.title`])]);
  for (const key of keys) {
    if (Object.hasOwn(inherited, key) || allowed.has(key) || key.startsWith('word.')) continue;
    fail(file, ['texts', key], `继承的模板中没有文字“${key}”${suggestion(key, Object.keys(inherited))}（新增的用词请以 word. 开头；新增节的标题为 heading.<节 id>）`);
  }
}

/** A `glossary` list replaces the inherited list; `glossaryOverrides` replaces named definitions of the result. */
function glossaryOf(inherited: readonly GlossaryTerm[], source: ProfileSource): GlossaryTerm[] {
  let list = source.glossary ? [...source.glossary] : [...inherited];
  for (const [term, definition] of Object.entries(source.profile.glossaryOverrides ?? {})) {
    const terms = list.map((t) => t.term);
    if (!terms.includes(term)) {
      fail(source.file, ['glossaryOverrides', term], `名词解释中没有术语“${term}”，无法替换${suggestion(term, terms) || `（现有术语：${quoted(terms)}）`}`);
    }
    list = list.map((t) => (t.term === term ? { term, definition } : t));
  }
  return list;
}
