import Handlebars from 'handlebars';
import { InternalError } from '../../model/diagnostic.js';

/**
 * Figures inside narrative sentences (issue 13): a helper that prints a figure wraps it in private-use
 * markers carrying its key (the template path it was read from, e.g. `threePublic.total`,
 * `incomeSources.2.amount`, `changes.total.growth`) and its exact value; `unmark` strips them and records
 * where each figure sits in the finished line. Markers never reach a document: every line passes unmark.
 */
const OPEN = '\uE000';
const VALUE = '\uE003';
const TEXT = '\uE001';
const CLOSE = '\uE002';

/** One figure printed in a line: its key, its place in the line, its printed text and its exact value. */
export interface Slot {
  key: string;
  start: number;
  end: number;
  text: string;
  /** The exact value behind the printed text (`3374.03`, `3.1748…`), when it is a number. */
  value?: string;
}

/** A rendered line without markers, and the figures in it. */
export interface Line {
  text: string;
  slots: Slot[];
}

/** Wraps a printed figure; with no key (a helper called outside a template) the text is returned as is. */
export function markSlot(key: string | undefined, value: string | undefined, text: string): string {
  if (key === undefined) return text;
  return `${OPEN}${key}${VALUE}${value ?? ''}${TEXT}${text}${CLOSE}`;
}

/** Removes the markers of a rendered line and records each figure's place. */
export function unmark(marked: string): Line {
  if (!marked.includes(OPEN)) return { text: marked, slots: [] };
  const slots: Slot[] = [];
  let text = '';
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf(OPEN, i);
    if (open < 0) {
      text += marked.slice(i);
      break;
    }
    text += marked.slice(i, open);
    const valueAt = marked.indexOf(VALUE, open);
    const textAt = marked.indexOf(TEXT, valueAt);
    const close = marked.indexOf(CLOSE, textAt);
    if (valueAt < 0 || textAt < 0 || close < 0) throw new InternalError('模板输出中的数字标记不完整');
    const printed = marked.slice(textAt + 1, close);
    const value = marked.slice(valueAt + 1, textAt);
    slots.push({ key: marked.slice(open + 1, valueAt), start: text.length, end: text.length + printed.length, text: printed, ...(value ? { value } : {}) });
    text += printed;
    i = close + 1;
  }
  return { text, slots };
}

/** Whether a text still holds a marker (a line that skipped unmark: a bug). */
export function hasMarkers(text: string): boolean {
  return /[\uE000-\uE003]/.test(text);
}

interface TrackedOptions {
  ids?: unknown[];
  data?: { contextPath?: unknown };
}

/**
 * The key of a helper's `index`-th parameter, from handlebars' `trackIds` information: the parameter's
 * path, prefixed by the path of the enclosing `each`/`with` block (`incomeSources.2`).
 */
export function slotKey(options: unknown, index = 0): string | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const tracked = options as TrackedOptions;
  const id = tracked.ids?.[index];
  if (typeof id !== 'string' || id === '') return undefined;
  const context = tracked.data?.contextPath;
  return typeof context === 'string' && context !== '' ? `${context}.${id}` : id;
}

type Program = hbs.AST.Program;

/**
 * Parses a template and turns every plain `{{path}}` into `{{slot path}}`, so counts and years printed
 * without a helper are slots too. The `slot` helper prints what handlebars would have printed.
 */
export function parseWithSlots(source: string, helpers: ReadonlySet<string>): Program {
  const ast = Handlebars.parse(source);
  rewrite(ast, helpers);
  return ast;
}

function rewrite(program: Program | undefined, helpers: ReadonlySet<string>): void {
  if (!program) return;
  for (const node of program.body) {
    if (node.type === 'MustacheStatement') {
      const m = node as hbs.AST.MustacheStatement;
      const path = m.path as hbs.AST.PathExpression;
      if (m.params.length === 0 && !m.hash && path.type === 'PathExpression' && !helpers.has(path.original)) {
        m.params = [path];
        m.path = { ...path, data: false, depth: 0, parts: ['slot'], original: 'slot' } as hbs.AST.PathExpression;
      }
    }
    if (node.type === 'BlockStatement') {
      const b = node as hbs.AST.BlockStatement;
      rewrite(b.program, helpers);
      rewrite(b.inverse, helpers);
    }
  }
}
