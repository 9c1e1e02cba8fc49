import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { budgetInputSchema } from '../../src/model/schema.js';
import { buildFromBudget } from '../../src/pipeline.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { verifyDocx } from '../../src/render/docx/verify.js';
import { renderXlsx } from '../../src/render/xlsx/index.js';
import { validInput } from './arbitraries.js';

/** Full writes are ~100× dearer than a document build: a smaller number of runs through both writers. */
const RUNS = Number(process.env.PROPERTY_WRITER_RUNS ?? 100);

/** XML 1.0 forbids these characters; one of them makes Word refuse the file. */
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

describe(`性质测试：${RUNS} 份随机有效输入写成 docx 与 xlsx`, () => {
  it('两种写出器从不抛错，docx 读回与文档一致，包内 XML 合法', async () => {
    await fc.assert(
      fc.asyncProperty(validInput, async (json) => {
        const document = buildFromBudget(budgetInputSchema.parse(json), undefined).document;
        if (!document) throw new Error('no document');
        const docx = await renderDocx(document);
        await verifyDocx(docx, document);
        const xlsx = await renderXlsx(document);
        for (const bytes of [docx, xlsx]) {
          const zip = await JSZip.loadAsync(bytes);
          for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
            expect(await zip.file(name)?.async('string'), name).not.toMatch(XML_ILLEGAL);
          }
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.PROPERTY_SEED ?? 20240601) },
    );
  }, 600_000);
});
