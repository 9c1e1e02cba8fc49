import { describe, expect, it } from 'vitest';
import type { GridTable } from '../../src/document/model.js';
import { snapshotTable, snapshotsToJson } from './snapshot.js';

const table: GridTable = {
  id: '预算08', key: 'test', columnKeys: [], rowKeys: [],
  label: '预算08表',
  title: '2024年一般公共预算“三公”经费预算表',
  nameLine: '部门名称：测试',
  unitLine: '单位：万元',
  columns: [10, 10],
  headerRows: 1,
  notes: ['注：…'],
  density: 'normal',
  rows: [
    [{ kind: 'content', text: '合计', role: 'header', rowSpan: 1, colSpan: 2, align: 'center' }, { kind: 'covered' }],
    [{ kind: 'content', text: '4.67', value: '4.67', role: 'amount', rowSpan: 1, colSpan: 1, align: 'right' }, { kind: 'content', text: '', role: 'amount', rowSpan: 1, colSpan: 1, align: 'right' }],
  ],
};

describe('table snapshots', () => {
  it('keeps texts and spans, marks covered cells null, and round-trips through its JSON', () => {
    const snap = snapshotTable(table);
    expect(snap.rows).toEqual([[{ text: '合计', colSpan: 2 }, null], ['4.67', '']]);
    const json = snapshotsToJson([snap]);
    expect(JSON.parse(json)).toEqual([snap]);
    expect(json).toContain('\n      ["4.67",""]\n');
  });
});
