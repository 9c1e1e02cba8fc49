import type { BudgetFigures } from '../compute/figures.js';
import type { Diagnostic, Location, Severity } from '../model/diagnostic.js';
import type { BudgetInput } from '../model/schema.js';
import type { Profile } from '../document/profile.js';
import type { DocumentView } from './view/document-view.js';

/** Which value a rule reads: the parsed input and its figures, or the built document (what we print). */
export type Layer = 'input' | 'document';

/**
 * How a rule compares amounts (STYLE.md "Every check states its tolerance"): `exact` for inputs and
 * 2-decimal printed amounts (spec §5: "All comparisons are exact on 2-decimal amounts"); `rounded` when
 * a printed rounded figure (a percentage, a 1-decimal amount) takes part: half a unit of its last place
 * per rounded term (compare.ts); `text` for rules that compare no amounts.
 */
export type Tolerance = 'exact' | 'rounded' | 'text';

/** A rule that could not run because what it checks is absent (a table, a section, an input). */
export interface NotRun {
  notRun: string;
}

/** What one run of a rule gives: its findings (none = pass), or why it did not run (never "pass"). */
export type Outcome = Diagnostic[] | NotRun;

/** Everything an input rule reads. `at` turns a JSON path into the place the officer can find. */
export interface InputContext {
  input: BudgetInput;
  figures: BudgetFigures;
  at(path: readonly (string | number)[]): Location;
  profile?: Profile;
}

interface RuleBase {
  /** The spec id (T01 … P03) or the validator's own (C01, L01, R01, I01, A01). */
  id: string;
  severity: Severity;
  tolerance: Tolerance;
  /** One line in Chinese: the relation, as the spec states it. */
  description: string;
}

/** A rule over the parsed input and its figures. */
export interface InputRule extends RuleBase {
  layer: 'input';
  run(ctx: InputContext): Outcome;
}

/** A rule over the built document: printed cells and narrative text. */
export interface DocumentRule extends RuleBase {
  layer: 'document';
  run(view: DocumentView): Outcome;
}

export type Rule = InputRule | DocumentRule;

/** The registry key of a rule: an id may have one rule per layer. */
export function ruleKey(rule: Pick<Rule, 'id' | 'layer'>): string {
  return `${rule.id}/${rule.layer}`;
}

export function notRun(reason: string): NotRun {
  return { notRun: reason };
}

export function isNotRun(outcome: Outcome): outcome is NotRun {
  return !Array.isArray(outcome);
}

/** A finding of `rule` at `at`, with the rule's severity unless the finding says otherwise. */
export function finding(
  rule: Pick<RuleBase, 'id' | 'severity'>,
  at: Location,
  message: string,
  extra: Partial<Pick<Diagnostic, 'related' | 'data' | 'severity'>> = {},
): Diagnostic {
  return { ...extra, rule: rule.id, severity: extra.severity ?? rule.severity, at, message };
}
