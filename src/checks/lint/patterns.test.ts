import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doubledWords, halfWidthPunctuation, missingFinalStop, mixedBrackets, templateLeftovers } from './patterns.js';

describe('文字检查的模式（规格 §2.11、§5.3）', () => {
  it('L01 000-5、000-11、004-4、002-10：中文旁的半角标点', () => {
    expect(halfWidthPunctuation('收入增加;支出增加')).toHaveLength(1);
    expect(halfWidthPunctuation('单位名称:洛阳市政务服务中心')).toHaveLength(1);
    expect(halfWidthPunctuation('752.11万元,共16个项目')).toHaveLength(1);
    expect(halfWidthPunctuation('(三十一) 债务还本支出')).toHaveLength(2);
    expect(halfWidthPunctuation('比例 1:1，金额 12,345.00，网址 http://a.b')).toEqual([]);
  });

  it('L02 004-11：全半角括号混用', () => {
    expect(mixedBrackets('部门(单位）是否按照')).toEqual(['部门(单位）']);
    expect(mixedBrackets('部门（单位）与(1)')).toEqual([]);
  });

  it('L03 004-2、002-1：连续重复的词', () => {
    expect(doubledWords('其中：其中：基本支出')).toEqual(['其中：其中：']);
    expect(doubledWords('政务服务中心 中心部门预算说明')).toEqual(['中心中心']);
    expect(doubledWords('一一对应，常常')).toEqual([]);
  });

  it('L03 与正则定义的结果相同（先查有无紧接着重复的一段宽字符，随机文字）', () => {
    const definition = (text: string) => [...text.replace(/\s+/g, '').matchAll(/(\p{Script=Han}{2,}[：，、]?)\1/gu)].map((m) => m[0]);
    const text = fc.string({ unit: fc.constantFrom('中', '心', '其', '：', '、', ' ', 'a', '𠀀', '〇'), maxLength: 80 });
    fc.assert(
      fc.property(text, (t) => {
        expect(doubledWords(t)).toEqual(definition(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('L04 000-1…4：未替换的模板文字', () => {
    expect(templateLeftovers('增加（减少）0万元，增长（下降）0.00%')).toEqual(['增加（减少）', '增长（下降）']);
    expect(templateLeftovers('{{money total}}万元 {全称}')).toEqual(['{{money total}}', '{全称}']);
    expect(templateLeftovers('保持一致')).toEqual([]);
  });

  it('L05 000-12：职责条目以“。”结尾', () => {
    expect(missingFinalStop('完成上级交办的其他工作')).toHaveLength(1);
    expect(missingFinalStop('完成上级交办的其他工作。')).toEqual([]);
  });
});
