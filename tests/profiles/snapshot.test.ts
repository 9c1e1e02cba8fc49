import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/document/profile.js';
import { tempDir, userProfile } from './helpers.js';

const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('模板在进程中读一次：正文模板与其余设置同为加载时的快照', () => {
  it('加载后改写或删除模板文件，同一模板仍读出加载后第一次读到的文字', () => {
    const dir = userProfile(join(root, 'p'), {}, { 'narrative/explanation-10-5.hbs': '{{fullname}}第一版。\n' });
    const file = join(dir, 'narrative', 'explanation-10-5.hbs');
    const profile = loadProfile(dir);
    expect(profile.readTemplate('narrative/explanation-10-5.hbs')).toBe('{{fullname}}第一版。\n');
    writeFileSync(file, '{{fullname}}第二版。\n');
    expect(loadProfile(dir)).toBe(profile);
    expect(profile.readTemplate('narrative/explanation-10-5.hbs')).toBe('{{fullname}}第一版。\n');
    rmSync(file);
    expect(profile.readTemplate('narrative/explanation-10-5.hbs')).toBe('{{fullname}}第一版。\n');
  });

  it('没有的模板仍报缺少，每次都报', () => {
    const profile = loadProfile(userProfile(join(root, 'q')));
    expect(() => profile.readTemplate('narrative/no-such.hbs')).toThrow(/缺少正文模板 narrative\/no-such\.hbs/);
    expect(() => profile.readTemplate('narrative/no-such.hbs')).toThrow(/缺少正文模板/);
  });
});
