import { describe, expect, it } from 'vitest';
import { formatPath } from '../model/diagnostic.js';
import type { SourceDocument } from './source.js';
import { applyTextPolicy, normalizeText } from './text-policy.js';

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

describe('applyTextPolicy：整份输入逐个文字套用规则', () => {
  const sourceOf = (data: unknown): SourceDocument => ({ name: 'input.json', format: 'json', data, locate: (path) => ({ kind: 'json', path: formatPath(path) }) });

  it('没有文字要改时原样返回（不复制）；改了的文字只重建它所在的对象和数组，在原处给出警告', () => {
    const unchanged = { name: '单位', units: [{ code: '001', name: '甲' }], overview: { duties: ['一\n二'] } };
    expect(applyTextPolicy(sourceOf(unchanged)).source.data).toBe(unchanged);
    const data = { name: '单位', units: [{ code: '001', name: '甲\n乙' }, { code: '002', name: '丙' }], overview: { duties: ['一\n二'] } };
    const { source, diagnostics } = applyTextPolicy(sourceOf(data));
    const out = source.data as typeof data;
    expect(out).toEqual({ ...data, units: [{ code: '001', name: '甲乙' }, { code: '002', name: '丙' }] });
    expect(out).not.toBe(data);
    expect(out.units[1]).toBe(data.units[1]);
    expect(out.overview).toBe(data.overview);
    expect(data.units[0]?.name).toBe('甲\n乙');
    expect(diagnostics.map((d) => [d.rule, d.at])).toEqual([['S10', { kind: 'json', path: 'units[0].name' }]]);
  });

  it('JSON 里名为 __proto__ 的键仍是自己的字段（交给结构校验报“无法识别的字段”），不成为原型', () => {
    const data = JSON.parse('{"__proto__": {"year": 2024}, "name": "甲\\n乙"}') as Record<string, unknown>;
    const out = applyTextPolicy(sourceOf(data)).source.data as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'name']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out.year).toBeUndefined();
  });
});
