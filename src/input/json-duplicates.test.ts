import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKeys, mayRepeatKeys } from './json-duplicates.js';

/** JSON texts with keys that repeat, are spelled with escapes, and strings that hold quotes, colons and backslashes. */
const key = fc.constantFrom('a', 'b', '\\u0061', 'a\\"', '\\\\', 'x\\\\', 'c\\n', '键', '__proto__', '0');
const json: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('1', '"s:"', '"q\\\\"', '"\\":"', 'null', '"\\\\\\":"', '"http://x"'),
    fc.array(tie('v'), { maxLength: 4 }).map((a) => `[${a.join(', ')}]`),
    fc.array(fc.tuple(key, tie('v')), { maxLength: 5 }).map((kv) => `{${kv.map(([k, v]) => `"${k}"\n :\t${v}`).join(',\n ')}}`),
  ),
})).v;

describe('重复的键', () => {
  it('按解码后的键比较，指出两处的行列', () => {
    expect(duplicateKeys('{"a": 1,\n "\\u0061": 2}')).toEqual([{ path: 'a', at: { line: 2, column: 2 }, first: { line: 1, column: 2 } }]);
    expect(duplicateKeys('{"x": [{"a\\"": 1, "b": {"a\\"": 2}}]}')).toEqual([]);
  });

  it('键数对得上的文本没有重复的键（随机文本：先数键，只对数不上的扫描）', () => {
    fc.assert(
      fc.property(json, (text) => {
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch {
          return;
        }
        if (!mayRepeatKeys(text, data)) expect(duplicateKeys(text)).toEqual([]);
        if (duplicateKeys(text).length > 0) expect(mayRepeatKeys(text, data)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
