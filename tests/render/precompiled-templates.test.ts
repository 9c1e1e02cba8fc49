import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/api.js';
import { precompiledModule, specKey, usePrecompiledSpecs, type TemplateSpec } from '../../src/document/narrative/precompiled.js';
import { shippedTemplateSources } from '../../src/document/narrative/shipped-sources.js';
import { exampleInputPath } from '../../bench/synthetic-texts.js';

/** The module the build writes, evaluated as Node would load it. */
function evaluate(text: string): Record<string, TemplateSpec> {
  const module = { exports: {} as Record<string, TemplateSpec> };
  new Function('module', 'exports', text)(module, module.exports);
  return module.exports;
}

const EXAMPLES = ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024', '010-central-2022', '011-guangxi-wuzhou-2023'];

afterAll(() => usePrecompiledSpecs(null));

// The build precompiles the shipped profiles' narrative templates (scripts/precompile-templates.mjs); a run then
// compiles none of them. Precompiled or compiled, every document must come out the same.
describe('预编译的叙述模板：与运行时编译生成的文档完全相同', () => {
  const { sources } = shippedTemplateSources();
  const specs = evaluate(precompiledModule(sources));

  it('随附模板的每一段文字都已预编译', () => {
    expect(sources.length).toBeGreaterThan(50);
    for (const source of sources) expect(specs[specKey(source)], source.slice(0, 40)).toBeDefined();
  });

  it.each(EXAMPLES)('%s：文档模型与 .docx 逐字节相同', async (example) => {
    usePrecompiledSpecs(null);
    const compiled = await generate(exampleInputPath(example), { formats: ['docx'], force: true });
    usePrecompiledSpecs(specs);
    const precompiled = await generate(exampleInputPath(example), { formats: ['docx'], force: true });
    expect(precompiled.document).toEqual(compiled.document);
    expect(Buffer.from(precompiled.files[0]?.bytes ?? []).equals(Buffer.from(compiled.files[0]?.bytes ?? [])), 'docx').toBe(true);
  });

  it('模板文字变了（键不同），就不用旧的预编译结果', () => {
    expect(specKey('{{money total}}')).not.toBe(specKey('{{money total }}'));
  });
});
