import { describe, expect, it } from 'vitest';
import { chineseNumeral, listPrefix } from './numbering.js';

describe('chineseNumeral', () => {
  it('numbers the way the seeds do', () => {
    expect([1, 9, 10, 11, 14, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '十四', '二十', '二十一', '九十九']);
  });

  it('handles hundreds with 零', () => {
    expect([100, 105, 110, 200, 1001].map(chineseNumeral)).toEqual(['一百', '一百零五', '一百一十', '二百', '一千零一']);
  });

  it('rejects 0 and fractions', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe('listPrefix', () => {
  it('prints full-width parentheses, arabic dots and 、', () => {
    expect(listPrefix(12, 'cn-paren')).toBe('（十二）');
    expect(listPrefix(3, 'arabic-dot')).toBe('3.');
    expect(listPrefix(14, 'cn-comma')).toBe('十四、');
  });
});
