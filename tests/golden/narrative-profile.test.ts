import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/compute/figures.js';
import { buildDocument } from '../../src/document/build.js';
import type { BudgetDocument } from '../../src/document/model.js';
import { loadProfile } from '../../src/document/profile.js';
import { PACKAGE_ROOT, TEMPLATES_DIR } from '../../src/model/paths.js';
import { budgetInputSchema } from '../../src/model/schema.js';
import { minimalInput } from '../fixtures/minimal.js';

const ROOTS = [join(PACKAGE_ROOT, 'tests', 'profiles'), TEMPLATES_DIR];

/** Every narrative block as `part/section: text`, tables left out. */
function lines(doc: BudgetDocument): string[] {
  return doc.parts.flatMap((part) =>
    part.blocks.flatMap((b) => {
      if (b.type === 'table') return [`${part.id}/table: ${b.table.title}`];
      if (b.type === 'toc') return b.entries.map((e) => `toc: ${e.text}`);
      if (b.type === 'partTitle') return [`${part.id}: ${b.label ?? ''}${b.title}`];
      return [`${part.id}/${b.section ?? ''}: ${b.text}`];
    }),
  );
}

describe('模板继承：测试模板只替换一句话和一条名词解释', () => {
  const input = budgetInputSchema.parse(minimalInput());
  const figures = computeFigures(input);
  const base = lines(buildDocument(input, figures, loadProfile('luoyang-2024', ROOTS)));
  const child = lines(buildDocument(input, figures, loadProfile('test-override', ROOTS)));

  it('输出恰好在这两处不同', () => {
    expect(child).toHaveLength(base.length);
    const changed = child.flatMap((line, i) => (line === base[i] ? [] : [{ was: base[i], now: line }]));
    expect(changed).toEqual([
      {
        was: 'explanation/explanation.10.5: 测试中心2024年无负责管理的专项转移支付项目。',
        now: 'explanation/explanation.10.5: 测试中心2024年没有专项转移支付项目（测试替换的句子）。',
      },
      {
        was: expect.stringMatching(/^glossary\/glossary\.7: 七、基本支出：是指为保障机构正常运转、完成日常工作任务/),
        now: 'glossary/glossary.7: 七、基本支出：是指保障机构正常运转所必需的开支（测试替换的释义）。',
      },
    ]);
  });

  it('替换不存在的术语时报错，而不是悄悄忽略', () => {
    const root = mkdtempSync(join(tmpdir(), 'yusuan-profile-'));
    mkdirSync(join(root, 'typo'));
    const file = { id: 'typo', extends: 'luoyang-2024', glossaryOverrides: { 基本支岀: '错字' } };
    writeFileSync(join(root, 'typo', 'profile.json'), JSON.stringify(file));
    expect(() => loadProfile('typo', [root, TEMPLATES_DIR])).toThrow(/没有术语“基本支岀”/);
  });
});
