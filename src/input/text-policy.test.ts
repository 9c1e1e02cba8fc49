import { describe, expect, it } from 'vitest';
import { normalizeText } from './text-policy.js';

describe('normalizeText：输入处的文字规则', () => {
  it('各种换行读作 \\n；多行字段保留换行', () => {
    expect(normalizeText('甲\r\n乙\r丙\u000b丁\u2028戊', true)).toEqual({ text: '甲\n乙\n丙\n丁\n戊', removed: [], joined: false });
  });

  it('单行字段：中文之间的换行去掉，英文或数字之间换成空格，制表符同样处理', () => {
    expect(normalizeText('测试市\n 测试中心', false).text).toBe('测试市测试中心');
    expect(normalizeText('ABC\nDEF\t12', false)).toEqual({ text: 'ABC DEF 12', removed: [], joined: true });
  });

  it('删去控制字符、U+FFFE/U+FFFF、孤立代理项，保留成对的代理项（𠀀）', () => {
    expect(normalizeText('a\u0000b\u0085c\ufffed\ud800e𠀀', false)).toEqual({ text: 'abcde𠀀', removed: ['U+0000', 'U+0085', 'U+FFFE', 'U+D800'], joined: false });
  });
});
