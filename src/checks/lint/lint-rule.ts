import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { BudgetInput } from '../../model/schema.js';
import { codeListsFor } from '../../compute/codes.js';
import { finding, type DocumentRule, type InputRule } from '../rule.js';
import type { DocumentView, PrintedText } from '../view/document-view.js';
import { freeTexts, type FreeText } from './free-texts.js';

/** What one text-lint rule is: its id, words, and the pattern that finds offending snippets. */
export interface LintSpec {
  id: string;
  severity: Severity;
  description: string;
  find(text: string): string[];
  /** The message for one text, given its snippets. */
  message(snippets: string[]): string;
  /**
   * Only list items (主要职责) are checked: input duties, and the paragraphs of section `overview.1` that are
   * not an input duty (those are reported at their input path).
   */
  listItemsOnly?: boolean;
  /** Narrative sections another rule owns (N15 owns the leftovers of 第二部分). */
  skipSections?: RegExp;
}

/** Section of the 主要职责 paragraphs (src/document/narrative/parts.ts). */
export const DUTIES_SECTION = 'overview.1';

/** The input-layer rule of a lint spec: every free text of the input, located by its JSON path. */
export function inputLint(spec: LintSpec): InputRule {
  return {
    id: spec.id,
    layer: 'input',
    severity: spec.severity,
    tolerance: 'text',
    description: `${spec.description}（输入的文字）`,
    run({ input, at }) {
      // Inputs repeat their indicator texts thousands of times: each distinct text is searched once.
      const { texts, distinct, numbers } = numberedFreeTexts(input);
      const found: (string[] | undefined)[] = new Array(distinct.length);
      const out: Diagnostic[] = [];
      for (let i = 0; i < texts.length; i++) {
        const t = texts[i]!;
        if (spec.listItemsOnly && !t.listItem) continue;
        const n = numbers[i]!;
        const snippets = (found[n] ??= spec.find(distinct[n]!));
        if (snippets.length > 0) out.push(finding(spec, at(t.path), spec.message(snippets)));
      }
      return out;
    },
  };
}

/** The input's free texts, each numbered by its distinct text, worked out once per input (five rules share them). */
interface NumberedFreeTexts {
  texts: readonly FreeText[];
  distinct: string[];
  /** For each free text, the number of its text in `distinct`. */
  numbers: Int32Array;
}

const numbered = new WeakMap<BudgetInput, NumberedFreeTexts>();

function numberedFreeTexts(input: BudgetInput): NumberedFreeTexts {
  let cached = numbered.get(input);
  if (!cached) {
    const texts = freeTexts(input);
    const distinct: string[] = [];
    const numberOf = new Map<string, number>();
    const numbers = new Int32Array(texts.length);
    texts.forEach((t, i) => {
      let n = numberOf.get(t.text);
      if (n === undefined) numberOf.set(t.text, (n = distinct.push(t.text) - 1));
      numbers[i] = n;
    });
    numbered.set(input, (cached = { texts, distinct, numbers }));
  }
  return cached;
}

/**
 * The document-layer rule: every printed text, with the input's free texts masked (they are reported at
 * their input path) and code-list names exempt (their official spelling, e.g. `维修(护)费`, is kept).
 */
export function documentLint(spec: LintSpec): DocumentRule {
  return {
    id: spec.id,
    layer: 'document',
    severity: spec.severity,
    tolerance: 'text',
    description: `${spec.description}（打印的文字）`,
    run(view) {
      const { masked, texts } = lintedTexts(view, spec);
      // A document prints the same texts many times (labels, project names masked to `〇`): each distinct masked
      // text is searched once, and its snippets reported wherever it is printed.
      const found: (string[] | undefined)[] = new Array(masked.length);
      const out: Diagnostic[] = [];
      for (const t of texts) {
        const snippets = (found[t.masked] ??= spec.find(masked[t.masked] as string));
        if (snippets.length > 0) out.push(finding(spec, t.printed.at, spec.message(snippets)));
      }
      return out;
    },
  };
}

/** The printed texts the lint reads (not code-list names), in order, each with its masked text by number. */
interface LintedTexts {
  /** The distinct masked texts. */
  masked: string[];
  texts: LintedText[];
}

/** A printed text the lint reads and where it is; `masked` numbers its text with the free texts masked. */
interface LintedText {
  masked: number;
  printed: PrintedText;
}

/** The texts a spec lints, worked out once per view and choice of texts (five rules share them). */
function lintedTexts(view: DocumentView, spec: LintSpec): LintedTexts {
  const key = spec.listItemsOnly ? 'list-items' : (spec.skipSections?.toString() ?? '');
  let cached = linted.get(view);
  if (!cached) linted.set(view, (cached = { all: allLinted(view), chosen: new Map() }));
  const all = cached.all;
  let texts = cached.chosen.get(key);
  if (!texts) {
    const skip = spec.skipSections;
    // By `section`, not `at`: a table text's `at` is worked out only for a finding.
    texts = spec.listItemsOnly
      ? all.texts.filter((t) => t.printed.section === DUTIES_SECTION && t.printed.paragraph && all.masked[t.masked] === t.printed.text)
      : skip
        ? all.texts.filter((t) => !(t.printed.section !== undefined && skip.test(t.printed.section)))
        : all.texts;
    cached.chosen.set(key, texts);
  }
  return { masked: all.masked, texts };
}

const linted = new WeakMap<DocumentView, { all: LintedTexts; chosen: Map<string, LintedText[]> }>();

/** Every printed text but the code-list names, each masked once per distinct text. */
function allLinted(view: DocumentView): LintedTexts {
  const exempt = codeNames(view.year);
  const masked: string[] = [];
  const numberOfMasked = new Map<string, number>();
  const numberOfText = new Map<string, number>();
  const texts: LintedText[] = [];
  for (const printed of view.texts()) {
    let n = numberOfText.get(printed.text);
    if (n === undefined) {
      if (exempt.has(printed.text)) n = -1;
      else {
        const m = view.masked(printed.text);
        n = numberOfMasked.get(m);
        if (n === undefined) numberOfMasked.set(m, (n = masked.push(m) - 1));
      }
      numberOfText.set(printed.text, n);
    }
    if (n >= 0) texts.push({ masked: n, printed });
  }
  return { masked, texts };
}

const namesByYear = new Map<number, Set<string>>();

function codeNames(year: number): Set<string> {
  let names = namesByYear.get(year);
  if (!names) {
    const lists = codeListsFor(year);
    names = new Set([...lists.functional.values(), ...lists.deptEconomic.values(), ...lists.govEconomic.values()]);
    namesByYear.set(year, names);
  }
  return names;
}
