import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../model/money.js';
import { convertCell } from './convert.js';
import { cellValueOf } from './write-cell.js';
import { rawOf } from './raw-cell.js';
import type { FieldBase } from './spec.js';

const money: FieldBase = { label: '金额', kind: 'money' };
const count: FieldBase = { label: '一般公务用车', kind: 'count' };
const bool: FieldBase = { label: '是否本级', kind: 'bool' };
const code: FieldBase = { label: '项目编码', kind: 'code' };
const text: FieldBase = { label: '三级指标', kind: 'text' };
const category: FieldBase = {
  label: '指标类别',
  kind: 'enum',
  choices: [
    { label: '成本指标', value: 'cost', aliases: ['成本'] },
    { label: '产出指标', value: 'output' },
  ],
};
const kind: FieldBase = { label: '支出类型', kind: 'enum', choices: [{ label: '基本', value: '基本' }, { label: '项目', value: '项目' }] };

const read = (value: Parameters<typeof rawOf>[0], field: FieldBase, numFmt = '') => convertCell(rawOf(value, numFmt), field, 50);

describe('金额单元格：接受常见写法，绝不悄悄出错', () => {
  it.each([
    ['1,234.50', '1234.5'],
    ['１２３．４５', '123.45'],
    [' 12.3 ', '12.3'],
    ['12 345.6', '12345.6'],
    ['１，２３４．５', '1234.5'],
    ['0', '0'],
    ['12.300', '12.3'],
    ['.5', '0.5'],
  ])('文字“%s”读作 %s', (input, expected) => {
    expect(read(input, money)).toEqual({ value: expected });
  });

  it('数字单元格按数值读取', () => {
    expect(read(273.36, money)).toEqual({ value: '273.36' });
    expect(read(0, money)).toEqual({ value: '0' });
  });

  it('公式缓存的浮点误差在 1e-9 以内才四舍五入到两位', () => {
    expect(read({ formula: 'A1+A2', result: 12.300000000000001 }, money)).toEqual({ value: '12.3' });
    expect(read({ formula: 'A1+A2', result: 0.1 + 0.2 }, money)).toEqual({ value: '0.3' });
  });

  it('12.345 不会被四舍五入，而是报错', () => {
    expect(read(12.345, money).error).toBe('金额最多两位小数（单位：万元），实际为 12.345');
    expect(read('12.345', money).error).toBe('金额最多两位小数（单位：万元），实际为“12.345”');
  });

  it.each([
    ['12,3O', '金额必须是数字，实际为“12,3O”'],
    ['12,3', '金额必须是数字，实际为“12,3”'],
    ['1,23,456', '金额必须是数字，实际为“1,23,456”'],
    ['十二', '金额必须是数字，实际为“十二”'],
    ['-5', '金额不能为负数，实际为“-5”'],
    ['¥12', '金额必须是数字，实际为“¥12”'],
  ])('“%s”报错', (input, message) => {
    expect(read(input, money)).toEqual({ error: message });
  });

  it('日期、布尔值、错误值、负数都报错并说明实际内容', () => {
    expect(read(new Date(Date.UTC(2024, 2, 12)), money).error).toMatch(/^金额必须是数字，但单元格是日期 2024-03-12/);
    expect(read(true, money).error).toBe('金额必须是数字，实际为TRUE');
    expect(read({ error: '#N/A' }, money).error).toBe('金额的单元格是错误值 #N/A：请改正公式或直接填写');
    expect(read(-1.5, money).error).toBe('金额不能为负数，实际为 -1.5');
  });

  it('没有缓存结果的公式报错，绝不自行计算', () => {
    expect(read({ formula: 'K2*2' }, money).error).toBe('金额是公式但没有计算结果（公式 =K2*2）：请在 Excel 或 WPS 中打开、保存后重试，或直接填写数值');
  });

  it('空白单元格没有值（由模式报“缺少必填项”），指标值这类列可约定空白为空文字', () => {
    expect(read(null, money)).toEqual({});
    expect(read('   ', money)).toEqual({});
    expect(read(null, { ...text, emptyAs: '' })).toEqual({ value: '' });
  });
});

describe('其他列', () => {
  it('整数：数字、文字、全角都可以，小数和文字报错', () => {
    expect(read(3, count)).toEqual({ value: 3 });
    expect(read('３', count)).toEqual({ value: 3 });
    expect(read(2.5, count).error).toBe('一般公务用车必须是整数，实际为 2.5');
    expect(read('3辆', count).error).toBe('一般公务用车必须是整数，实际为“3辆”');
  });

  it('是/否：中文、TRUE/FALSE、1/0 都认', () => {
    expect(read('是', bool)).toEqual({ value: true });
    expect(read('否', bool)).toEqual({ value: false });
    expect(read(true, bool)).toEqual({ value: true });
    expect(read('FALSE', bool)).toEqual({ value: false });
    expect(read(1, bool)).toEqual({ value: true });
    expect(read('也许', bool).error).toBe('是否本级必须填“是”或“否”，实际为“也许”');
  });

  it('编码：数字单元格在 15 位以内转成文字，超过则报“已丢失位数”', () => {
    expect(read(2010301, code)).toEqual({ value: '2010301' });
    expect(read(' ＡＢ１２３ ', code)).toEqual({ value: 'AB123' });
    expect(read(41039524000000012902, code).error).toMatch(/^项目编码被 Excel 存成了数字 41039524000000020000，可能已丢失位数/);
  });

  it('选项：按显示文字、存储值或别名识别；显示与存储不同时，未知值由读取器报错', () => {
    expect(read('成本指标', category)).toEqual({ value: 'cost' });
    expect(read('成本', category)).toEqual({ value: 'cost' });
    expect(read('output', category)).toEqual({ value: 'output' });
    expect(read('效果', category).error).toBe('指标类别必须是以下之一：成本指标、产出指标；实际为“效果”');
    expect(read('其它', kind)).toEqual({ value: '其它' });
  });

  it('文字：超过长度上限报错；日期读成 ISO 日期并警告；百分比格式的数字读作百分数', () => {
    expect(read('字'.repeat(51), text).error).toBe('三级指标过长（51 字），上限为 50 字');
    expect(read(new Date(Date.UTC(2024, 11, 1)), text)).toEqual({
      value: '2024-12-01',
      warning: '三级指标的单元格是日期，已按“2024-12-01”读取；如果本意不是日期，请把单元格设为“文本”后重新输入',
    });
    expect(read(0.95, text, '0%')).toEqual({ value: '95%' });
  });
});

describe('金额写入单元格再读回不变（性质测试）', () => {
  it('12位整数加两位小数以内的任何金额，经 Excel 的双精度数往返后完全相同', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${whole}.${String(cents).padStart(2, '0')}`;
        const stored = cellValueOf(money, text);
        expect(typeof stored).toBe('number');
        const back = read(stored ?? null, money).value;
        expect(typeof back === 'string' && new Decimal(back).eq(new Decimal(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
