import { describe, expect, it } from 'vitest';
import { editDistance, nearestCode } from './suggest.js';

describe('最接近的编码', () => {
  it('相邻两位颠倒算一处改动', () => {
    expect(editDistance('2010310', '2010301')).toBe(1);
    expect(nearestCode('2010310', ['2010301', '2010302', '2010350'])).toBe('2010301');
  });

  it('有同样位数的编码时只与它们比较，改动过多时不猜', () => {
    expect(nearestCode('3011', ['301', '30101'])).toBe('301');
    expect(nearestCode('30102', ['301', '30101', '30113'])).toBe('30101');
    expect(nearestCode('9999999', ['2010301'])).toBeUndefined();
  });

  it('改动一样多时取开头相同更多的，再取数值更近的', () => {
    expect(nearestCode('2010304', ['2010301', '2010305', '2080304'])).toBe('2010305');
  });
});
