import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/checks/index.js';
import { formatDiagnostic } from '../../src/model/diagnostic.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';
import { processInput } from '../../src/pipeline.js';
import { editSection } from './fixtures.js';

/** The house-style profile of tests/style (元 with separators, integer shares, 1-decimal growth and tables, zero as —). */
const PROFILE = join(PACKAGE_ROOT, 'tests', 'checks', 'profiles', 'house-style');
const SEED = join(PACKAGE_ROOT, 'examples', '002-chengxiang-2024', 'input.json');

describe('文档规则按模板的格式读取（issue 15：元、千位分隔符、小数位数、零值“—”）', async () => {
  const processed = await processInput(readFileSync(SEED), 'input.json', { profile: PROFILE });
  const document = processed.document;
  if (!document) throw new Error(processed.diagnostics.map(formatDiagnostic).join('\n'));
  const run = checkDocument(document, { ...(processed.budget ? { input: processed.budget } : {}) });

  it('以元为单位、加千位分隔符的文档没有任何文档层发现；输入层只有种子本身的警告', () => {
    expect(run.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(processed.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  });

  it('说明规则（N）都读到了金额：没有一条因找不到可读的数而未运行', () => {
    const notRun = run.summary.rules.filter((r) => r.status === 'not-run').map((r) => `${r.id}：${r.reason}`);
    expect(notRun).toEqual([]);
    const ran = run.summary.rules.filter((r) => r.id.startsWith('N') && r.status === 'pass').map((r) => r.id);
    expect(ran).toEqual(expect.arrayContaining(['N01', 'N02', 'N03', 'N04', 'N05', 'N06', 'N07', 'N08', 'N10', 'N11', 'N12', 'N14']));
  });

  it('说明中以元印出的数与表格不符时照样发现（N01），位置与数值按万元写出', () => {
    const copy = structuredClone(document);
    editSection(copy, 'explanation.1', (t) => t.replace('收入总计1,485,300.00元', '收入总计1,485,400.00元'));
    const found = checkDocument(copy).diagnostics.filter((d) => d.rule === 'N01');
    expect(found.map(formatDiagnostic)).toEqual([expect.stringContaining('说明一的收入总计为148.54万元（explanation.1），预算01表收入总计为148.53万元')]);
  });
});
