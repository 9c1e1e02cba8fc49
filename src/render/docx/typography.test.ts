import { describe, expect, it } from 'vitest';
import { printable } from './typography.js';

describe('printable：去掉 XML 1.0 不允许的字符（Word 遇到会拒绝打开）', () => {
  it('去掉控制字符、U+FFFE/U+FFFF 和孤立代理项，保留制表符、换行和正常的增补字符', () => {
    expect(printable('甲\u0001乙\u000b丙\ufffe丁\uffff')).toBe('甲乙丙丁');
    expect(printable('a\ud800b\udc00c')).toBe('abc');
    expect(printable('𠀀\t名称\n单位')).toBe('𠀀\t名称\n单位');
  });

  it('\\r\\n 与 \\r 统一为换行', () => {
    expect(printable('一\r\n二\r三')).toBe('一\n二\n三');
  });
});
