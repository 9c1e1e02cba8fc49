import { win32, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, NameRegistry, outputBaseName, safeFileName } from './output-names.js';

const facts = { 年度: '2024', 单位: '测试市测试局', 范围: '部门', 标题: '2024年测试市测试局部门预算说明', 文件名: 'input' };

describe('输出文件名：以单位和年度命名，在 Windows 与 Linux 上都安全', () => {
  it('默认按“{年度}年{单位}{范围}预算公开”命名；读不出单位时用填报文件名', () => {
    expect(outputBaseName('{年度}年{单位}{范围}预算公开', facts)).toBe('2024年测试市测试局部门预算公开');
    expect(outputBaseName('{年度}年{单位}{范围}预算公开', { ...facts, 年度: '', 单位: '', 范围: '', 标题: '', 文件名: '预算填报' })).toBe('预算填报');
    expect(outputBaseName('{文件名}-{年度}', facts)).toBe('input-2024');
  });

  it('Windows 不允许的字符 <>:"/\\|?* 与控制字符换成 _；去掉开头的点（隐藏文件）和结尾的点与空格', () => {
    expect(safeFileName('测试:局/一<二>"三"\\四|五?六*七\u0001')).toBe('测试_局_一_二__三__四_五_六_七_');
    expect(safeFileName('.hidden')).toBe('hidden');
    expect(safeFileName('..\\..\\etc')).toBe('_.._etc');
    expect(safeFileName('单位名称. . ')).toBe('单位名称');
  });

  it('Windows 保留的设备名（不论大小写和扩展名）加 _', () => {
    for (const name of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'lpt9', 'CON.txt']) expect(safeFileName(name)).toMatch(/_$/);
    expect(safeFileName('CONTROL')).toBe('CONTROL');
  });

  it('最长 200 字节（UTF-8），在字符边界截断；加上扩展名和临时后缀仍在 255 字节之内', () => {
    const long = safeFileName('预'.repeat(100));
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(long).toBe('预'.repeat(66));
    const temp = `.${long}.docx.${99999}.${'f'.repeat(8)}.tmp`;
    expect(Buffer.byteLength(temp)).toBeLessThan(255);
  });

  it('同一次运行中同名（忽略大小写，Windows 的文件系统不区分）依次加（2）（3）', () => {
    const names = new NameRegistry();
    expect(['X局', 'x局', 'X局', 'Y局'].map((n) => names.reserve(n))).toEqual(['X局', 'x局（2）', 'X局（3）', 'Y局']);
  });

  it('同名单位再多也逐个编号：已被别的单位占用的“（N）”跳过，编号不重复', () => {
    const names = new NameRegistry();
    expect(['A局', 'A局（3）', 'A局', 'a局', 'A局', 'A局（2）'].map((n) => names.reserve(n))).toEqual(['A局', 'A局（3）', 'A局（2）', 'a局（4）', 'A局（5）', 'A局（2）（2）']);
    const many = new NameRegistry();
    const given = Array.from({ length: 2000 }, () => many.reserve('同名局'));
    expect(new Set(given).size).toBe(2000);
    expect(given.slice(-2)).toEqual(['同名局（1999）', '同名局（2000）']);
    // Two names alike but for case whose stems differ: K (U+212A, 3 bytes) and k (1 byte) before 195 a's.
    const long = new NameRegistry();
    const [kelvin, latin] = ['\u212A' + 'a'.repeat(195), 'k' + 'a'.repeat(195)];
    expect([kelvin, kelvin, latin].map((n) => long.reserve(n))).toEqual([kelvin, `${'\u212A' + 'a'.repeat(189)}（2）`, `${'k' + 'a'.repeat(191)}（2）`]);
  });

  it('Windows 路径：输出目录与文件名用 path.win32 拼接，盘符和反斜杠不进入文件名', () => {
    const name = safeFileName('2024年测试局部门预算公开');
    expect(win32.join('C:\\Users\\财务\\公开文档', `${name}.docx`)).toBe('C:\\Users\\财务\\公开文档\\2024年测试局部门预算公开.docx');
    expect(win32.basename(win32.join('D:\\out', `${safeFileName('a\\b:c')}.docx`))).toBe('a_b_c.docx');
    expect(posix.basename(posix.join('/out', `${safeFileName('a/b')}.docx`))).toBe('a_b.docx');
  });
});
