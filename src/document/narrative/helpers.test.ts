import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { change } from '../../compute/changes.js';
import { Decimal } from '../../model/money.js';
import { COMPILE_OPTIONS, HELPER_NAMES, narrativeEngine } from './helpers.js';
import { parseWithSlots, unmark } from './slots.js';

const d = (s: string) => new Decimal(s);
const marked = (source: string, data: object, zeroStyle: '0' | '0.00' = '0', percentDecimals = 2) =>
  narrativeEngine({ zeroStyle, percentDecimals }).compile(parseWithSlots(source, HELPER_NAMES), COMPILE_OPTIONS)(data);
const render = (source: string, data: object, zeroStyle: '0' | '0.00' = '0', percentDecimals = 2) =>
  unmark(marked(source, data, zeroStyle, percentDecimals)).text;

describe('figures in sentences are slots (issue 13)', () => {
  it('records each printed figure with its template path, place and exact value', () => {
    const line = unmark(marked('收入{{money a.total}}万元，{{#each list}}{{label}}{{money amount}}、{{/each}}共{{n}}个', { a: { total: d('3374.025') }, list: [{ label: '甲', amount: d('1') }], n: 2 }));
    expect(line.text).toBe('收入3374.03万元，甲1.00、共2个');
    expect(line.slots).toEqual([
      { key: 'a.total', start: 2, end: 9, text: '3374.03', value: '3374.025' },
      { key: 'list.0.amount', start: 13, end: 17, text: '1.00', value: '1' },
      { key: 'n', start: 19, end: 20, text: '2', value: '2' },
    ]);
  });

  it('splits a change into its amount and its growth rate, and marks the year of a comparison', () => {
    const up = change(d('3374.03'), d('3270.21'));
    expect(unmark(marked('{{change c}}', { c: up })).slots.map((s) => [s.key, s.text])).toEqual([
      ['c.delta', '103.82'],
      ['c.growth', '3.17%'],
    ]);
    expect(unmark(marked('{{cmp c y}}', { c: up, y: 2021 })).slots.map((s) => [s.key, s.text])).toEqual([
      ['y', '2021'],
      ['c.delta', '103.82'],
    ]);
  });

  it('still refuses a missing field in a plain mustache', () => {
    expect(() => render('{{missing}}', {})).toThrow(/missing/);
  });
});

describe('money and percent', () => {
  it('prints 2 decimals and the zero style of the profile (spec §2.12)', () => {
    expect(render('{{money a}}|{{money b}}|{{money c}}', { a: d('889.9'), b: d('0'), c: d('3374.025') })).toBe('889.90|0|3374.03');
    expect(render('{{money b}}', { b: d('0') }, '0.00')).toBe('0.00');
  });

  it('prints percentages with the profile’s decimals', () => {
    expect(render('{{percent p}}', { p: d('20.7') })).toBe('20.70%');
    expect(render('{{percent p}}', { p: d('20.75') }, '0', 1)).toBe('20.8%');
  });

  it('unit and flatWord print the Luoyang words by default, outside any slot', () => {
    const line = unmark(marked('{{money a}}{{unit}}，{{flatWord}}', { a: d('1') }));
    expect(line.text).toBe('1.00万元，保持一致');
    expect(line.slots.map((s) => s.text)).toEqual(['1.00']);
  });

  it('refuses a number where money is expected', () => {
    expect(() => render('{{money a}}', { a: 12 })).toThrow(/Decimal/);
  });
});

describe('change wordings (spec §2.0)', () => {
  const up = change(d('3374.03'), d('3270.21'));
  const down = change(d('90'), d('100'));
  const fromZero = change(d('5'), d('0'));
  const flat = change(d('4.67'), d('4.67'));

  it('change: 增加…万元，增长…%, 减少…，下降…, no growth over a zero base', () => {
    expect(render('{{change c}}', { c: up })).toBe('增加103.82万元，增长3.17%');
    expect(render('{{change c}}', { c: down })).toBe('减少10.00万元，下降10.00%');
    expect(render('{{change c}}', { c: fromZero })).toBe('增加5.00万元');
  });

  it('cmp and cmp2: 比…增加/减少, 与…保持一致', () => {
    expect(render('{{cmp c 2021}}', { c: up })).toBe('比2021年增加103.82万元');
    expect(render('{{cmp c 2021}}', { c: down })).toBe('比2021年减少10.00万元');
    expect(render('{{cmp c 2021}}', { c: flat })).toBe('与2021年保持一致');
    expect(render('{{cmp2 c 2022}}', { c: flat })).toBe('与2022年相比保持一致');
  });

  it('verb refuses Δ = 0, so 增加0万元 cannot be printed', () => {
    expect(() => render('{{verb c}}', { c: flat })).toThrow(/变动为0/);
    expect(render('{{#if (flat c)}}持平{{else}}{{verb c}}{{/if}}', { c: flat })).toBe('持平');
  });

  it('strict mode: a missing field throws', () => {
    expect(() => render('{{money missing}}', {})).toThrow();
  });

  it('never prints 增加（减少） and the verb always matches the sign of Δ', () => {
    const cents = fc.integer({ min: 0, max: 1_000_000_00 }).map((c) => new Decimal(c).div(100));
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const text = render('{{cmp c 2023}}', { c: change(a, b) });
        if (text.includes('（')) return false;
        if (a.gt(b)) return text.startsWith('比2023年增加');
        if (a.lt(b)) return text.startsWith('比2023年减少');
        return text === '与2023年保持一致';
      }),
    );
  });
});

describe('flat', () => {
  it('is true only when every change given is Δ = 0', () => {
    const flat = change(d('1'), d('1'));
    const up = change(d('2'), d('1'));
    expect(render('{{#if (flat a b)}}一致{{else}}变动{{/if}}', { a: flat, b: flat })).toBe('一致');
    expect(render('{{#if (flat a b)}}一致{{else}}变动{{/if}}', { a: flat, b: up })).toBe('变动');
  });
});
