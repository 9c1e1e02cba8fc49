import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/api.js';
import { auditBytes } from '../../src/audit/audit.js';
import { AUDITED_INPUT_RULES } from '../../src/audit/input-checks.js';
import { checkDocument } from '../../src/checks/index.js';
import { formatDiagnostic } from '../../src/model/diagnostic.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';
import { EXAMPLES, narrativeOf, reportedByGenerator } from './helpers.js';

const ROOT = join(PACKAGE_ROOT, 'examples');
const GALLERY = join(ROOT, 'gallery');

/** Every example but the three seeds (docx-round-trip.test.ts): the two synthetic ones, and each gallery case with its own profile. */
const CASES: { name: string; input: string; profile?: string }[] = [
  ...readdirSync(ROOT)
    .filter((d) => existsSync(join(ROOT, d, 'input.json')) && !(EXAMPLES as readonly string[]).includes(d))
    .map((d) => ({ name: d, input: join(ROOT, d, 'input.json') })),
  ...readdirSync(GALLERY)
    .filter((d) => existsSync(join(GALLERY, d, 'input.json')))
    .map((d) => ({ name: `gallery/${d}`, input: join(GALLERY, d, 'input.json'), profile: join(GALLERY, d, 'profile') })),
];

const INPUT_RULES = new Set(AUDITED_INPUT_RULES);

describe('audit 审查 examples/ 下每个示例生成的 Word 文档：读回全文，没有新的发现', () => {
  it('示例齐全（两个合成示例，图库的每一种）', () => {
    expect(CASES.filter((c) => !c.profile).map((c) => c.name)).toEqual(['010-central-2022', '011-guangxi-wuzhou-2023']);
    expect(CASES.length).toBeGreaterThan(30);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const generated = await generate(c.input, { formats: ['docx'] });
    const document = generated.document!;
    const docx = generated.files.find((f) => f.name.endsWith('.docx'))!;
    const result = await auditBytes(docx.bytes, `${c.name}.docx`, c.profile ? { profile: c.profile } : {});
    expect(result.unreadable).toBeUndefined();
    expect(result.problems.filter((p) => p.kind !== 'note').map((p) => p.message)).toEqual([]);
    expect(narrativeOf(result.read!.document)).toEqual(narrativeOf(document));
    const fromDocument = result.findings.filter((f) => !INPUT_RULES.has(f.rule));
    expect(fromDocument.map((f) => `${f.rule} ${f.where}：${f.message}`)).toEqual(checkDocument(document).diagnostics.map(formatDiagnostic));
    for (const f of result.findings.filter((x) => INPUT_RULES.has(x.rule))) expect(reportedByGenerator(f, generated.diagnostics), `${f.rule} ${f.message}`).toBe(true);
  });
});
