import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceTitle, textEms } from './title-lines.js';

const WIDTH = 8845; // portrait text width, twips

describe('balanceTitle：过长的标题分成两行，长短相近，断在词意处', () => {
  it('放得下一行时不变', () => {
    expect(balanceTitle('名词解释', 22, WIDTH)).toBe('名词解释');
  });

  it('21 个字的部分标题不再把“况”单独留在第二行', () => {
    const lines = balanceTitle('洛阳市西工区政务服务和大数据管理局部门概况', 22, WIDTH).split('\n');
    expect(lines).toEqual(['洛阳市西工区政务服务', '和大数据管理局部门概况']);
  });

  it('优先断在“年”“区”“中心”之后，两行都放得下', () => {
    const lines = balanceTitle('2024年洛阳市城乡一体化示范区政务服务中心部门预算情况说明', 22, WIDTH).split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textEms(line) * 22 * 20).toBeLessThanOrEqual(WIDTH);
    expect(lines[0]).toMatch(/(年|市|区|县|局|中心)$/);
  });

  it('不在数字中间、不在标点前断开', () => {
    const text = '关于12345政务服务便民热线、网民诉求办理、政府网站建设的说明';
    const [head = '', tail = ''] = balanceTitle(text, 22, WIDTH).split('\n');
    expect(tail).not.toMatch(/^[，。、；：）]/);
    expect(`${head.slice(-1)}${tail.slice(0, 1)}`).not.toMatch(/^\d\d$/);
  });
});

describe('textEms：按 UTF-16 单元计宽，与逐字符（for…of）的定义相同', () => {
  const byCharacter = (text: string) => {
    let ems = 0;
    for (const ch of text) ems += /[\u2000-\u2bff\u2e80-\uffff]/.test(ch) ? 1 : 0.6;
    return ems;
  };
  it.each(['', '2022年一般公共预算', 'abc 12.50', '𠀀𠀁汉', '\ud800', '\udc00x', '\ud800\ud800\udc00', '\ud800\udc00\udc00', '“三公”经费（万元）'])('%j', (text) => {
    expect(textEms(text)).toBe(byCharacter(text));
  });
  it('随机文字（含孤立代理项）', () => {
    fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('a', '汉', '\ud800', '\udc00', '—', '\u2e80', '\u1fff'), fc.constant('𠀀')) }), (text) => textEms(text) === byCharacter(text)));
  });
});
