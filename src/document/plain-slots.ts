/**
 * A template that is plain text and bare `{{name}}` slots (what almost every table title, 目录 line and 备注 is),
 * split into its text pieces and slot names; undefined for anything else (blocks, helpers, paths, `{{{…}}}`,
 * whitespace control, a backslash escape, a lone brace), which handlebars compiles. Rendering the pieces gives what
 * handlebars gives with `noEscape` for the names `known` lists; compiling each title with handlebars cost about
 * 20 ms of every cold run.
 */
export interface PlainSlots {
  texts: string[];
  names: string[];
}

const PLAIN = /^(?:[^{}\\]|\{\{\s*[A-Za-z]+\s*\}\})*$/;
const SLOT = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

export function plainSlots(source: string, known?: ReadonlySet<string>): PlainSlots | undefined {
  if (!PLAIN.test(source)) return undefined;
  const texts: string[] = [];
  const names: string[] = [];
  let at = 0;
  for (const match of source.matchAll(SLOT)) {
    const name = match[1] ?? '';
    if (known && !known.has(name)) return undefined;
    texts.push(source.slice(at, match.index));
    names.push(name);
    at = match.index + match[0].length;
  }
  texts.push(source.slice(at));
  return { texts, names };
}

/**
 * The pieces filled from `values`, as handlebars prints them (null and undefined as nothing); undefined when a name
 * is not a key of `values`, so the caller lets handlebars (strict) report it in its own words.
 */
export function fillPlainSlots(slots: PlainSlots, values: object): string | undefined {
  let out = slots.texts[0] ?? '';
  for (let i = 0; i < slots.names.length; i++) {
    const name = slots.names[i] ?? '';
    if (!Object.hasOwn(values, name)) return undefined;
    const value: unknown = Reflect.get(values, name);
    out += (value === null || value === undefined ? '' : String(value)) + (slots.texts[i + 1] ?? '');
  }
  return out;
}
