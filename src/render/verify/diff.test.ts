import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSequences, segmentsOf } from './diff.js';
import { textChanges } from './text-changes.js';

/** Applies an edit script to `a`, taking added items from `b`: must give `b`. */
function apply(a: readonly string[], b: readonly string[]): string[] {
  return diffSequences(a, b).flatMap((e) => (e.op === 'same' ? [a[e.a] ?? '?'] : e.op === 'added' ? [b[e.b] ?? '?'] : []));
}

describe('diffSequences：最短编辑脚本', () => {
  it('脚本把 a 变成 b，保留的对都相等', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c')), fc.array(fc.constantFrom('a', 'b', 'c')), (a, b) => {
        expect(apply(a, b)).toEqual(b);
        for (const e of diffSequences(a, b)) if (e.op === 'same') expect(a[e.a]).toBe(b[e.b]);
      }),
    );
  });

  it('插入一项只是一处改动，后面的不错位', () => {
    const segments = segmentsOf(diffSequences(['p1', 'p2', 'p3'], ['p1', 'new', 'p2', 'p3']));
    expect(segments).toEqual([{ same: true, a: 0, b: 0 }, { same: false, removed: [], added: [1], after: 0 }, { same: true, a: 1, b: 2 }, { same: true, a: 2, b: 3 }]);
  });

  it('差异超过上限时按位置配对', () => {
    const edits = diffSequences(['a', 'b', 'c'], ['x', 'y', 'z'], 2);
    expect(edits).toEqual([{ op: 'same', a: 0, b: 0 }, { op: 'same', a: 1, b: 1 }, { op: 'same', a: 2, b: 2 }]);
  });
});

describe('textChanges：段落里每一处改动，数字整体报告', () => {
  it('两个数字各改一处：两条，数字完整', () => {
    expect(textChanges('收入总计3374.03万元，支出总计3374.03万元', '收入总计3375.03万元，支出总计3374.13万元')).toEqual([
      { expected: '3374.03', actual: '3375.03', before: '收入总计' },
      { expected: '3374.03', actual: '3374.13', before: '3万元，支出总计' },
    ]);
  });

  it('增删文字、完全相同', () => {
    expect(textChanges('主要原因：增加。', '主要原因：项目增加。')).toEqual([{ expected: '', actual: '项目', before: '主要原因：' }]);
    expect(textChanges('相同', '相同')).toEqual([]);
  });
});
