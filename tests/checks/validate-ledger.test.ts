import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/checks/index.js';
import { execute } from '../../src/cli/execute.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';
import { fakeIo } from '../bad-input/harness.js';
import { minimalInput } from '../fixtures/minimal.js';

interface LedgerJson {
  total: number;
  passed: number;
  failed: number;
  notApplicable: number;
  notRun: number;
  rules: { id: string; layer: string; status: string; findings: number; reason?: string }[];
}

interface FileJson {
  file?: string;
  diagnostics: { rule: string; severity: string; location: string; message: string }[];
  ledger: LedgerJson;
}

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yusuan-ledger-'));
  await writeFile(join(dir, 'good.json'), JSON.stringify(minimalInput()));
  const bad = minimalInput();
  bad.lineItems[0]!.unit = '999999';
  await writeFile(join(dir, 'bad.json'), JSON.stringify(bad));
  await writeFile(join(dir, 'broken.json'), '{ "year": ');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function validate(...args: string[]): Promise<{ code: number; out: string }> {
  const io = fakeIo(dir);
  const code = await execute(['validate', ...args], io);
  return { code, out: io.out.join('') };
}

function expectLedger(ledger: LedgerJson): void {
  expect(ledger.total).toBe(ALL_RULES.length);
  expect(ledger.rules).toHaveLength(ledger.total);
  expect(ledger.passed + ledger.failed + ledger.notApplicable + ledger.notRun).toBe(ledger.total);
  for (const status of ['pass', 'fail', 'not-applicable', 'not-run'] as const) {
    const key = { pass: 'passed', fail: 'failed', 'not-applicable': 'notApplicable', 'not-run': 'notRun' }[status] as 'passed' | 'failed' | 'notApplicable' | 'notRun';
    expect(ledger.rules.filter((r) => r.status === status)).toHaveLength(ledger[key]);
  }
  for (const r of ledger.rules.filter((x) => x.status === 'not-run' || x.status === 'not-applicable')) expect(r.reason, `${r.id}/${r.layer}`).toMatch(/[\u4e00-\u9fa5]/);
}

describe('yusuan validate：规则台账', () => {
  it('--json 输出 { diagnostics, ledger }；台账每条规则一行，各状态条数之和等于规则总数', async () => {
    const { code, out } = await validate('good.json', '--json');
    const result = JSON.parse(out) as FileJson;
    expect(code).toBe(0);
    expect(result.diagnostics).toEqual([]);
    expectLedger(result.ledger);
    expect(result.ledger.failed).toBe(0);
    expect(result.ledger.rules.find((r) => r.id === 'C01')).toMatchObject({ status: 'not-run', reason: '输入未填写控制数（controlTotals）' });
  });

  it('有发现时，未通过的规则在台账中记为 fail 并给出发现条数', async () => {
    const { code, out } = await validate('bad.json', '--json');
    const result = JSON.parse(out) as FileJson;
    expect(code).toBe(1);
    expect(result.diagnostics.map((d) => `${d.rule} ${d.location}`)).toContain('I01 lineItems[0].unit');
    expectLedger(result.ledger);
    expect(result.ledger.rules.find((r) => r.id === 'I01')).toMatchObject({ status: 'fail', findings: 1 });
  });

  it('多个文件时输出数组，每项带文件名；无法解析的输入每条规则都“未运行”，不算通过', async () => {
    const { out } = await validate('good.json', 'broken.json', '--json');
    const results = JSON.parse(out) as FileJson[];
    expect(results.map((r) => r.file)).toEqual(['good.json', 'broken.json']);
    results.forEach((r) => expectLedger(r.ledger));
    expect(results[1]!.ledger).toMatchObject({ passed: 0, failed: 0, notApplicable: 0, notRun: ALL_RULES.length });
  });

  it('文字报告最后一行是中文台账摘要，并列出未运行的规则及原因', async () => {
    const { out } = await validate('good.json');
    const ledger = (JSON.parse((await validate('good.json', '--json')).out) as FileJson).ledger;
    expect(out).toContain(`规则 ${ledger.total} 条：通过 ${ledger.passed}，未通过 0，不适用 ${ledger.notApplicable}，未运行 ${ledger.notRun}。`);
    expect(out).toContain('C01（输入）未运行：输入未填写控制数（controlTotals）');
  });

  it('2022 版示例：本版没有的表相关规则记为“不适用”并说明原因', async () => {
    const { out } = await validate(join(PACKAGE_ROOT, 'examples', '000-luoyang-2022', 'input.json'), '--json');
    const { ledger } = JSON.parse(out) as FileJson;
    expectLedger(ledger);
    expect(ledger.rules.filter((r) => r.status === 'not-applicable').map((r) => `${r.id}/${r.layer}`)).toEqual([
      'T15/input', 'T16/input', 'X16/input', 'A03/input', 'T15/document', 'T16/document', 'X15/document', 'X16/document', 'N12/document',
    ]);
    expect(ledger.rules.find((r) => r.id === 'X15')?.reason).toBe('本模板没有表 overall-performance');
  });
});
