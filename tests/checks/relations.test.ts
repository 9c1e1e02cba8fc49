import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_RULES, INPUT_RULES, RELATION_RULES } from '../../src/checks/index.js';
import { state } from '../../src/checks/relations/engine.js';
import { isText, listOf } from '../../src/checks/relations/relation.js';
import { documentView, isTableKind } from '../../src/checks/view/document-view.js';
import { computeFigures } from '../../src/compute/figures.js';
import { buildDocument } from '../../src/document/build.js';
import { chooseProfile, loadProfile } from '../../src/document/profile.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';
import { budgetInputSchema, type BudgetInput } from '../../src/model/schema.js';
import { parsed } from './fixtures.js';

const EXAMPLES = ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024'];

function example(name: string): BudgetInput {
  return budgetInputSchema.parse(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'examples', name, 'input.json'), 'utf8')));
}

describe('以数据声明的关系（src/checks/relations）', () => {
  it('每条关系规则只声明一次：文档层注册一次，输入层没有同编号的手写规则', () => {
    for (const rule of RELATION_RULES) {
      expect(DOCUMENT_RULES.filter((r) => r.id === rule.id), rule.id).toEqual([rule]);
      expect(INPUT_RULES.filter((r) => r.id === rule.id).map((r) => r.id), rule.id).toEqual([]);
    }
  });

  it('消息中的 {…} 只引用已知的表键或 {row}，每个单元格项都按键指明表、行、列', () => {
    for (const rule of RELATION_RULES)
      for (const relation of rule.relations) {
        for (const [, name] of relation.what.matchAll(/\{([^}]*)\}/g)) expect(name === 'row' || isTableKind(name ?? ''), `${rule.id}：${relation.what}`).toBe(true);
        for (const term of [...listOf(relation.left), ...listOf(relation.right)]) {
          if (isText(term)) expect(term.section).toMatch(/^explanation\./);
          else expect(isTableKind(term.table), `${rule.id} ${term.table}`).toBe(true);
        }
      }
  });

  for (const [name, input] of [['最小示例（2024 版）', parsed()] as const, ...EXAMPLES.map((n) => [n, example(n)] as const)])
    it(`${name}：每条关系要么因本版没有的表而不适用，要么所有单元格都读得到`, () => {
      const view = documentView(buildDocument(input, computeFigures(input), loadProfile(chooseProfile(input).profile)));
      for (const rule of RELATION_RULES)
        rule.relations.forEach((relation, i) => {
          const stated = state(relation, view);
          if ('missing' in stated) {
            expect(stated.missing.tables.length + stated.missing.sections.length, `${rule.id}#${i}`).toBeGreaterThan(0);
            return;
          }
          // A narrative phrase the template prints only in some cases (四's 政府性基金) may be absent; cells may not.
          const phrases = [...listOf(relation.left), ...listOf(relation.right)].flatMap((t) => (isText(t) ? [t] : []));
          if (phrases.some((t) => !listOf(t.after).some((after) => view.section(t.section)?.includes(after)))) return;
          expect(stated.unreadable, `${rule.id}#${i}：${relation.what}`).toBe(0);
          if (!relation.when && !relation.forEach) expect(stated.equations.length, `${rule.id}#${i}`).toBe(1);
        });
    });
});
