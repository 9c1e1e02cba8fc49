import { STYLE_OPTION_KEYS, styleOptionsSchema, type StyleOptions } from './options.js';

type Options = Readonly<Record<string, unknown>>;

const parsed = new WeakMap<Options, StyleOptions>();

/**
 * The style options of a profile's options object, defaults filled in. Reads only the schema's keys, so it
 * works whether or not the profile loader has already merged and validated them; parsed once per object.
 */
export function styleOf(options: Options): StyleOptions {
  const hit = parsed.get(options);
  if (hit) return hit;
  const style = parseStyle(pick(options));
  parsed.set(options, style);
  return style;
}

/**
 * A table's style: the profile's, with the table entry's options of the same names taking precedence
 * (`zeroDisplay`, `emptyNotePlace`, `tableAmountDecimals`, …), so one table may print differently.
 */
export function tableStyleOf(profileOptions: Options, entryOptions: Options): StyleOptions {
  const own = pick(entryOptions);
  if (Object.keys(own).length === 0) return styleOf(profileOptions);
  return parseStyle({ ...pick(profileOptions), ...own });
}

function pick(options: Options): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of STYLE_OPTION_KEYS) if (options[key] !== undefined) picked[key] = options[key];
  return picked;
}

function parseStyle(options: Record<string, unknown>): StyleOptions {
  const result = styleOptionsSchema.safeParse(options);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；');
  throw new Error(`模板的格式选项有误：${problems}`);
}
