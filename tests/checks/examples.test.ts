import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../src/checks/index.js';
import { computeFigures } from '../../src/compute/figures.js';
import { chooseProfile, loadProfile } from '../../src/document/profile.js';
import { formatDiagnostic } from '../../src/model/diagnostic.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';
import { budgetInputSchema } from '../../src/model/schema.js';

const CASES = ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024'];

/** Input rules about a table the edition does not print (整体绩效 from E2023, 机构运转经费 in E2024 only). */
const NOT_APPLICABLE: Record<string, string[]> = {
  '000-luoyang-2022': ['T15', 'T16', 'X16', 'A03'],
  '004-xigong-2023': ['T16', 'X16'],
  '002-chengxiang-2024': [],
};

/** The findings as the golden file lists them: one formatDiagnostic line each, sorted. */
function findings(name: string): { lines: string[]; notRun: string[]; notApplicable: string[] } {
  const input = budgetInputSchema.parse(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'examples', name, 'input.json'), 'utf8')));
  const run = checkInput(input, computeFigures(input), undefined, loadProfile(chooseProfile(input).profile));
  const ids = (status: string) => run.summary.rules.filter((r) => r.status === status).map((r) => r.id);
  return { lines: run.diagnostics.map(formatDiagnostic).sort(), notRun: ids('not-run'), notApplicable: ids('not-applicable') };
}

/** The golden file without its `#` comment header (which says which findings are the seed's own flaws). */
function expected(file: string): { header: string[]; lines: string[] } {
  const all = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  return { header: all.filter((l) => l.startsWith('#')), lines: all.filter((l) => l.trim() !== '' && !l.startsWith('#')) };
}

describe('示例的输入检查结果与 expected/diagnostics.txt 一致', () => {
  for (const name of CASES) {
    it(`${name}：只报告规格 §5.3 列出的缺陷和种子原文自身的问题`, () => {
      const file = join(PACKAGE_ROOT, 'examples', name, 'expected', 'diagnostics.txt');
      const { lines, notRun, notApplicable } = findings(name);
      const golden = expected(file);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, `${[...golden.header, ...lines].join('\n')}\n`);
      expect(lines).toEqual(expected(file).lines);
      expect(golden.header.length).toBeGreaterThan(0);
      expect(notRun).toEqual(['C01']);
      expect(notApplicable).toEqual(NOT_APPLICABLE[name]);
    });
  }

  it('000-7、004-7、002-13：M02 报告政府经济分类跨越行政/事业界限的金额', () => {
    expect(findings('000-luoyang-2022').lines.filter((l) => l.startsWith('M02'))).toEqual([expect.stringContaining('30107→50501 72.15万元')]);
    expect(findings('004-xigong-2023').lines.filter((l) => l.startsWith('M02'))).toEqual([expect.stringMatching(/113001 项目支出 .*→50502 29\.00万元/)]);
    expect(findings('002-chengxiang-2024').lines.filter((l) => l.startsWith('M02'))).toEqual([expect.stringContaining('30107→50501 18.63万元')]);
  });

  it('000-8、000-9、002-8：P01 报告成本指标与项目金额不符，各两条', () => {
    expect(findings('000-luoyang-2022').lines.filter((l) => l.startsWith('P01'))).toHaveLength(2);
    expect(findings('002-chengxiang-2024').lines.filter((l) => l.startsWith('P01'))).toHaveLength(2);
    expect(findings('004-xigong-2023').lines.filter((l) => l.startsWith('P01'))).toEqual([]);
  });

  it('示例中没有错误级别的发现（种子缺陷都是警告）', () => {
    for (const name of CASES) {
      const input = budgetInputSchema.parse(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'examples', name, 'input.json'), 'utf8')));
      const run = checkInput(input, computeFigures(input), undefined, loadProfile(chooseProfile(input).profile));
      expect(run.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    }
  });
});
