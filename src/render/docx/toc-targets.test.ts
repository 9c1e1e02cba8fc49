import { describe, expect, it } from 'vitest';
import type { Block, BudgetDocument, GridTable } from '../../document/model.js';
import { tocTargets } from './toc-targets.js';

const table = (title: string): GridTable => ({ id: 'x', key: 'test', columnKeys: [], rowKeys: [], label: 'x', title, columns: [1], headerRows: 0, rows: [], notes: [], density: 'normal' });

function doc(entries: { level: number; text: string }[], annex: Block[]): BudgetDocument {
  return {
    meta: { title: 't', year: 2024, name: 'n', profile: 'p', edition: 'E2024' },
    parts: [
      { id: 'toc', blocks: [{ type: 'toc', title: '目录', entries }] },
      {
        id: 'overview',
        blocks: [
          { type: 'partTitle', label: '第一部分', title: '甲概况', outline: 1 },
          { type: 'heading', level: 2, text: '一、主要职责' },
          { type: 'heading', level: 2, text: '二、预算单位构成情况' },
        ],
      },
      { id: 'annex', blocks: annex },
    ],
  };
}

describe('tocTargets：每条目录落在它所指的块上', () => {
  it('部分标题（有无空格）、标题、附件行、表格（去掉序号与年份）', () => {
    const d = doc(
      [
        { level: 1, text: '第一部分 甲概况' },
        { level: 2, text: '一、主要职责' },
        { level: 1, text: '附件：2024年甲部门预算表' },
        { level: 2, text: '一、部门收支预算表' },
        { level: 2, text: '二、部门（单位）整体绩效目标表' },
      ],
      [
        { type: 'paragraph', style: 'bold', text: '附件：2024年甲部门预算表' },
        { type: 'table', table: table('2024年部门收支预算表') },
        { type: 'table', table: table('2024年部门收入预算表') },
        { type: 'table', table: table('部门（单位）整体绩效目标表（2024年度）') },
      ],
    );
    expect(Object.fromEntries(tocTargets(d))).toEqual({
      '1:0': [{ level: 1, text: '第一部分 甲概况' }],
      '1:1': [{ level: 2, text: '一、主要职责' }],
      '2:0': [{ level: 1, text: '附件：2024年甲部门预算表' }],
      '2:1': [{ level: 2, text: '一、部门收支预算表' }],
      '2:3': [{ level: 2, text: '二、部门（单位）整体绩效目标表' }],
    });
  });

  it('找不到目标的条目放在下一个块上，更新目录后仍然列出', () => {
    const d = doc(
      [
        { level: 2, text: '一、主要职责' },
        { level: 2, text: '二、不存在的标题' },
      ],
      [],
    );
    expect(Object.fromEntries(tocTargets(d))).toEqual({
      '1:1': [{ level: 2, text: '一、主要职责' }],
      '1:2': [{ level: 2, text: '二、不存在的标题' }],
    });
  });

  it('没有目录块时没有 TC 域', () => {
    const d = doc([], []);
    d.parts.shift();
    expect(tocTargets(d).size).toBe(0);
  });
});
