import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { codeListsFor } from '../../compute/codes.js';
import { finding, type DocumentRule, type InputRule } from '../rule.js';
import type { DocumentView, PrintedText } from '../view/document-view.js';
import { freeTexts } from './free-texts.js';

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
      const found = new Map<string, string[]>();
      const out: Diagnostic[] = [];
      for (const t of freeTexts(input)) {
        if (spec.listItemsOnly && !t.listItem) continue;
        let snippets = found.get(t.text);
        if (!snippets) found.set(t.text, (snippets = spec.find(t.text)));
        if (snippets.length > 0) out.push(finding(spec, at(t.path), spec.message(snippets)));
      }
      return out;
    },
  };
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
      const out: Diagnostic[] = [];
      for (const t of lintedTexts(view, spec)) {
        const snippets = spec.find(t.masked);
        if (snippets.length > 0) out.push(finding(spec, t.printed.at, spec.message(snippets)));
      }
      return out;
    },
  };
}

/** A printed text the lint reads (not a code-list name), with the free texts masked, and where it is. */
interface LintedText {
  masked: string;
  printed: PrintedText;
}

/** The texts a spec lints, worked out once per view and choice of texts (five rules share them). */
function lintedTexts(view: DocumentView, spec: LintSpec): LintedText[] {
  const key = spec.listItemsOnly ? 'list-items' : (spec.skipSections?.toString() ?? '');
  let chosen = linted.get(view);
  if (!chosen) linted.set(view, (chosen = new Map()));
  let texts = chosen.get(key);
  if (!texts) {
    const exempt = codeNames(view.year);
    texts = [];
    for (const t of printedTexts(view, spec)) {
      if (exempt.has(t.text)) continue;
      const masked = view.masked(t.text);
      if (!spec.listItemsOnly || masked === t.text) texts.push({ masked, printed: t });
    }
    chosen.set(key, texts);
  }
  return texts;
}

const linted = new WeakMap<DocumentView, Map<string, LintedText[]>>();

function printedTexts(view: DocumentView, spec: LintSpec): PrintedText[] {
  const all = view.texts();
  // By `section`, not `at`: a table text's `at` is worked out only for a finding.
  if (spec.listItemsOnly) return all.filter((t) => t.section === DUTIES_SECTION && t.paragraph);
  const skip = spec.skipSections;
  return skip ? all.filter((t) => !(t.section !== undefined && skip.test(t.section))) : all;
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
