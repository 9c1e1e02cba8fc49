import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/checks/index.js';
import { isNotRun, ruleKey, type Outcome } from '../../src/checks/rule.js';
import { formatLocation } from '../../src/model/diagnostic.js';
import type { Conformance } from './conformance.js';
import { T_CASES } from './cases/t-rules.js';
import { X_CASES } from './cases/x-rules.js';
import { N_CASES } from './cases/n-rules.js';
import { INPUT_CASES } from './cases/input-rules.js';
import { TEXT_CASES } from './cases/text-rules.js';

const ALL_CASES: Conformance[] = [...T_CASES, ...X_CASES, ...N_CASES, ...INPUT_CASES, ...TEXT_CASES];

/** Runs one case of a set: each set pairs a rule with contexts of its own layer. */
function cases(set: Conformance): { name: string; at?: string; message?: RegExp; valid: boolean; run: () => Outcome }[] {
  if (set.rule.layer === 'input') {
    const s = set as Extract<Conformance, { rule: { layer: 'input' } }>;
    return [...s.valid.map((c) => ({ ...c, valid: true })), ...s.invalid.map((c) => ({ ...c, valid: false }))].map((c) => ({ ...c, run: () => s.rule.run(c.context()) }));
  }
  const s = set as Extract<Conformance, { rule: { layer: 'document' } }>;
  return [...s.valid.map((c) => ({ ...c, valid: true })), ...s.invalid.map((c) => ({ ...c, valid: false }))].map((c) => ({ ...c, run: () => s.rule.run(c.context()) }));
}

describe('规则一致性表（每条规则的有效与无效用例）', () => {
  for (const set of ALL_CASES) {
    const key = ruleKey(set.rule);
    for (const c of cases(set).filter((x) => x.valid))
      it(`${key} 有效：${c.name}`, () => {
        const outcome = c.run();
        if (isNotRun(outcome)) throw new Error(`规则未运行：${JSON.stringify(outcome)}`);
        expect(outcome.map((d) => `${d.rule} ${formatLocation(d.at)}：${d.message}`)).toEqual([]);
      });
    for (const c of cases(set).filter((x) => !x.valid))
      it(`${key} 无效：${c.name} → ${c.at}`, () => {
        const outcome = c.run();
        if (isNotRun(outcome)) throw new Error(`规则未运行：${JSON.stringify(outcome)}`);
        const found = outcome.filter((d) => d.rule === set.rule.id);
        expect(found.map((d) => formatLocation(d.at))).toContain(c.at);
        if (c.message) expect(found.map((d) => d.message).join('\n')).toMatch(c.message);
        for (const d of found) expect(d.message.length).toBeGreaterThan(0);
      });
  }
});

describe('元测试：注册表中的每条规则都有用例', () => {
  const byKey = new Map(ALL_CASES.map((s) => [ruleKey(s.rule), s]));

  it('每条已注册的规则至少有一个有效用例和一个无效用例', () => {
    const missing = ALL_RULES.map(ruleKey).filter((k) => {
      const set = byKey.get(k);
      return !set || set.valid.length === 0 || set.invalid.length === 0;
    });
    expect(missing).toEqual([]);
  });

  it('用例只针对已注册的规则，且每条规则只有一组用例', () => {
    const registered = new Set(ALL_RULES.map(ruleKey));
    expect(ALL_CASES.map((s) => ruleKey(s.rule)).filter((k) => !registered.has(k))).toEqual([]);
    expect(ALL_CASES.length).toBe(byKey.size);
  });

  it('规则编号与规格一致：T01–T18、X01–X16、N01–N16、M01–M03、P01–P03 全部注册', () => {
    const ids = new Set(ALL_RULES.map((r) => r.id));
    const spec = [
      ...Array.from({ length: 18 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 16 }, (_, i) => `X${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 16 }, (_, i) => `N${String(i + 1).padStart(2, '0')}`),
      'M01', 'M02', 'M03', 'P01', 'P02', 'P03', 'C01',
    ];
    expect(spec.filter((id) => !ids.has(id))).toEqual([]);
  });
});
