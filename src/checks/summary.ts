import type { Diagnostic } from '../model/diagnostic.js';
import { ruleKey, type Outcome, type Rule } from './rule.js';

/** How one rule ended: pass (ran, found nothing), fail (ran, found something), not applicable or not run (why). */
export type RuleStatus = 'pass' | 'fail' | 'not-applicable' | 'not-run';

/** One line of the ledger. */
export interface RuleResult {
  id: string;
  layer: Rule['layer'];
  status: RuleStatus;
  findings: number;
  reason?: string;
}

/**
 * The coverage ledger of a run (STYLE.md, DQC): for every registered rule, whether it passed, failed, did not
 * apply or did not run; the counts add up to `total`. `validate --json` prints it as is.
 */
export interface CheckSummary {
  total: number;
  passed: number;
  failed: number;
  notApplicable: number;
  notRun: number;
  rules: RuleResult[];
}

/** A run of a rule set: every finding, and the per-rule outcome. */
export interface CheckRun {
  diagnostics: Diagnostic[];
  summary: CheckSummary;
}

/** The ledger line of one rule's outcome. */
export function resultOf(rule: Pick<Rule, 'id' | 'layer'>, outcome: Outcome): RuleResult {
  // Written out, not spread from a common part: a spread per rule was a visible part of every check.
  const { id, layer } = rule;
  if (Array.isArray(outcome)) return { id, layer, status: outcome.length === 0 ? 'pass' : 'fail', findings: outcome.length };
  if ('notApplicable' in outcome) return { id, layer, status: 'not-applicable', findings: 0, reason: outcome.notApplicable };
  return { id, layer, status: 'not-run', findings: 0, reason: outcome.notRun };
}

/** Runs each rule once and records its outcome; a rule that throws is a bug and propagates. */
export function runRules<R extends Rule>(rules: readonly R[], run: (rule: R) => Outcome): CheckRun {
  const diagnostics: Diagnostic[] = [];
  const results = rules.map((rule) => {
    const outcome = run(rule);
    if (Array.isArray(outcome)) diagnostics.push(...outcome);
    return resultOf(rule, outcome);
  });
  return { diagnostics, summary: summarize(results) };
}

/** Counts a list of results. */
export function summarize(results: readonly RuleResult[]): CheckSummary {
  let passed = 0;
  let failed = 0;
  let notApplicable = 0;
  let notRun = 0;
  for (const r of results) {
    if (r.status === 'pass') passed++;
    else if (r.status === 'fail') failed++;
    else if (r.status === 'not-applicable') notApplicable++;
    else notRun++;
  }
  return { total: results.length, passed, failed, notApplicable, notRun, rules: [...results] };
}

/** Every rule of `rules` not run, for one reason (the input could not be read, so no rule could look at it). */
export function noneRan(rules: readonly Pick<Rule, 'id' | 'layer'>[], reason: string): CheckSummary {
  return summarize(rules.map((rule) => ({ id: rule.id, layer: rule.layer, status: 'not-run', findings: 0, reason })));
}

/** Joins the summaries of the two layers. */
export function mergeSummaries(...summaries: readonly CheckSummary[]): CheckSummary {
  return summarize(summaries.flatMap((s) => s.rules));
}

/** `T01/input` → its ledger line, for tests and reports. */
export function findResult(summary: CheckSummary, rule: Pick<Rule, 'id' | 'layer'>): RuleResult | undefined {
  return summary.rules.find((r) => ruleKey(r) === ruleKey(rule));
}
