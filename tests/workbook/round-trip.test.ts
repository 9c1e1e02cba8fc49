import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initCommand } from '../../src/cli/init-command.js';
import { processInput } from '../../src/pipeline.js';
import { budgetFromJson, canonical, fakeIo, lines, readBack } from './helpers.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const examples = readdirSync(EXAMPLES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(EXAMPLES.pathname, d.name, 'input.json')))
  .map((d) => d.name);
const work = mkdtempSync(join(tmpdir(), 'yusuan-workbook-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(examples)('往返：%s 的 input.json → init --from → 填报表 → 读回', (example) => {
  const jsonPath = join(EXAMPLES.pathname, example, 'input.json');
  const xlsxPath = join(work, `${example}.xlsx`);

  it('init --from input.json 成功写出填报表', async () => {
    const io = fakeIo(work);
    expect(await initCommand([], { from: jsonPath, output: xlsxPath }, io)).toBe(0);
    expect(io.out.join('')).toMatch(/^已生成填报表：/);
  });

  it('读回的 BudgetInput 与从 JSON 解析的完全相同，且没有任何诊断', async () => {
    const fromJson = budgetFromJson(readFileSync(jsonPath));
    const { diagnostics, budget } = await readBack(readFileSync(xlsxPath));
    expect(lines(diagnostics)).toEqual([]);
    expect(canonical(budget)).toBe(canonical(fromJson));
  });

  it('流水线从 JSON 和从填报表生成的文档完全相同', async () => {
    const fromJson = await processInput(readFileSync(jsonPath), 'input.json');
    const fromXlsx = await processInput(readFileSync(xlsxPath), 'input.xlsx');
    expect(fromJson.document).toBeDefined();
    expect(JSON.stringify(fromXlsx.document)).toBe(JSON.stringify(fromJson.document));
    const rules = (p: typeof fromJson) => p.diagnostics.map((d) => `${d.rule} ${d.severity}`).sort();
    expect(rules(fromXlsx)).toEqual(rules(fromJson));
  });
});
