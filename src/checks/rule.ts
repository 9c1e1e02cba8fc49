import type { BudgetFigures } from '../compute/figures.js';
import type { Diagnostic, Location, Severity } from '../model/diagnostic.js';
import type { BudgetInput } from '../model/schema.js';
import type { Profile } from '../document/profile.js';
import type { DocumentView, TableKind } from './view/document-view.js';

/** Which value a rule reads: the parsed input and its figures, or the built document (what we print). */
export type Layer = 'input' | 'document';

/**
 * How a rule compares amounts (STYLE.md "Every check states its tolerance"): `exact` for inputs and
 * 2-decimal printed amounts (spec §5: "All comparisons are exact on 2-decimal amounts"); `rounded` when
 * a printed rounded figure (a percentage, a 1-decimal amount) takes part: half a unit of its last place
 * per rounded term (compare.ts); `text` for rules that compare no amounts.
 */
export type Tolerance = 'exact' | 'rounded' | 'text';

/** A rule that could not run although what it checks should be there (a required input, an unreadable figure). */
export interface NotRun {
  notRun: string;
}

/** A rule that does not apply: what it checks is not part of this document (a table the profile does not print). */
export interface NotApplicable {
  notApplicable: string;
}

/** What one run of a rule gives: its findings (none = pass), why it does not apply, or why it did not run (never "pass"). */
export type Outcome = Diagnostic[] | NotRun | NotApplicable;

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
  /** Tables the rule reads, by key: without any of them it does not apply. */
  tables?: readonly TableKind[];
  /** Tables of which the rule reads whichever are there (03/05/09/10): without all of them it does not apply. */
  anyTables?: readonly TableKind[];
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

export function notApplicable(reason: string): NotApplicable {
  return { notApplicable: reason };
}

/** True when the rule did not run, for whatever reason (not run, or not applicable). */
export function isNotRun(outcome: Outcome): outcome is NotRun | NotApplicable {
  return !Array.isArray(outcome);
}

/**
 * Why a rule does not apply to a profile or document whose tables are `has`: a table it needs is absent
 * (`本模板没有表 three-public-costs`); undefined when it applies.
 */
export function missingTables(rule: Pick<RuleBase, 'tables' | 'anyTables'>, has: (kind: TableKind) => boolean): NotApplicable | undefined {
  const missing = (rule.tables ?? []).filter((k) => !has(k));
  if (missing.length > 0) return notApplicable(`本模板没有表 ${missing.join('、')}`);
  const any = rule.anyTables ?? [];
  if (any.length > 0 && !any.some(has)) return notApplicable(`本模板没有表 ${any.join('、')}`);
  return undefined;
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
