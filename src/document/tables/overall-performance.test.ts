import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../compute/figures.js';
import { TEMPLATES_DIR } from '../../model/paths.js';
import { budgetInputSchema } from '../../model/schema.js';
import { minimalInput } from '../../../tests/fixtures/minimal.js';
import { documentContext } from '../context.js';
import type { GridTable } from '../model.js';
import { loadProfile } from '../profile.js';
import { buildTables } from './index.js';

/** The 整体绩效目标表 under luoyang-2024, or under a county profile whose data file rewrites some fixed texts. */
function overallTable(data?: (shipped: Record<string, unknown>) => Record<string, unknown>): GridTable {
  const input = budgetInputSchema.parse(minimalInput());
  let profile = loadProfile('luoyang-2024');
  if (data) {
    const root = mkdtempSync(join(tmpdir(), 'yusuan-overall-'));
    mkdirSync(join(root, 'county'));
    const shipped = JSON.parse(readFileSync(join(TEMPLATES_DIR, 'luoyang-2024', 'overall-performance.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(root, 'county', 'profile.json'), JSON.stringify({ id: 'county', extends: 'luoyang-2024' }));
    writeFileSync(join(root, 'county', 'county-overall.json'), JSON.stringify(data(shipped)));
    writeFileSync(join(root, 'county', 'tables.json'), JSON.stringify([{ id: '附表', spec: 'overall-performance', title: '整体绩效', options: { data: 'county-overall.json' } }]));
    profile = loadProfile('county', [root, TEMPLATES_DIR]);
  }
  const tables = buildTables(documentContext(input, computeFigures(input), profile));
  const table = tables.find((t) => t.key === 'overall-performance');
  if (!table) throw new Error('no 整体绩效目标表');
  return table;
}

const texts = (t: GridTable) => t.rows.flat().flatMap((c) => (c.kind === 'content' ? [c.text] : []));

describe('整体绩效目标表: fixed texts from the profile data file', () => {
  it('prints the seeds’ labels when the data file names none', () => {
    const all = texts(overallTable());
    for (const label of ['部门（单位）名称', '年度履职目标', '预算情况', '1、资金来源：', '（1）政府预算资金', '一级指标', '投入管理指标', '效益指标']) expect(all).toContain(label);
  });

  it('prints the data file’s own labels and 二级 order instead', () => {
    const table = overallTable((shipped) => ({
      ...shipped,
      labels: { name: '单位名称', budget: '预算安排', sources: '（一）资金来源', input: '投入指标' },
      level2Order: ['绩效管理', '预算和财务管理', '工作目标管理', '重点工作任务完成', '履职目标实现', '满意度', '履职效益'],
    }));
    const all = texts(table);
    expect(all).toContain('单位名称');
    expect(all).not.toContain('部门（单位）名称');
    expect(all).toContain('预算安排');
    expect(all).toContain('（一）资金来源');
    expect(all).toContain('投入指标');
    expect(all).toContain('年度履职目标'); // not rewritten: the default
    const level2 = table.rows.flatMap((row) => (row[1]?.kind === 'content' ? [row[1].text] : []));
    expect(level2.indexOf('绩效管理')).toBeLessThan(level2.indexOf('工作目标管理'));
  });

  it('refuses a label the table does not have', () => {
    expect(() => overallTable((shipped) => ({ ...shipped, labels: { title: 'x' } }))).toThrow(/labels\.title.*未知的键“title”/);
  });
});
