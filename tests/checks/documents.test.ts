import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/checks/index.js';
import { computeFigures } from '../../src/compute/figures.js';
import { buildDocument } from '../../src/document/build.js';
import type { BudgetDocument } from '../../src/document/model.js';
import { chooseProfile, loadProfile } from '../../src/document/profile.js';
import { Decimal } from '../../src/model/money.js';
import { formatDiagnostic } from '../../src/model/diagnostic.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';
import { budgetInputSchema, type BudgetInput } from '../../src/model/schema.js';
import { parsed } from './fixtures.js';

function example(name: string): BudgetInput {
  return budgetInputSchema.parse(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'examples', name, 'input.json'), 'utf8')));
}

function documentOf(input: BudgetInput): BudgetDocument {
  return buildDocument(input, computeFigures(input), loadProfile(chooseProfile(input).profile));
}

/** Which document rules do not apply to each edition's document (their table or sentence is not in it, or 08 is empty). */
const NOT_APPLICABLE: Record<string, string[]> = {
  '000-luoyang-2022': ['T15', 'T16', 'X15', 'X16', 'N12'],
  '004-xigong-2023': ['T12', 'T16', 'X16'],
  '002-chengxiang-2024': ['T12'],
};

describe('文档规则：示例生成的文档没有任何发现（没有误报）', () => {
  for (const [name, notApplicable] of Object.entries(NOT_APPLICABLE))
    it(`${name}：全部文档规则通过，只有本版式没有的表或句子不适用，没有未运行的规则`, () => {
      const input = example(name);
      const run = checkDocument(documentOf(input), { input });
      expect(run.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(run.summary.rules.filter((r) => r.status === 'not-applicable').map((r) => r.id)).toEqual(notApplicable);
      expect(run.summary.notRun).toBe(0);
      expect(run.summary.failed).toBe(0);
    });
});

/** Every amount cell of a document, one at a time, raised by 0.01: some error-level document rule must notice. */
function undetectedCellChanges(document: BudgetDocument, input: BudgetInput, every = 1, offset = 0): string[] {
  const missed: string[] = [];
  let n = 0;
  for (const block of document.parts.flatMap((p) => p.blocks)) {
    if (block.type !== 'table') continue;
    block.table.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.kind !== 'content' || cell.role !== 'amount' || (n++ + offset) % every !== 0) return;
        const saved = { text: cell.text, value: cell.value };
        cell.text = cell.value = new Decimal(cell.value ?? '0').plus('0.01').toFixed(2);
        if (!checkDocument(document, { input }).diagnostics.some((d) => d.severity === 'error')) missed.push(`${block.table.id} 第${r + 1}行第${c + 1}列`);
        cell.text = saved.text;
        if (saved.value === undefined) delete cell.value;
        else cell.value = saved.value;
      }),
    );
  }
  return missed;
}

describe('文档规则能发现打印出的任何一个金额被改动一分钱', () => {
  it('最小示例：每隔 5 个金额单元格抽查一个（起点 0–4 轮换，五次覆盖全部）', () => {
    const input = parsed();
    const offset = Number(process.env.MUTATION_OFFSET ?? 0);
    const document = documentOf(input);
    const missed = undetectedCellChanges(document, input, 5, offset);
    expect(missed).toEqual([]);
  });

  for (const name of Object.keys(NOT_APPLICABLE))
    it(`${name}：每隔 23 个金额单元格抽查一个`, () => {
      const input = example(name);
      expect(undetectedCellChanges(documentOf(input), input, 23)).toEqual([]);
    });
});
