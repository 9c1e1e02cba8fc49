import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freeTextMask, maskFreeTexts } from '../../src/checks/view/document-view.js';

/** The definition: every free text of two or more characters, longest first, replaced by 〇 in turn. */
function naive(text: string, free: readonly string[]): string {
  let out = text;
  for (const f of free) if (f.length >= 2 && out.includes(f)) out = out.split(f).join('〇');
  return out;
}

const longestFirst = (texts: string[]) => [...texts].sort((a, b) => b.length - a.length);

describe('输入文字的遮盖（文档规则只判断工具写出的文字）', () => {
  it('遮盖项目名称，留下工具写出的文字', () => {
    const free = longestFirst(['市民之家物业管理服务费', '物业管理', '会议费']);
    expect(maskFreeTexts('项目市民之家物业管理服务费的会议费增加', free)).toBe('项目〇的〇增加');
    expect(maskFreeTexts('物业管理服务', free)).toBe('〇服务');
    expect(maskFreeTexts('没有输入的文字', free)).toBe('没有输入的文字');
  });

  it('含〇的输入文字在另一段被遮盖后才出现时也遮盖', () => {
    const free = longestFirst(['甲乙丙丁', '〇戊']);
    expect(maskFreeTexts('甲乙丙丁戊', free)).toBe(naive('甲乙丙丁戊', free));
    expect(maskFreeTexts('甲乙丙丁戊', free)).toBe('〇');
  });

  it('与逐条替换的定义结果相同（随机文字，字母表很小以便重叠）', () => {
    const word = fc.string({ unit: fc.constantFrom('会', '议', '费', '〇', '物', '业', 'a', '（', '）'), minLength: 0, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(fc.string({ unit: fc.constantFrom('会', '议', '费', '〇', '物', '业', 'a', '（', '）'), maxLength: 30 }), { maxLength: 8 }), (freeTexts, texts) => {
        const free = longestFirst(freeTexts);
        const mask = freeTextMask(free);
        for (const text of texts) expect(mask(text)).toBe(naive(text, free));
      }),
      { numRuns: 300 },
    );
  });

  it('打印的文字正是一条输入文字（或几条相连）时，结果也与定义相同', () => {
    const word = fc.string({ unit: fc.constantFrom('会', '议', '费', '〇', '物', 'a'), minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 10 }), fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (freeTexts, picks) => {
        const free = longestFirst(freeTexts);
        const mask = freeTextMask(free);
        for (const pick of picks) {
          const text = pick.map((i) => free[i % free.length] ?? '').join('');
          expect(mask(text)).toBe(naive(text, free));
        }
      }),
      { numRuns: 500 },
    );
  });
});

