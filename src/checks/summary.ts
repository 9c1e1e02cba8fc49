import type { Diagnostic } from '../model/diagnostic.js';
import { isNotRun, ruleKey, type Outcome, type Rule } from './rule.js';

/** How one rule ended in one run: pass (ran, found nothing), fail (ran, found something), not run (why). */
export interface RuleResult {
  id: string;
  layer: Rule['layer'];
  status: 'pass' | 'fail' | 'not-run';
  findings: number;
  reason?: string;
}

/** What `validate` can print: how many rules ran, passed, failed and did not run (STYLE.md, DQC). */
export interface CheckSummary {
  ran: number;
  passed: number;
  failed: number;
  notRun: number;
  results: RuleResult[];
}

/** A run of a rule set: every finding, and the per-rule outcome. */
export interface CheckRun {
  diagnostics: Diagnostic[];
  summary: CheckSummary;
}

/** Runs each rule once and records its outcome; a rule that throws is a bug and propagates. */
export function runRules<R extends Rule>(rules: readonly R[], run: (rule: R) => Outcome): CheckRun {
  const diagnostics: Diagnostic[] = [];
  const results: RuleResult[] = rules.map((rule) => {
    const outcome = run(rule);
    if (isNotRun(outcome)) return { id: rule.id, layer: rule.layer, status: 'not-run', findings: 0, reason: outcome.notRun };
    diagnostics.push(...outcome);
    return { id: rule.id, layer: rule.layer, status: outcome.length === 0 ? 'pass' : 'fail', findings: outcome.length };
  });
  return { diagnostics, summary: summarize(results) };
}

/** Counts a list of results. */
export function summarize(results: readonly RuleResult[]): CheckSummary {
  const count = (s: RuleResult['status']) => results.filter((r) => r.status === s).length;
  return { ran: results.length - count('not-run'), passed: count('pass'), failed: count('fail'), notRun: count('not-run'), results: [...results] };
}

/** Joins the summaries of the two layers. */
export function mergeSummaries(...summaries: readonly CheckSummary[]): CheckSummary {
  return summarize(summaries.flatMap((s) => s.results));
}

/** `T01/input` → the result, for tests and reports. */
export function resultOf(summary: CheckSummary, rule: Pick<Rule, 'id' | 'layer'>): RuleResult | undefined {
  return summary.results.find((r) => ruleKey(r) === ruleKey(rule));
}
