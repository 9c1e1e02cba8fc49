import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { fillPlainSlots, plainSlots } from './plain-slots.js';

const CONTEXT = { year: 2023, priorYear: 2022, fullName: '洛阳市<政务>服务中心&', level: '市级', tableTitle: undefined };
const viaHandlebars = (source: string) => Handlebars.compile(source, { strict: true, noEscape: true })(CONTEXT);

describe('plainSlots：只有 {{名称}} 的模板不经 handlebars 也得到同样的文字', () => {
  it.each(['', '收支总表', '{{year}}年部门收支总表', '{{ year }}年{{fullName}}“三公”经费（{{priorYear}}—{{year}}）', '{{fullName}}{{fullName}}', '{{tableTitle}}为空表'])('%s', (source) => {
    const slots = plainSlots(source);
    expect(slots).toBeDefined();
    expect(fillPlainSlots(slots!, CONTEXT)).toBe(viaHandlebars(source));
  });

  it.each(['{{#if year}}x{{/if}}', '{{{year}}}', '{{~year}}', '\\{{year}}', '{{year.x}}', '{{lookup . "year"}}', '单个{括号}', '{{this}}x{'])('不是纯名称模板：%s', (source) => {
    expect(plainSlots(source)).toBeUndefined();
  });

  it('名称不在已知名单中时交给 handlebars', () => {
    expect(plainSlots('{{log}}', new Set(['year']))).toBeUndefined();
    expect(plainSlots('{{year}}', new Set(['year']))).toBeDefined();
  });

  it('上下文中没有的名称：返回 undefined（由 handlebars 按 strict 报错）', () => {
    expect(fillPlainSlots(plainSlots('{{shortName}}表')!, CONTEXT)).toBeUndefined();
    expect(() => viaHandlebars('{{shortName}}表')).toThrow(/shortName/);
  });
});
