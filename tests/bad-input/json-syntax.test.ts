import { describe, it } from 'vitest';
import { expectRefused, runCase, type BadCase } from './harness.js';
import { minimalInput } from '../fixtures/minimal.js';

const valid = () => JSON.stringify(minimalInput(), null, 2);
/** The valid input with its first occurrence of `from` replaced. */
const edit = (from: string | RegExp, to: string) => () => valid().replace(from, to);
const syntax = (title: string, input: BadCase['input'], message: RegExp): BadCase => ({ title, file: 'bad.json', input, rule: 'S02', at: 'bad.json', message });
const LINE = (line: number) => new RegExp(`第 ${line} 行第 \\d+ 列`);

/** JSON that does not parse: each names the file, and the line and column where it goes wrong. */
export const SYNTAX_CASES: BadCase[] = [
  syntax('对象末尾多余的逗号', edit('"scope": "单位",', '"scope": "单位",,'), LINE(3)),
  syntax('数组末尾多余的逗号', edit('"业务科"', '"业务科",'), /第 \d+ 行/),
  syntax('两个字段之间缺少逗号', edit('"year": 2024,', '"year": 2024'), LINE(3)),
  syntax('用单引号代替双引号', edit('"scope": "单位"', "'scope': '单位'"), LINE(3)),
  syntax('字段名没有引号', edit('"scope":', 'scope:'), LINE(3)),
  syntax('含 // 注释', edit('"scope": "单位",', '"scope": "单位", // 范围'), LINE(3)),
  syntax('含 /* 块注释 */', () => `/* 填报 */\n${valid()}`, LINE(1)),
  syntax('文件被截断（缺少右括号）', () => valid().slice(0, -2), /文件末尾|内容不完整/),
  syntax('字符串没有结束引号', () => '{\n  "year": 2024,\n  "scope": "单位\n}', LINE(3)),
  syntax('字符串中含未转义的换行', edit('"测试市测试中心"', '"测试市\n测试中心"'), /第 \d+ 行/),
  syntax('非法转义 \\x', edit('"测试中心"', '"测试\\x41中心"'), /第 \d+ 行/),
  syntax('NaN 字面量', edit('"year": 2024', '"year": NaN'), LINE(2)),
  syntax('Infinity 字面量', edit('"year": 2024', '"year": Infinity'), LINE(2)),
  syntax('数字有前导零', edit('"year": 2024', '"year": 02024'), LINE(2)),
  syntax('十六进制数字', edit('"year": 2024', '"year": 0x7E8'), LINE(2)),
  syntax('缺少冒号', edit('"year": 2024', '"year" 2024'), LINE(2)),
  syntax('undefined 字面量', edit('"year": 2024', '"year": undefined'), LINE(2)),
  syntax('Python 风格的 True', edit('"isBase": true', '"isBase": True'), /第 \d+ 行/),
  syntax('全角引号“”代替英文引号', edit('"scope": "单位"', '“scope”: “单位”'), LINE(3)),
  syntax('全角冒号', edit('"scope": "单位"', '"scope"： "单位"'), LINE(3)),
  syntax('全角逗号', edit('"year": 2024,', '"year": 2024，'), LINE(2)),
  syntax('两个顶层值', () => `${valid()}\n${valid()}`, /第 \d+ 行/),
  syntax('末尾多余的右括号', () => `${valid()}}`, /第 \d+ 行/),
  syntax('空文件', () => '', /文件是空的/),
  syntax('只有空白的文件', () => ' \n\t\r\n ', /文件是空的/),
  syntax('只有一个左括号', () => '{', /文件末尾|内容不完整/),
  syntax('深度嵌套且未闭合（十万层左方括号）', () => '['.repeat(100_000), /JSON 语法错误/),
  syntax('深度嵌套且在深处出错', () => `${'{"a":'.repeat(50_000)}x`, /JSON 语法错误/),
];

/** JSON that parses but says one thing twice: JSON.parse keeps the last value silently; we refuse, at the key's path. */
export const DUPLICATE_CASES: BadCase[] = [
  { title: '同一对象中的键重复（department.name 写了两次）', file: 'dup.json', input: edit('"name": "测试市测试中心",', '"name": "测试市测试中心",\n    "name": "另一个名称",'), rule: 'S02', at: 'department.name', message: /键重复出现（第 \d+ 行第 \d+ 列；前一次在第 \d+ 行/ },
  { title: '转义写法不同的同名键（"year" 与 "\\u0079ear"）', file: 'dup.json', input: edit('"year": 2024,', '"year": 2024,\n  "\\u0079ear": 2025,'), rule: 'S02', at: 'year' },
  { title: '数组中某个对象的键重复', file: 'dup.json', input: edit('"amount": "60.00"', '"amount": "60.00", "amount": "6000.00"'), rule: 'S02', at: 'lineItems[0].amount' },
];

describe('坏输入：JSON 语法错误（退出码 1，指出文件与行列，不写任何文件）', () => {
  for (const c of SYNTAX_CASES) it(c.title, async () => expectRefused(await runCase(c), c));
  for (const c of DUPLICATE_CASES) it(c.title, async () => expectRefused(await runCase(c), c));
});
