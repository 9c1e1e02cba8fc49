import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { displayFile, loadProfile, ProfileError } from '../../src/document/profile.js';
import { TEMPLATES_DIR } from '../../src/model/paths.js';
import { fakeIo } from '../bad-input/harness.js';
import { inputFile, processWith, s07, tempDir, userProfile, writeFiles } from './helpers.js';

const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

interface Case {
  title: string;
  /** Writes the broken profile under `dir`; returns the folder the input names and the file the error is in. */
  make(dir: string): { profile: string; file: string };
  path: string;
  message: string | RegExp;
}

const single = (profile: Record<string, unknown>, files: Record<string, unknown> = {}) => (dir: string) => {
  userProfile(join(dir, 'p'), profile, files);
  return { profile: './p', file: join(dir, 'p', 'profile.json') };
};

const CASES: Case[] = [
  {
    title: '拼错的选项：指出最接近的正确选项',
    make: single({ options: { percentDecimal: 0 } }),
    path: 'options.percentDecimal',
    message: '未知的选项“percentDecimal”，您是不是要写“percentDecimals”？',
  },
  {
    title: '类型不对的选项',
    make: single({ options: { percentDecimals: '0' } }),
    path: 'options.percentDecimals',
    message: '应为数字，实际为文字“0”',
  },
  {
    title: '取值不对的选项：指出最接近的取值',
    make: single({ options: { dutyNumbering: 'cn-parens' } }),
    path: 'options.dutyNumbering',
    message: '取值“cn-parens”无效，您是不是要写“cn-paren”？',
  },
  {
    title: '新增的节缺少正文模板',
    make: single({
      outline: { add: [{ id: 'explanation.11', template: 'explanation-11', after: 'explanation.10' }] },
      texts: { 'heading.explanation.11': '十一、其他说明' },
    }),
    path: 'outline.add[0].template',
    message: /^找不到正文模板 narrative\/explanation-11\.hbs（在 p、luoyang-2024、luoyang-2023、luoyang-2022 的目录中都没有）$/,
  },
  {
    title: '文字模板的 handlebars 语法错误（未经构建预编译的文字仍逐条解析）',
    make: single({ texts: { 'heading.explanation.9': '九、{{#if year}}其他说明' } }),
    path: 'texts["heading.explanation.9"]',
    message: /^模板语法错误：/,
  },
  {
    title: '表格标题的 handlebars 语法错误',
    make: single({ tables: { set: { 'three-public-costs': { title: '{{year}}年“三公”经费预算表{{' } } } }),
    path: 'tables.set.three-public-costs.title',
    message: /^模板语法错误：/,
  },
  {
    title: '循环继承',
    make(dir) {
      writeFiles(dir, { 'a/profile.json': { extends: '../b' }, 'b/profile.json': { extends: '../a' } });
      return { profile: './a', file: join(dir, 'b', 'profile.json') };
    },
    path: 'extends',
    message: '模板继承出现循环：a → b → a',
  },
  {
    title: '继承的模板不存在：指出最接近的随附模板',
    make: single({ extends: 'luoyang-2204' }),
    path: 'extends',
    message: '找不到模板“luoyang-2204”，您是不是要写“luoyang-2024”？',
  },
  {
    title: '表格补丁去掉的表格键拼错',
    make: single({ tables: { drop: ['project-performence'] } }),
    path: 'tables.drop[0]',
    message: '没有表格键为“project-performence”的表，您是不是要写“project-performance”？',
  },
  {
    title: '未知的顶层键',
    make: single({ option: { zeroStyle: '0' } }),
    path: 'option',
    message: /^未知的键“option”，您是不是要写“options”？$/,
  },
  {
    title: 'JSON 语法错误：行和列',
    make(dir) {
      writeFiles(dir, { 'p/profile.json': '{\n  "extends": "luoyang-2024",\n  "options": { "zeroStyle": "0", }\n}\n' });
      return { profile: './p', file: join(dir, 'p', 'profile.json') };
    },
    path: '',
    message: /^JSON 语法错误（第 3 行第 \d+ 列/,
  },
];

describe('坏模板：位置明确的中文错误，退出码 1，不是内部错误', () => {
  CASES.forEach((c, i) => {
    it(`${c.title}（processInput：S07，文件与 JSON 路径）`, async () => {
      const dir = tempDir();
      const { profile, file } = c.make(dir);
      const processed = await processWith(profile, dir);
      expect(processed.document).toBeUndefined();
      const found = processed.diagnostics.filter((d) => d.rule === 'S07');
      expect(found, s07(processed).join('\n')).toHaveLength(1);
      expect(found[0]?.at).toEqual({ kind: 'file', file });
      const message = found[0]?.message ?? '';
      const [path, words] = c.path ? [message.slice(0, message.indexOf('：')), message.slice(message.indexOf('：') + 1)] : ['', message];
      expect(path).toBe(c.path);
      if (typeof c.message === 'string') expect(words).toBe(c.message);
      else expect(words).toMatch(c.message);
      rmSync(dir, { recursive: true, force: true });
    });

    it(`${c.title}（命令行 generate 与 validate：退出码 1，无堆栈）`, async () => {
      const dir = join(root, `case-${i}`);
      const { profile, file } = c.make(dir);
      const input = inputFile(dir, profile);
      for (const argv of [['generate', input, '-o', join(dir, 'out')], ['validate', input]]) {
        const io = fakeIo(dir);
        const code = await execute(argv, io);
        const text = [...io.out, ...io.err].join('');
        expect(code, text).toBe(1);
        expect(text).toContain(`S07 ${file}：${c.path ? `${c.path}：` : ''}`);
        expect(text).not.toMatch(STACK_LINE);
        expect(text).not.toContain('内部错误');
      }
    });
  });

  it('文字引用不存在的字段：渲染时报 S07，指明文件和文字的键，不是内部错误', async () => {
    const dir = tempDir();
    userProfile(join(dir, 'p'), { texts: { 'heading.explanation.1': '一、{{yaer}}年收支预算总体情况说明' } });
    const processed = await processWith('./p', dir);
    expect(processed.document).toBeUndefined();
    expect(s07(processed)).toEqual([expect.stringMatching(/：texts\["heading\.explanation\.1"\]：渲染失败：模板错误："yaer" 未定义$/)]);
    expect(processed.diagnostics.find((d) => d.rule === 'S07')?.at).toEqual({ kind: 'file', file: join(dir, 'p', 'profile.json') });
  });

  it('正文模板引用不存在的字段：渲染时报 S07，指明模板文件；命令行退出码 1', async () => {
    const dir = tempDir();
    userProfile(join(dir, 'p'), {}, { 'narrative/explanation-10-5.hbs': '{{fullname}}没有专项转移支付。\n' });
    const processed = await processWith('./p', dir);
    expect(processed.diagnostics.find((d) => d.rule === 'S07')).toMatchObject({
      at: { kind: 'file', file: join(dir, 'p', 'narrative', 'explanation-10-5.hbs') },
      message: '渲染失败：模板错误："fullname" 未定义',
    });
    const io = fakeIo(dir);
    expect(await execute(['validate', inputFile(dir, './p')], io)).toBe(1);
    expect(io.out.join('')).not.toContain('内部错误');
  });

  it('loadProfile 抛出 ProfileError，消息为“模板 <文件>：<路径>：<说明>”', () => {
    const dir = userProfile(join(root, 'direct'), { options: { percentDecimal: 0 } });
    expect(() => loadProfile(dir, [TEMPLATES_DIR])).toThrow(ProfileError);
    expect(() => loadProfile(dir, [TEMPLATES_DIR])).toThrow(`模板 ${join(dir, 'profile.json')}：options.percentDecimal：未知的选项“percentDecimal”，您是不是要写“percentDecimals”？`);
  });

  it('替换不存在的名词解释术语：指出最接近的术语', () => {
    const dir = userProfile(join(root, 'glossary'), { glossaryOverrides: { 基本支岀: '错字' } });
    expect(() => loadProfile(dir, [TEMPLATES_DIR])).toThrow('glossaryOverrides["基本支岀"]：名词解释中没有术语“基本支岀”，无法替换，您是不是要写“基本支出”？');
  });

  it('仓库内的文件以相对路径指明，仓库外的以绝对路径指明', () => {
    expect(displayFile(join(TEMPLATES_DIR, 'luoyang-2024', 'profile.json'))).toBe('templates/luoyang-2024/profile.json');
    expect(displayFile(join(root, 'x', 'profile.json'))).toBe(join(root, 'x', 'profile.json'));
  });

  it('命令行 --profile 指向不存在的模板：S07 profile，退出码 1', async () => {
    const dir = join(root, 'missing');
    const input = inputFile(dir, undefined);
    const io = fakeIo(dir);
    const code = await execute(['validate', input, '--profile', 'luoyang-2025'], io);
    const text = io.out.join('');
    expect(code).toBe(1);
    expect(text).toContain('S07 profile：找不到模板“luoyang-2025”');
  });
});
