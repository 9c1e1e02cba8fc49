import type { TemplateDelegate } from 'handlebars';
import Handlebars from 'handlebars';
import { ProfileError, type Profile } from '../profile.js';
import { narrativeEngine, type NarrativeFormat } from './helpers.js';
import { compileNarrative } from './precompiled.js';
import { unmark, type Line } from './slots.js';
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

/** A renderer bound to one profile, number format and view (templates compiled once per format: precompiled.ts). */
export function narrativeRenderer(profile: Profile, format: NarrativeFormat, view: NarrativeView): NarrativeRenderer {
  const engine = narrativeEngine(format);
  const compile = (_key: string, source: () => string): TemplateDelegate => compileNarrative(engine, source());
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
