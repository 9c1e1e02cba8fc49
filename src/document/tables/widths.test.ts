import { describe, expect, it } from 'vitest';
import { displayWidth } from './widths.js';

describe('displayWidth (spec §3.0 page layout)', () => {
  it('counts CJK, full-width forms and Chinese quotes 2, the rest 1', () => {
    expect(displayWidth('')).toBe(0);
    expect(displayWidth('3374.03')).toBe(7);
    expect(displayWidth('一般公共预算')).toBe(12);
    expect(displayWidth('“三公”经费（合计）')).toBe(20);
    expect(displayWidth('A…')).toBe(3);
  });

  it('counts a character beyond the BMP once, and a lone surrogate as one', () => {
    expect(displayWidth('𠀀a')).toBe(2);
    expect(displayWidth('\ud800x')).toBe(2);
    expect(displayWidth('x\udc00')).toBe(2);
  });
});
