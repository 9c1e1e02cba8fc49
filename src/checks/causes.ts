import { Decimal } from '../model/money.js';
import { sameLocation, type Diagnostic } from '../model/diagnostic.js';
import { compareDiagnostics } from './order.js';

/** A finding shown in the report, with the findings that follow from it (issue 15: one message per root cause). */
export interface CauseGroup {
  finding: Diagnostic;
  consequences: Diagnostic[];
}

/**
 * Marks the findings that follow from another finding of the same run, so the report can print one message
 * per root cause ("另有 N 处由此引起"). A rule that knows sets `cause` itself (C01: five control totals off by
 * the same amount). Otherwise a root is a finding whose `data.amount` says how much it puts out of place (a
 * line item whose unit, class or project is unknown), and each relation (`data.expected`/`data.actual`)
 * off by exactly that amount follows from it; and a root's `data.implies` names the topics (`project:P002`)
 * of findings that follow from it. Returns a copy in the same order; causes already set are kept.
 */
export function attributeCauses(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const roots = [...diagnostics].filter((d) => d.data?.amount !== undefined || (d.data?.implies?.length ?? 0) > 0).sort(compareDiagnostics);
  if (roots.length === 0) return [...diagnostics];
  return diagnostics.map((d) => {
    if (d.cause || d.severity === 'info' || roots.includes(d)) return d;
    const root = roots.find((r) => r.rule !== d.rule && follows(d, r));
    return root ? { ...d, cause: { rule: root.rule, at: root.at } } : d;
  });
}

function follows(d: Diagnostic, root: Diagnostic): boolean {
  const topic = d.data?.topic;
  if (topic !== undefined && root.data?.implies?.includes(topic)) return true;
  const amount = root.data?.amount;
  const { expected, actual } = d.data ?? {};
  if (amount === undefined || expected === undefined || actual === undefined) return false;
  // `data` may hold a bound (`≤1.00`) or a text rather than a number: only numbers can differ by an amount.
  if (![actual, expected, amount].every((v) => PLAIN_NUMBER.test(v))) return false;
  const off = new Decimal(actual).minus(new Decimal(expected)).abs();
  return !off.isZero() && off.eq(new Decimal(amount).abs());
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The findings as the report lists them: each finding whose cause is not in the list, with every finding
 * that follows from it (directly or through another consequence). Order: as `compareDiagnostics`.
 */
export function groupByCause(diagnostics: readonly Diagnostic[]): CauseGroup[] {
  const list = attributeCauses(diagnostics);
  const causeOf = (d: Diagnostic): Diagnostic | undefined => {
    const c = d.cause;
    return c && list.find((x) => x !== d && x.rule === c.rule && sameLocation(x.at, c.at));
  };
  const rootOf = (d: Diagnostic): Diagnostic => {
    let current = d;
    for (let depth = 0; depth < 10; depth++) {
      const next = causeOf(current);
      if (!next || next === d) return current;
      current = next;
    }
    return current;
  };
  const groups = new Map<Diagnostic, Diagnostic[]>();
  for (const d of [...list].sort(compareDiagnostics)) {
    const root = rootOf(d);
    if (root === d) groups.set(d, groups.get(d) ?? []);
  }
  for (const d of list) {
    const root = rootOf(d);
    if (root !== d) groups.get(root)?.push(d);
  }
  return [...groups].map(([finding, consequences]) => ({ finding, consequences: consequences.sort(compareDiagnostics) }));
}
