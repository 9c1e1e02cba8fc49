import type { TemplateDelegate } from 'handlebars';
import Handlebars from 'handlebars';
import { ProfileError, type Profile } from '../profile.js';
import { COMPILE_OPTIONS, HELPER_NAMES, formatKey, narrativeEngine, type NarrativeFormat } from './helpers.js';
import { parseWithSlots, unmark, type Line } from './slots.js';
import type { NarrativeView } from './view.js';

/** Renders a profile's texts and narrative templates over one view. */
export interface NarrativeRenderer {
  /** A one-line text of the profile (`heading.explanation.1`, `part.overview.title`, …). */
  text(key: string): string;
  /** The same line with the figures printed in it (slots.ts). */
  line(key: string): Line;
  /** `narrative/<name>.hbs`: every non-empty output line is one paragraph, trimmed, with its figures. */
  paragraphs(name: string): Line[];
}

const compiled = new WeakMap<Profile, Map<string, TemplateDelegate>>();

/** A renderer bound to one profile, number format and view; compiled templates are cached per profile. */
export function narrativeRenderer(profile: Profile, format: NarrativeFormat, view: NarrativeView): NarrativeRenderer {
  const engine = narrativeEngine(format);
  const cache = compiled.get(profile) ?? new Map<string, TemplateDelegate>();
  compiled.set(profile, cache);
  const prefix = formatKey(format);
  const compile = (key: string, source: () => string): TemplateDelegate => {
    const cacheKey = `${prefix}|${key}`;
    const hit = cache.get(cacheKey);
    if (hit) return hit;
    const template = engine.compile(parseWithSlots(source(), HELPER_NAMES), COMPILE_OPTIONS);
    cache.set(cacheKey, template);
    return template;
  };
  const run = (key: string, template: TemplateDelegate): string => {
    try {
      return template(view);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A field the view does not have (`{{fullname}}`) or a helper given the wrong value (the helpers' own 模板错误) is
      // the profile's error, located in its file; anything else is a bug.
      if (error instanceof Handlebars.Exception || message.startsWith('模板错误')) {
        throw new ProfileError([{ ...profile.origin(key), message: `渲染失败：${message}` }]);
      }
      throw new Error(`模板 ${profile.id} 的 ${key} 渲染失败：${message}`, { cause: error });
    }
  };
  const line = (key: string): Line => {
    const source = profile.texts[key];
    if (source === undefined) throw new Error(`模板 ${profile.id} 缺少文字 ${key}`);
    return unmark(run(key, compile(`text:${key}`, () => source)).trim());
  };
  return {
    text: (key) => line(key).text,
    line,
    paragraphs(name) {
      const file = `narrative/${name}.hbs`;
      const output = run(file, compile(`file:${file}`, () => profile.readTemplate(file)));
      return output
        .split('\n')
        .map((text) => text.trim())
        .filter((text) => text !== '')
        .map(unmark);
    },
  };
}
