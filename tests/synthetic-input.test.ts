import { describe, expect, it } from 'vitest';
import { validate } from '../src/api.js';
import { syntheticInput } from '../bench/synthetic.js';

// The benchmark generates exactly what the CLI would for an officer's input: its synthetic inputs must pass the
// checks, so no size runs with --force (which would skip nothing, but would not be what an officer runs).
describe('基准测试的合成输入是有效的填报数据（没有错误，不需要 --force）', () => {
  it.each([
    [1, 40, 400],
    [3, 60, 600],
    [12, 120, 1500],
  ])('%i 个单位，%i 个项目，%i 笔支出明细', async (units, projects, lineItems) => {
    const input = syntheticInput({ units, projects, lineItems });
    const result = await validate({ data: input, name: 'synthetic' });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.rule} ${d.message}`)).toEqual([]);
    expect(input.lineItems.length).toBeGreaterThanOrEqual(lineItems * 0.9);
  });
});
