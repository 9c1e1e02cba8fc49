import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/compute/figures.js';
import { buildDocument } from '../../src/document/build.js';
import { documentToText } from '../../src/document/dump.js';
import { chooseProfile, loadProfile } from '../../src/document/profile.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';
import { budgetInputSchema } from '../../src/model/schema.js';

/** examples/<case>/expected/document.txt: the whole document as text. `UPDATE_GOLDEN=1` rewrites it. */
const EXAMPLES = ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024'] as const;

describe('文档文本金样（expected/document.txt）', () => {
  for (const example of EXAMPLES) {
    const dir = join(PACKAGE_ROOT, 'examples', example);
    it.skipIf(!existsSync(join(dir, 'input.json')))(`${example}：整篇文档与金样一致`, () => {
      const input = budgetInputSchema.parse(JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')));
      const doc = buildDocument(input, computeFigures(input), loadProfile(chooseProfile(input).profile));
      const text = documentToText(doc);
      const expectedPath = join(dir, 'expected', 'document.txt');
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(join(dir, 'expected'), { recursive: true });
        writeFileSync(expectedPath, text);
      }
      if (!existsSync(expectedPath)) throw new Error(`缺少金样 ${expectedPath}：用 UPDATE_GOLDEN=1 生成并审阅`);
      expect(text).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
