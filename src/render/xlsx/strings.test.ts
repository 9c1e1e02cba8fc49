import { describe, expect, it } from 'vitest';
import { SharedStrings } from './strings.js';

describe('SharedStrings (xl/sharedStrings.xml)', () => {
  it('stores each text once, counts every use, and keeps formula-looking text as text', () => {
    const strings = new SharedStrings();
    expect(['=SUM(A1:A2)', '+1', '=SUM(A1:A2)', '@cmd', 'a<b&c'].map((t) => strings.index(t))).toEqual([0, 1, 0, 2, 3]);
    expect([...strings.xml()].join('')).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="4">' +
        '<si><t>=SUM(A1:A2)</t></si><si><t>+1</t></si><si><t>@cmd</t></si><si><t>a&lt;b&amp;c</t></si></sst>',
    );
  });

  it('drops characters XML 1.0 forbids before indexing, and keeps edge spaces and line breaks', () => {
    const strings = new SharedStrings();
    expect(strings.index('a\u0001b\uffff')).toBe(strings.index('ab'));
    expect(strings.index('\u0008\u000b')).toBeUndefined();
    expect(strings.index('x\r\ny')).toBe(strings.index('x\ny'));
    strings.index(' 缩进');
    const xml = [...strings.xml()].join('');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).toContain('<si><t>ab</t></si><si><t xml:space="preserve">x\ny</t></si><si><t xml:space="preserve"> 缩进</t></si>');
  });

  it('finds a repeated text, cleaned or not, at the index its printable form has, and counts every use', () => {
    const strings = new SharedStrings();
    const texts = ['ab', 'a\u0001b', '😀', '😀', 'x\ry', 'x\ny', 'x\ry', '\ud800', '\ud800a', 'a', 'ab'];
    expect(texts.map((t) => strings.index(t))).toEqual([0, 0, 1, 1, 2, 2, 2, undefined, 3, 3, 0]);
    expect([...strings.xml()].join('')).toContain('count="10" uniqueCount="4"><si><t>ab</t></si><si><t>😀</t></si><si><t xml:space="preserve">x\ny</t></si><si><t>a</t></si></sst>');
  });
});
