import { describe, expect, it } from 'vitest';
import { readJson } from './json.js';
import { DEFAULT_LIMITS } from './limits.js';
import { readInput } from './readers.js';
import { parseBudget } from './parse.js';
import { minimalInput } from '../../tests/fixtures/minimal.js';
import { formatDiagnostic } from '../model/diagnostic.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readJson', () => {
  it('reads UTF-8 with or without a BOM', () => {
    expect(readJson(bytes('{"a":1}'), 'x.json').source?.data).toEqual({ a: 1 });
    expect(readJson(bytes('\ufeff{"a":1}'), 'x.json').source?.data).toEqual({ a: 1 });
  });

  it('names a GBK file as not UTF-8', () => {
    const gbk = new Uint8Array([0x7b, 0x22, 0xc4, 0xea, 0x22, 0x3a, 0x31, 0x7d]); // {"年":1} in GBK
    const { diagnostics, source } = readJson(gbk, 'gbk.json');
    expect(source).toBeUndefined();
    expect(diagnostics[0]?.rule).toBe('S03');
    expect(diagnostics[0]?.message).toContain('GBK');
  });

  it('locates a syntax error by line and column', () => {
    const { diagnostics } = readJson(bytes('{\n  "year": 2024,\n  "scope": }'), 'bad.json');
    expect(diagnostics[0]?.rule).toBe('S02');
    expect(diagnostics[0]?.message).toMatch(/第 3 行第 \d+ 列/);
  });

  it('marks a file printable only when no text can hold a character the text policy acts on', async () => {
    expect(readJson(bytes('{"a": "洛阳市"}'), 'x.json').source?.printable).toBe(true);
    for (const text of ['{"a": "洛\\n阳"}', '{"a": "\\u0007"}', '{"a": "洛\u2028阳"}', '{"a": "😀"}', '{"a": "\u0085"}']) expect(readJson(bytes(text), 'x.json').source?.printable).toBe(false);
    const read = await readInput(bytes('{"a": "洛\\n阳", "b": "x"}'), 'x.json', '.json', DEFAULT_LIMITS);
    expect(read.source?.data).toEqual({ a: '洛阳', b: 'x' });
    expect(read.diagnostics.map((d) => d.rule)).toEqual(['S10']);
  });

  it('refuses a file over the size limit', () => {
    const { diagnostics } = readJson(bytes('{}'), 'big.json', { maxFileBytes: 1, maxUnzippedBytes: 1, maxRows: 1, maxTextLength: 1 });
    expect(diagnostics[0]?.rule).toBe('S04');
  });
});

describe('parseBudget', () => {
  const parse = (data: unknown) => parseBudget({ name: 'x.json', format: 'json', data, locate: (p) => ({ kind: 'json', path: p.join('.') }) });

  it('accepts the minimal input and turns money into Decimal', () => {
    const { budget, diagnostics } = parse(minimalInput());
    expect(diagnostics).toEqual([]);
    expect(budget?.lineItems[1]?.amount.toFixed(2)).toBe('10.05');
    expect(budget?.lineItems[0]?.source).toBe('一般公共预算.财政拨款');
  });

  it('gives a located Chinese message for a 3-decimal amount', () => {
    const input = minimalInput();
    (input.lineItems[2] as { amount: string }).amount = '1.234';
    const { diagnostics } = parse(input);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'S01 lineItems.2.amount：金额必须是不小于0、最多两位小数的数字（单位：万元），例如 "12.30"',
    ]);
  });

  it('names a missing field and an unknown field', () => {
    const input: Record<string, unknown> = { ...minimalInput(), colour: 'red' };
    delete input.scope;
    const messages = parse(input).diagnostics.map(formatDiagnostic);
    expect(messages).toContain('S01 scope：缺少必填项“预算范围”');
    expect(messages.some((m) => m.includes('无法识别的字段：colour'))).toBe(true);
  });

  it('rejects a negative amount and a number where money belongs', () => {
    const input = minimalInput();
    (input.lineItems[0] as { amount: unknown }).amount = '-5';
    (input.lineItems[1] as { amount: unknown }).amount = 5;
    const messages = parse(input).diagnostics.map((d) => d.at.kind === 'json' && d.at.path);
    expect(messages).toEqual(['lineItems.0.amount', 'lineItems.1.amount']);
  });
});
