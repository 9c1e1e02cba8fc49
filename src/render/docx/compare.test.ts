import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../document/model.js';
import { fixtureDocument } from '../../../tests/render/fixture.js';
import { itemDifferences } from './compare.js';
import { expectedItems, type DocxItem } from './verify.js';

const doc = fixtureDocument();

/** The items the model asks for, edited as a wrong writer would have written them. */
function written(edit: (items: DocxItem[]) => void): DocxItem[] {
  const items = structuredClone(expectedItems(doc));
  edit(items);
  return items;
}

function lastTable(items: DocxItem[]): Extract<DocxItem, { kind: 'table' }> {
  const table = items.findLast((i) => i.kind === 'table');
  if (table?.kind !== 'table') throw new Error('fixture changed');
  return table;
}

describe('itemDifferences：读回的段落和表格与模型逐项比较', () => {
  it('与模型相同：没有差异', () => {
    expect(itemDifferences(doc, written(() => undefined))).toEqual([]);
  });

  it('表格少了一行（不是首行）：报告缺少的行及其位置', () => {
    const items = written((all) => void lastTable(all).rows.splice(3, 1));
    const differences = itemDifferences(doc, items);
    expect(differences).toHaveLength(1);
    expect(differences[0]).toMatchObject({ kind: 'missing' });
    expect(differences[0]?.place).toMatch(/第\d+行$/);
  });

  it('表格中改了一个数字：报告该单元格（表!单元格）', () => {
    const items = written((all) => {
      const row = lastTable(all).rows[4] ?? [];
      row[row.length - 1] = `${row[row.length - 1] ?? ''}9`;
    });
    const differences = itemDifferences(doc, items);
    expect(differences).toHaveLength(1);
    expect(differences[0]).toMatchObject({ kind: 'changed' });
    expect(differences[0]?.place).toMatch(/!/);
  });

  it('段落数多到差异按位置配对时，文字不同的段落仍逐段报告', () => {
    const paragraphs = Array.from({ length: 1100 }, (_, i) => ({ type: 'paragraph' as const, text: `第${i}段，金额${i}.00万元。` }));
    const many: BudgetDocument = { meta: doc.meta, parts: [{ id: 'explanation', blocks: paragraphs }] };
    const items: DocxItem[] = paragraphs.map((p) => ({ kind: 'paragraph', text: p.text.replace('.00', '.01') }));
    const differences = itemDifferences(many, items);
    expect(differences).toHaveLength(1100);
    expect(differences[0]).toMatchObject({ kind: 'changed', change: { expected: '0.00', actual: '0.01' } });
  });
});
