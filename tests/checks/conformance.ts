import type { DocumentRule, InputContext, InputRule } from '../../src/checks/rule.js';
import type { DocumentView } from '../../src/checks/view/document-view.js';

/** A case that must pass: the rule runs and finds nothing. */
export interface ValidCase<C> {
  name: string;
  context: () => C;
}

/** A case that must fail: the rule finds something at `at` (formatLocation), optionally with a message like `message`. */
export interface InvalidCase<C> extends ValidCase<C> {
  at: string;
  message?: RegExp;
}

/** ESLint RuleTester style: one rule, its valid and invalid cases. */
export type Conformance =
  | { rule: InputRule; valid: ValidCase<InputContext>[]; invalid: InvalidCase<InputContext>[] }
  | { rule: DocumentRule; valid: ValidCase<DocumentView>[]; invalid: InvalidCase<DocumentView>[] };

export function inputCases(rule: InputRule, valid: ValidCase<InputContext>[], invalid: InvalidCase<InputContext>[]): Conformance {
  return { rule, valid, invalid };
}

export function documentCases(rule: DocumentRule, valid: ValidCase<DocumentView>[], invalid: InvalidCase<DocumentView>[]): Conformance {
  return { rule, valid, invalid };
}
