import { describe, expect, it } from 'vitest';
import { budgetDocumentSchema, type BudgetDocument } from './model.js';

const table = {
  type: 'table',
  table: {
    key: 'three-public-costs',
    id: '预算08',
    label: '预算08表',
    title: '“三公”经费预算表',
    columns: [10],
    headerRows: 1,
    rows: [[{ kind: 'content', text: '合计', role: 'header', rowSpan: 1, colSpan: 1, align: 'center', future: 1 }], [{ kind: 'covered' }]],
    columnKeys: ['total'],
    rowKeys: [null, 'total'],
    notes: [],
    density: 'normal',
  },
};

const doc = {
  meta: { title: '部门预算', year: 2024, name: '某单位', profile: 'luoyang-2024', edition: '1', addedLater: true },
  parts: [
    {
      id: 'explanation',
      blocks: [
        { type: 'heading', level: 2, text: '一、收支预算总体情况', slots: [{ key: 'income.total', start: 0, end: 2, text: '一、' }] },
        { type: 'paragraph', text: '收入总计3374.03万元', slots: [{ key: 'income.total', start: 4, end: 11, text: '3374.03' }] },
        table,
      ],
    },
  ],
};

describe('文档模型：一份 zod 声明，类型由它推出', () => {
  it('解析内嵌模型时保留未知字段（新版本写出的模型可原样读回）', () => {
    const parsed: BudgetDocument = budgetDocumentSchema.parse(doc);
    expect(parsed).toEqual(doc);
  });

  it('段落与标题可带 slots（句中数字的位置）', () => {
    expect(budgetDocumentSchema.safeParse(doc).success).toBe(true);
    const badSlot: unknown = JSON.parse(JSON.stringify(doc).replace('"start":4', '"start":-1'));
    expect(budgetDocumentSchema.safeParse(badSlot).success).toBe(false);
  });

  it('缺少必需字段或类型不对时不通过', () => {
    expect(budgetDocumentSchema.safeParse({ meta: doc.meta }).success).toBe(false);
    const noRole: unknown = JSON.parse(JSON.stringify(doc).replace('"role":"header",', ''));
    expect(budgetDocumentSchema.safeParse(noRole).success).toBe(false);
  });
});
