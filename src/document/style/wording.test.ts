import { describe, expect, it } from 'vitest';
import { change, sharePair } from '../../compute/changes.js';
import { Decimal } from '../../model/money.js';
import { COMPILE_OPTIONS, HELPER_NAMES, narrativeEngine } from '../narrative/helpers.js';
import { parseWithSlots, unmark } from '../narrative/slots.js';
import { narrativeStyle } from './narrative.js';
import { styleOptionsSchema } from './options.js';

const d = (s: string) => new Decimal(s);
type Options = Parameters<typeof styleOptionsSchema.parse>[0];

/** Renders a template in the style the options describe (Luoyang core options: zero `0`, 2-decimal percentages). */
function render(source: string, data: object, options: Options = {}, percentDecimals = 2) {
  const style = narrativeStyle(styleOptionsSchema.parse(options));
  return unmark(narrativeEngine({ zeroStyle: '0', percentDecimals, style }).compile(parseWithSlots(source, HELPER_NAMES), COMPILE_OPTIONS)(data));
}
const text = (source: string, data: object, options: Options = {}, percentDecimals = 2) => render(source, data, options, percentDecimals).text;

const up = change(d('3374.03'), d('3270.21'));
const down = change(d('90'), d('100'));
const flat = change(d('4.67'), d('4.67'));
const fromZero = change(d('1.7'), d('0'));
const toZero = change(d('0'), d('4.76'));

describe('amount unit, decimals and separators (variations.md §5)', () => {
  it('prints 万元 with 2 decimals by default, and the unit word follows the option', () => {
    expect(text('{{money a}}{{unit}}', { a: d('88.130039') })).toBe('88.13万元');
    expect(text('{{money a}}{{unit}}', { a: d('88.130039') }, { narrativeAmountUnit: '元' })).toBe('881300.39元');
  });

  it('prints 元 with thousands separators, and keeps the exact value in 元 in the slot', () => {
    const line = render('{{money a}}{{unit}}', { a: d('882.762053') }, { narrativeAmountUnit: '元', narrativeThousands: true });
    expect(line.text).toBe('8,827,620.53元');
    expect(line.slots[0]).toMatchObject({ key: 'a', text: '8,827,620.53', value: '8827620.53' });
  });

  it('prints 1-decimal and integer amounts, half-up', () => {
    expect(text('{{money a}}{{unit}}', { a: d('46.75') }, { narrativeAmountDecimals: 1 })).toBe('46.8万元');
    expect(text('{{money a}}{{unit}}', { a: d('4431.50') }, { narrativeAmountDecimals: 0 })).toBe('4432万元');
  });

  it('change and cmp print the unit of the option', () => {
    expect(text('{{change c}}', { c: up }, { narrativeAmountUnit: '元' })).toBe('增加1038200.00元，增长3.17%');
    expect(text('{{cmp c 2021}}', { c: down }, { narrativeAmountUnit: '元', narrativeAmountDecimals: 0 })).toBe('比2021年减少100000元');
  });

  it('a change that prints as 0 at the precision is worded as no change, never 增加0万元', () => {
    const tiny = change(d('10.30'), d('10'));
    expect(text('{{cmp c 2021}}', { c: tiny }, { narrativeAmountDecimals: 0 })).toBe('与2021年保持一致');
    expect(text('{{#if (flat c)}}{{flatWord}}{{else}}{{change c}}{{/if}}', { c: tiny }, { narrativeAmountDecimals: 0 })).toBe('保持一致');
    expect(text('{{cmp c 2021}}', { c: tiny })).toBe('比2021年增加0.30万元');
  });
});

describe('percent decimals per context (variations.md §6)', () => {
  it('shares at their own precision, still summing to 100', () => {
    const pair = sharePair(d('1'), d('2'), 0);
    expect(text('{{percent s.first}}+{{percent s.second}}', { s: pair }, { sharePercentDecimals: 0 })).toBe('33%+67%');
    expect(text('{{percent s.first}}', { s: sharePair(d('1'), d('2'), 2) })).toBe('33.33%');
  });

  it('growth rates at their own precision, shares unchanged', () => {
    expect(text('{{change c}}；{{percent p}}', { c: up, p: d('36.4') }, { growthPercentDecimals: 1 })).toBe('增加103.82万元，增长3.2%；36.40%');
    expect(text('{{change c}}', { c: up }, {}, 0)).toBe('增加103.82万元，增长3%');
  });
});

describe('change vocabulary (variations.md §8)', () => {
  it('flat wording: 保持一致 (Luoyang), 持平, 无变化, 无增减', () => {
    expect(text('{{cmp c 2023}}', { c: flat })).toBe('与2023年保持一致');
    expect(text('{{cmp c 2023}}', { c: flat }, { flatWording: '持平' })).toBe('与2023年持平');
    expect(text('{{cmp c 2023}}', { c: flat }, { comparePhrase: '同比', flatWording: '无变化' })).toBe('同比无变化');
    expect(text('{{cmp c 2023}}', { c: flat }, { comparePhrase: '较上年', flatWording: '无增减' })).toBe('较上年无增减');
    expect(text('{{change c}}；{{flatWord}}', { c: flat }, { flatWording: '持平' })).toBe('持平；持平');
  });

  it('cmp2 says 相比 only after 与', () => {
    expect(text('{{cmp2 c 2022}}', { c: flat })).toBe('与2022年相比保持一致');
    expect(text('{{cmp2 c 2022}}', { c: flat }, { flatWording: '持平' })).toBe('与2022年相比持平');
    expect(text('{{cmp2 c 2022}}', { c: flat }, { comparePhrase: '同比', flatWording: '无变化' })).toBe('同比无变化');
    expect(text('{{cmp2 c 2022}}', { c: up })).toBe('比2022年增加103.82万元');
  });

  it('the comparison word: 比上年, 较上年, 同比, 较{priorYear}年预算, and an explicit flat phrase', () => {
    expect(text('{{cmp c 2022}}', { c: up }, { comparePhrase: '较上年' })).toBe('较上年增加103.82万元');
    expect(text('{{cmp c 2022}}', { c: down }, { comparePhrase: '同比' })).toBe('同比减少10.00万元');
    expect(text('{{cmp c 2022}}', { c: flat }, { comparePhrase: '比上年', flatWording: '持平' })).toBe('与上年持平');
    expect(text('{{cmp c 2022}}', { c: up }, { comparePhrase: '较{priorYear}年预算' })).toBe('较2022年预算增加103.82万元');
    expect(text('{{cmp c 2022}}', { c: flat }, { comparePhrase: '比上年', compareFlatPhrase: '比上年预算数', flatWording: '持平' })).toBe('比上年预算数持平');
  });

  it('the year in the phrase stays a slot', () => {
    expect(render('{{cmp c y}}', { c: up, y: 2022 }, { comparePhrase: '较{priorYear}年预算' }).slots.map((s) => [s.key, s.text])).toEqual([
      ['y', '2022'],
      ['c.delta', '103.82'],
    ]);
  });

  it('verbs for amounts and rates: 增加/减少 … 增长/下降, or 增加 … 增加 (QY)', () => {
    expect(text('{{change c}}', { c: down })).toBe('减少10.00万元，下降10.00%');
    expect(text('{{change c}}', { c: down }, { rateVerbs: '增加/减少' })).toBe('减少10.00万元，减少10.00%');
    expect(text('{{change c}}', { c: up }, { amountVerbs: '增长/下降' })).toBe('增长103.82万元，增长3.17%');
    expect(text('{{verb c}}', { c: down }, { amountVerbs: '增长/下降' })).toBe('下降');
  });

  it('cmp with the growth rate (QY: 比2021年预算增加0.6万元，增加5%)', () => {
    const qy = change(d('12.6'), d('12'));
    const options: Options = { comparePhrase: '比{priorYear}年预算', compareGrowth: true, rateVerbs: '增加/减少', narrativeAmountDecimals: 1, growthPercentDecimals: 0 };
    expect(text('{{cmp c 2021}}', { c: qy }, options)).toBe('比2021年预算增加0.6万元，增加5%');
    expect(text('{{cmp c 2021}}', { c: qy })).toBe('比2021年增加0.60万元');
  });

  it('naming the prior-year figure, as a slot of its own', () => {
    const line = render('{{cmp c 2022}}', { c: down }, { comparePhrase: '比{priorYear}年预算数', namePrior: true });
    expect(line.text).toBe('比2022年预算数100.00万元减少10.00万元');
    expect(line.slots.map((s) => s.key)).toEqual(['c.prior', 'c.delta']);
    expect(text('{{cmp c 2022}}', { c: flat }, { namePrior: true, flatWording: '持平' })).toBe('与2022年4.67万元持平');
    expect(text('{{cmp c 2022}}', { c: down })).toBe('比2022年减少10.00万元');
  });
});

describe('zero base and going to zero (variations.md §9)', () => {
  it('over a zero prior: no rate (Luoyang), or 上年无该预算，增长率无可比性', () => {
    expect(text('{{change c}}', { c: fromZero })).toBe('增加1.70万元');
    expect(text('{{change c}}', { c: fromZero }, { zeroBase: 'no-comparable' })).toBe('增加1.70万元，上年无该预算，增长率无可比性');
    expect(text('{{cmp c 2022}}', { c: fromZero }, { zeroBase: 'no-comparable', compareGrowth: true, comparePhrase: '同比' })).toBe('同比增加1.70万元，上年无该预算，增长率无可比性');
    expect(text('{{grow c}}', { c: fromZero }, { zeroBase: 'no-comparable', zeroBaseText: '上年无此项预算' })).toBe('上年无此项预算');
  });

  it('going to zero: 下降100% (default) or the decrease only', () => {
    expect(text('{{change c}}', { c: toZero })).toBe('减少4.76万元，下降100.00%');
    expect(text('{{change c}}', { c: toZero }, { growthPercentDecimals: 0 })).toBe('减少4.76万元，下降100%');
    expect(text('{{change c}}', { c: toZero }, { toZero: 'omit' })).toBe('减少4.76万元');
  });
});

describe('style options schema', () => {
  it('defaults reproduce the Luoyang style and every option has a Chinese description', () => {
    const defaults = styleOptionsSchema.parse({});
    expect(defaults).toMatchObject({ narrativeAmountUnit: '万元', narrativeAmountDecimals: 2, flatWording: '保持一致', comparePhrase: '比{priorYear}年', zeroDisplay: 'blank', emptyNotePlace: 'below' });
    for (const [name, schema] of Object.entries(styleOptionsSchema.shape)) expect(schema.meta()?.description, name).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses an unknown unit', () => {
    expect(styleOptionsSchema.safeParse({ narrativeAmountUnit: '千元' }).success).toBe(false);
  });
});
