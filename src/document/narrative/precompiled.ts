import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import Handlebars, { type TemplateDelegate } from 'handlebars';
import { COMPILE_OPTIONS, HELPER_NAMES, type NarrativeEngine } from './helpers.js';
import { parseWithSlots } from './slots.js';

/** A template as handlebars precompiles it (its `precompile` output, evaluated). */
export type TemplateSpec = Parameters<NarrativeEngine['template']>[0];

/**
 * What a precompiled template depends on besides its source: the handlebars version, the compile options and the
 * helper names the slot rewrite leaves alone (slots.ts). A spec made under other ones is never used.
 */
const SPEC_BASIS = JSON.stringify([Handlebars.VERSION, COMPILE_OPTIONS, [...HELPER_NAMES].sort()]);

/** The key of a template source in the precompiled table. */
export function specKey(source: string): string {
  return createHash('sha256').update(SPEC_BASIS).update('\0').update(source).digest('base64url');
}

/**
 * The file the build writes next to this module, or, in the bundled CLI, next to the chunk holding it
 * (scripts/precompile-templates.mjs); absent when running from source.
 */
export const SPECS_FILE = 'precompiled-specs.cjs';

let specs: Record<string, TemplateSpec> | null | undefined;

/**
 * A narrative template, compiled: from the table the build precompiled for the shipped profiles' texts (compiling
 * them took about a tenth of a cold `validate`), else compiled now (a user's profile, or running from source).
 */
export function compileNarrative(engine: NarrativeEngine, source: string): TemplateDelegate {
  let cache = compiled.get(engine);
  if (!cache) compiled.set(engine, (cache = new Map()));
  let template = cache.get(source);
  if (!template) {
    specs ??= loadSpecs();
    const spec = specs?.[specKey(source)];
    template = spec ? engine.template(spec) : engine.compile(parseWithSlots(source, HELPER_NAMES), COMPILE_OPTIONS);
    cache.set(source, template);
  }
  return template;
}

/**
 * Whether the build precompiled this source: it then parsed as handlebars at build time, so a profile check need
 * not parse it again (parsing every shipped text cost about 40 ms of a cold `validate`).
 */
export function isPrecompiled(source: string): boolean {
  specs ??= loadSpecs();
  return specs?.[specKey(source)] !== undefined;
}

/** Compiled templates by engine (one per number format) and source. */
let compiled = new WeakMap<NarrativeEngine, Map<string, TemplateDelegate>>();

function loadSpecs(): Record<string, TemplateSpec> | null {
  try {
    return createRequire(import.meta.url)(`./${SPECS_FILE}`) as Record<string, TemplateSpec>;
  } catch {
    return null;
  }
}

/** Replaces the precompiled table (tests: the same documents with and without it). */
export function usePrecompiledSpecs(table: Record<string, TemplateSpec> | null): void {
  specs = table;
  compiled = new WeakMap();
}

/**
 * The precompiled table as a CommonJS module's text: every text and narrative template of the given sources,
 * keyed by specKey. The build writes it for the shipped profiles.
 */
export function precompiledModule(sources: Iterable<string>): string {
  const entries = new Map<string, string>();
  for (const source of sources) {
    const key = specKey(source);
    if (!entries.has(key)) entries.set(key, Handlebars.precompile(parseWithSlots(source, HELPER_NAMES), COMPILE_OPTIONS) as string);
  }
  const body = [...entries].map(([key, spec]) => `${JSON.stringify(key)}: ${spec}`).join(',\n');
  return `'use strict';\n// Written by scripts/precompile-templates.mjs at build time: the shipped profiles' narrative templates, precompiled.\nmodule.exports = {\n${body}\n};\n`;
}
