import { describe, it } from 'vitest';
import { expectRefused, runCase, type BadCase } from './harness.js';
import { encodeGbk, encodeUtf16, encodeUtf8Bom } from './encodings.js';
import { minimalInput } from '../fixtures/minimal.js';

const valid = () => JSON.stringify(minimalInput(), null, 2);
const broken = () => valid().replace('"scope": "单位",', '"scope": "单位",,');
const wrongYear = () => valid().replace('"year": 2024', '"year": "2024"');
const file = (title: string, input: BadCase['input'], ruleId: string, where: string, message?: RegExp, name = 'bad.json'): BadCase => ({
  title,
  file: name,
  input,
  rule: ruleId,
  at: where,
  ...(message ? { message } : {}),
});
const MB = 1024 * 1024;

/** Whole files that are not a usable input: encodings, top-level values, sizes, other formats. */
export const FILE_CASES: BadCase[] = [
  file('GBK 编码的文件', () => encodeGbk(valid()), 'S03', 'bad.json', /GBK/),
  file('UTF-16LE（无 BOM）', () => encodeUtf16(valid(), 'le', false), 'S03', 'bad.json', /UTF-16/),
  file('UTF-16BE（无 BOM）', () => encodeUtf16(valid(), 'be', false), 'S03', 'bad.json', /UTF-16/),
  file('UTF-16LE 带 BOM 且有语法错误：行号不受编码影响', () => encodeUtf16(broken(), 'le', true), 'S02', 'bad.json', /第 3 行/),
  file('UTF-16BE 带 BOM 且年度是字符串', () => encodeUtf16(wrongYear(), 'be', true), 'S01', 'year'),
  file('UTF-8 BOM 且首行有语法错误：列号不因 BOM 偏移', () => encodeUtf8Bom('{ x'), 'S02', 'bad.json', /第 1 行第 3 列/),
  file('UTF-8 BOM 且年度是字符串', () => encodeUtf8Bom(wrongYear()), 'S01', 'year'),
  file('中间夹有非法 UTF-8 字节', () => new Uint8Array([...new TextEncoder().encode('{"year": '), 0xff, 0xfe, 0x7d]), 'S03', 'bad.json'),
  file('随机二进制数据', () => randomBytes(4096, 7), 'S03', 'bad.json'),
  file('PNG 图片改名为 .json', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]), 'S03', 'bad.json'),
  file('Excel 文件改名为 .json', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xa1, 0xb2, 0xc3, 0xd4, 0xe5]), 'S03', 'bad.json'),
  file('字符串中含 NUL 字节', () => valid().replace('测试中心"', '测试\u0000中心"'), 'S02', 'bad.json'),
  file('顶层是 null', () => 'null', 'S01', '(根)'),
  file('顶层是数组', () => '[]', 'S01', '(根)'),
  file('顶层是字符串', () => '"预算"', 'S01', '(根)'),
  file('顶层是数字', () => '2024', 'S01', '(根)'),
  file('顶层是 true', () => 'true', 'S01', '(根)'),
  file('空对象', () => '{}', 'S01', 'year', /缺少必填项/),
  file('深层嵌套的垃圾数据（十万层数组）', () => `{"year": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'S01', 'year'),
  file('深层嵌套的对象放在未知字段里', () => valid().replace('{', `{"junk": ${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)},`), 'S01', '(根)', /junk/),
  file('30 MB 的文件（超过 20 MB 上限）', () => big(30 * MB), 'S04', 'big.json', /上限为 20\.0 MB/, 'big.json'),
  {
    title: '用环境变量 YUSUAN_MAX_FILE_MB 降低上限：小文件也被拒绝',
    file: 'input.json',
    input: valid,
    env: { YUSUAN_MAX_FILE_MB: '0.001' },
    rule: 'S04',
    at: 'input.json',
    message: /上限为 0\.0 MB/,
  },
  {
    title: '用环境变量 YUSUAN_MAX_FILE_MB 提高上限：30 MB 文件被读入并逐字段校验',
    file: 'big.json',
    input: () => big(30 * MB),
    env: { YUSUAN_MAX_FILE_MB: '64' },
    rule: 'S01',
    at: '(根)',
    message: /无法识别的字段：padding/,
  },
  file('不支持的扩展名 .csv', () => 'year,scope\n2024,单位\n', 'S05', 'bad.csv', /\.csv/, 'bad.csv'),
  file('没有扩展名', valid, 'S05', 'input', /无扩展名/, 'input'),
];

/** A valid input padded with a long unknown field to `size` bytes. */
function big(size: number): string {
  const text = valid();
  return `{"padding": "${'x'.repeat(size - text.length - 20)}",${text.slice(1)}`;
}

function randomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = (s >>> 16) & 0xff;
  }
  return out;
}

describe('坏输入：文件本身（编码、顶层值、大小、格式），不写任何文件', () => {
  for (const c of FILE_CASES) it(c.title, async () => expectRefused(await runCase(c), c));
});
