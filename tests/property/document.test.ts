import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from '../../src/checks/index.js';
import { computeFigures } from '../../src/compute/figures.js';
import { narrativeFormat } from '../../src/document/build.js';
import { documentContext } from '../../src/document/context.js';
import { outlineParts } from '../../src/document/narrative/parts.js';
import { narrativeRenderer } from '../../src/document/narrative/render.js';
import { narrativeView } from '../../src/document/narrative/view.js';
import { chooseProfile, loadProfile } from '../../src/document/profile.js';
import { formatDiagnostic } from '../../src/model/diagnostic.js';
import { budgetInputSchema } from '../../src/model/schema.js';
import { buildFromBudget } from '../../src/pipeline.js';
import { validInput } from './arbitraries.js';
import { LEFTOVERS, checkSharePairs, documentTexts, paragraphsOf } from './texts.js';

/**
 * In `npm test`: 2,000 inputs through parse + compute + narrative (~3 ms each), and 200 full documents with every
 * rule (~10× that). `npm run test:property` is the long run: 10,000 and 1,000 (PROPERTY_RUNS, PROPERTY_FULL_RUNS).
 * The seed is fixed so CI is reproducible (`PROPERTY_SEED` to explore).
 */
const NARRATIVE_RUNS = Number(process.env.PROPERTY_RUNS ?? 2_000);
const FULL_RUNS = Number(process.env.PROPERTY_FULL_RUNS ?? 200);
const SEED = Number(process.env.PROPERTY_SEED ?? 20240601);

describe('性质测试：随机有效输入', () => {
  it(`${NARRATIVE_RUNS} 份：解析、计算与说明从不抛错；每对占比之和为 100.00%；没有“（减少）”“（下降）”等残留`, () => {
    let pairs = 0;
    fc.assert(
      fc.property(validInput, (json) => {
        const budget = budgetInputSchema.parse(json);
        const profile = loadProfile(chooseProfile(budget).profile);
        const ctx = documentContext(budget, computeFigures(budget), profile);
        const r = narrativeRenderer(profile, narrativeFormat(ctx), narrativeView(ctx));
        const narrative = outlineParts(r, profile, () => ({ id: 'annex', blocks: [] })).filter((p) => p.id === 'overview' || p.id === 'explanation');
        for (const text of paragraphsOf(narrative)) {
          pairs += checkSharePairs(text);
          expect(text).not.toMatch(LEFTOVERS);
        }
      }),
      { numRuns: NARRATIVE_RUNS, seed: SEED },
    );
    expect(pairs).toBeGreaterThan(NARRATIVE_RUNS / 2);
  }, 600_000);

  it(`${FULL_RUNS} 份：整份文档从不抛错，校验无任何错误（含全部文档规则），表格与说明无残留`, () => {
    fc.assert(
      fc.property(validInput, (json) => {
        const processed = buildFromBudget(budgetInputSchema.parse(json), undefined);
        expect(processed.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
        const document = processed.document;
        if (!document) throw new Error('no document');
        expect(runDocumentChecks(document).filter((d) => d.severity === 'error')).toEqual([]);
        for (const text of paragraphsOf(document.parts)) checkSharePairs(text);
        for (const text of documentTexts(document)) expect(text).not.toMatch(LEFTOVERS);
      }),
      { numRuns: FULL_RUNS, seed: SEED + 1 },
    );
  }, 600_000);
});
