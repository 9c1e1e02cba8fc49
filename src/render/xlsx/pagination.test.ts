import { describe, expect, it } from 'vitest';
import { pageBreaks } from './pagination.js';

describe('pageBreaks', () => {
  it('breaks before a block that would not fit, and repeats the header height on each page', () => {
    // rows 1–2 header (10 each), rows 3–12 body (10 each); block 6–9; page holds 60.
    const heights = Array<number>(12).fill(10);
    expect(pageBreaks({ heights, header: [1, 2], blocks: [[6, 9]], capacity: 60 })).toEqual([5, 9]);
  });

  it('fills pages row by row without blocks', () => {
    const heights = Array<number>(10).fill(10);
    expect(pageBreaks({ heights, header: [1, 1], blocks: [], capacity: 40 })).toEqual([4, 7]);
  });

  it('splits a block taller than a page rather than loop', () => {
    const heights = Array<number>(8).fill(10);
    expect(pageBreaks({ heights, header: [1, 1], blocks: [[2, 8]], capacity: 30 })).toEqual([3, 5, 7]);
  });

  it('needs no break when everything fits', () => {
    expect(pageBreaks({ heights: [10, 10, 10], blocks: [[2, 3]], capacity: 100 })).toEqual([]);
  });
});
