import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/checks/index.js';
import { computeFigures } from '../../src/compute/figures.js';
import { buildDocument } from '../../src/document/build.js';
import type { BudgetDocument } from '../../src/document/model.js';
import { loadProfile } from '../../src/document/profile.js';
import { formatDiagnostic } from '../../src/model/diagnostic.js';
import { Decimal } from '../../src/model/money.js';
import { TEMPLATES_DIR } from '../../src/model/paths.js';
import { parsed } from './fixtures.js';

const GROUPED = ['income', 'expenditure', 'general-public-expenditure', 'economic-summary', 'operating-funds', 'project-expenditure', 'project-performance'];
const root = mkdtempSync(join(tmpdir(), 'yusuan-group-row-'));
mkdirSync(join(root, 'grouped'));
writeFileSync(join(root, 'grouped', 'profile.json'), JSON.stringify({ id: 'grouped', extends: 'luoyang-2024' }));
const tables = loadProfile('luoyang-2024').tables.map((t) =>
  GROUPED.includes(t.key) ? { ...t, options: { ...t.options, departmentGroupRow: true, ...(t.key === 'project-performance' ? { leadingRows: 'department-units' } : {}) } } : t,
);
writeFileSync(join(root, 'grouped', 'tables.json'), JSON.stringify(tables));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function grouped(): { document: BudgetDocument; input: ReturnType<typeof parsed> } {
  const input = parsed((j) => (j.department = { ...j.department, parentCode: '900', parentName: '测试市测试局' }));
  return { document: buildDocument(input, computeFigures(input), loadProfile('grouped', [root, TEMPLATES_DIR])), input };
}

describe('单位文档加印所属部门行（departmentGroupRow）：规则按行键读到这一行', () => {
  it('生成的文档没有任何发现，部门行确实印出', () => {
    const { document, input } = grouped();
    const keys = document.parts.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'table' ? b.table.rowKeys : []));
    expect(keys.filter((k) => k === 'parent-department').length).toBeGreaterThanOrEqual(GROUPED.length - 1);
    expect(checkDocument(document, { input }).diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('部门行的金额被改动一分钱（每隔两个抽查一个），错误级规则都能发现', () => {
    const { document, input } = grouped();
    const missed: string[] = [];
    for (const t of document.parts.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'table' ? [b.table] : []))) {
      const r = t.rowKeys.indexOf('parent-department');
      if (r < 0) continue;
      t.rows[r]!.forEach((cell, c) => {
        if (cell.kind !== 'content' || cell.role !== 'amount' || c % 3 !== 0) return;
        const saved = { text: cell.text, value: cell.value };
        cell.text = cell.value = new Decimal(cell.value ?? '0').plus('0.01').toFixed(2);
        if (!checkDocument(document, { input }).diagnostics.some((d) => d.severity === 'error')) missed.push(`${t.key} ${t.columnKeys[c]}`);
        cell.text = saved.text;
        if (saved.value === undefined) delete cell.value;
        else cell.value = saved.value;
      });
    }
    expect(missed).toEqual([]);
  });
});
