import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/compute/figures.js';
import { buildDocument } from '../../src/document/build.js';
import type { BudgetDocument, Part } from '../../src/document/model.js';
import { chooseProfile, loadProfile } from '../../src/document/profile.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';
import { budgetInputSchema } from '../../src/model/schema.js';
import { COVER_DEFECT_002, NARRATIVE_DEFECTS, TOC_DEFECTS_002, correct, type SeedDefect } from '../seeds/defects.js';
import { seedCover, seedNarrative, seedToc, squash } from '../seeds/read-seed.js';

/**
 * Wordings the shipped profiles harmonise (spec §5.3): 七(一) says 差旅费 like the 名词解释 and the 08表 注 (000-13,
 * 002-14; §2.7 calls it the consistent choice); heading 九 is worded as in E2022 and E2024 (004-12).
 */
const HARMONISED: Record<'000' | '004' | '002', SeedDefect[]> = {
  '000': [{ id: '000-13', what: '七(一) “旅费”与名词解释、08表注的“差旅费”不一致', published: '住宿费、旅费、伙食补助费', corrected: '住宿费、差旅费、伙食补助费' }],
  '004': [{ id: '004-12', what: '九 标题与 E2022、E2024 的“国有资本经营预算支出预算情况说明”不一致', published: '九、国有资本经营支出预算情况说明', corrected: '九、国有资本经营预算支出预算情况说明' }],
  '002': [{ id: '002-14', what: '七(一) “旅费”与名词解释、08表注的“差旅费”不一致', published: '住宿费、旅费、伙食补助费', corrected: '住宿费、差旅费、伙食补助费' }],
};

/** Spec §0: golden tests compare with all whitespace removed; §2.11 / §5.3 defects are corrected first. */
const CASES = [
  { seed: '000', example: '000-luoyang-2022', file: '000_d79122a869c9d47b.txt' },
  { seed: '004', example: '004-xigong-2023', file: '004_8e657e09640e1ad3.txt' },
  { seed: '002', example: '002-chengxiang-2024', file: '002_6ad2e7228bd8b73a.txt' },
] as const;

function buildExample(example: string): BudgetDocument | undefined {
  const path = join(PACKAGE_ROOT, 'examples', example, 'input.json');
  if (!existsSync(path)) return undefined;
  const input = budgetInputSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return buildDocument(input, computeFigures(input), loadProfile(chooseProfile(input).profile));
}

/** Every heading and paragraph of 第一部分–第三部分 plus the 附件 line, squashed, in document order. */
function narrativeUnits(doc: BudgetDocument): string[] {
  const wanted = new Set<Part['id']>(['overview', 'explanation', 'glossary', 'annex']);
  return doc.parts
    .filter((p) => wanted.has(p.id))
    .flatMap((p) => p.blocks)
    .flatMap((b) => {
      if (b.type === 'partTitle') return [b.label ?? '', b.title];
      if (b.type === 'heading' || b.type === 'paragraph') return [b.text];
      return [];
    })
    .map(squash)
    .filter((s) => s !== '');
}

interface Match {
  matched: number;
  total: number;
  mismatches: { unit: string; seed: string }[];
  rest: string;
}

/** Consumes the seed text unit by unit; a unit that does not continue the seed is a mismatch. */
function matchInOrder(units: readonly string[], seed: string): Match {
  let pos = 0;
  let matched = 0;
  const mismatches: Match['mismatches'] = [];
  units.forEach((unit, i) => {
    if (seed.startsWith(unit, pos)) {
      matched += 1;
      pos += unit.length;
      return;
    }
    mismatches.push({ unit, seed: seed.slice(pos, pos + unit.length + 10) });
    // Resynchronise where the following unit starts, so one wrong paragraph counts once.
    const following = units[i + 1];
    const next = following === undefined ? seed.length : seed.indexOf(following, pos);
    if (next >= 0) pos = next;
  });
  return { matched, total: units.length, mismatches, rest: seed.slice(pos) };
}

function byId(defects: readonly SeedDefect[]): Map<string, SeedDefect[]> {
  const groups = new Map<string, SeedDefect[]>();
  for (const d of defects) groups.set(d.id, [...(groups.get(d.id) ?? []), d]);
  return groups;
}

for (const c of CASES) {
  const doc = buildExample(c.example);
  describe.skipIf(!doc)(`${c.seed} ${c.example} 说明文字与种子逐段一致`, () => {
    const units = doc ? narrativeUnits(doc) : [];
    const text = units.join('');
    const defects = [...NARRATIVE_DEFECTS[c.seed], ...HARMONISED[c.seed]];
    const ids = [...new Set(defects.map((d) => d.id))].join('、');

    it(`第一部分至第三部分及附件行：每个标题和段落等于种子原文（已更正 ${ids || '无'}）`, () => {
      const result = matchInOrder(units, correct(seedNarrative(c.file), defects));
      console.info(`${c.seed}: ${result.matched}/${result.total} 段与种子一致`);
      expect(result.mismatches).toEqual([]);
      expect(result.rest).toBe('');
    });

    for (const [id, list] of byId(defects)) {
      it(`${id}：不重现种子缺陷（${[...new Set(list.map((d) => d.what))].join('；')}）`, () => {
        for (const d of list) {
          expect(text).toContain(d.corrected);
          expect(text).not.toContain(d.published);
        }
      });
    }
  });
}

describe.skipIf(!existsSync(join(PACKAGE_ROOT, 'examples/002-chengxiang-2024/input.json')))('002 封面与目录', () => {
  const doc = buildExample('002-chengxiang-2024');
  const file = '002_6ad2e7228bd8b73a.txt';

  it('002-1：封面标题不重复“中心”', () => {
    expect(doc?.meta.title).toBe(correct(seedCover(file), [COVER_DEFECT_002]));
    expect(doc?.parts[0]?.blocks[0]).toEqual({ type: 'partTitle', title: '2024年洛阳市城乡一体化示范区政务服务中心部门预算说明' });
  });

  it('002-2、002-3：目录与正文标题、表页标题出自同一声明', () => {
    const toc = doc?.parts.find((p) => p.id === 'toc')?.blocks[0];
    if (toc?.type !== 'toc') throw new Error('缺少目录');
    expect(squash(toc.title)).toBe('目录');
    expect(toc.entries.map((e) => squash(e.text)).join('')).toBe(correct(seedToc(file), TOC_DEFECTS_002));
    const headings = doc?.parts.find((p) => p.id === 'overview')?.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(toc.entries.filter((e) => e.level === 2).slice(0, 2).map((e) => e.text)).toEqual(headings);
  });
});

describe('模板层面的写法（spec §5.3、§2.7、§1.4）', () => {
  it('000-13、002-14：七(一) 三个版式都写“差旅费”，与名词解释和08表注一致', () => {
    const seventhOne = (example: string) =>
      buildExample(example)?.parts.flatMap((p) => p.blocks).find((b) => b.type === 'paragraph' && b.text.startsWith('（一）因公出国'));
    for (const example of ['000-luoyang-2022', '002-chengxiang-2024', '004-xigong-2023']) {
      const block = seventhOne(example);
      expect(block?.type === 'paragraph' ? block.text : '').toContain('住宿费、差旅费、伙食补助费');
    }
  });

  it('004-12：九的标题三个版式相同，“九、国有资本经营预算支出预算情况说明”', () => {
    for (const example of ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024']) {
      const heading = buildExample(example)?.parts.flatMap((p) => p.blocks).find((b) => b.type === 'heading' && b.section === 'explanation.9');
      expect(heading).toMatchObject({ text: '九、国有资本经营预算支出预算情况说明' });
    }
  });
});
