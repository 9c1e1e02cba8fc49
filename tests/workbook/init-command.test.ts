import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { initCommand } from '../../src/cli/init-command.js';
import { computeFigures } from '../../src/compute/figures.js';
import { DEFAULT_LIMITS } from '../../src/input/limits.js';
import { readXlsx } from '../../src/input/xlsx.js';
import { formatAmount } from '../../src/model/money.js';
import { budgetFromJson, fakeIo, lines, readBack, repoFile } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'yusuan-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('yusuan init', () => {
  it('空白填报表：读回时每个缺少的必填项都定位到要填的单元格', async () => {
    const io = fakeIo(work);
    expect(await execute(['init', '-o', 'blank.xlsx', '--year', '2025', '--scope', '部门'], io)).toBe(0);
    expect(io.out.join('')).toContain('已生成填报表：blank.xlsx（2025年，部门）');
    const found = lines((await readBack(readFileSync(join(work, 'blank.xlsx')))).diagnostics);
    expect(found).toContain('S01 基本信息!B7：缺少必填项“编码”');
    expect(found).toContain('S01 单位!A2：预算单位：至少填写一个预算单位');
    expect(found).toContain('S01 职责与科室!A3：主要职责至少填写一条');
    expect(found).toContain('S01 上年数!B2：缺少必填项“收支总计”');
    expect(found).toContain('S01 政府采购与资产!B3：缺少必填项“政府采购货物预算”');
    expect(found.every((l) => /^S01 [^!]+![A-Z]+\d+：/.test(l))).toBe(true);
  });

  it('不覆盖已有的文件，除非加 --force', async () => {
    const path = join(work, 'filled.xlsx');
    writeFileSync(path, 'officer work');
    const io = fakeIo(work);
    expect(await execute(['init', '-o', 'filled.xlsx', '--year', '2025'], io)).toBe(2);
    expect(io.err.join('')).toContain('文件已存在：filled.xlsx（为免覆盖已填写的内容，如确需覆盖请加 --force）');
    expect(readFileSync(path, 'utf8')).toBe('officer work');
    expect(await execute(['init', '-o', 'filled.xlsx', '--year', '2025', '--force'], fakeIo(work))).toBe(0);
  });

  it('用法错误：年份、范围、输出扩展名', async () => {
    for (const [argv, message] of [
      [['init', '--year', '25'], '--year 必须是 2000–2100 之间的四位年份，实际为“25”'],
      [['init', '--scope', '全部'], '--scope 必须是“部门”或“单位”，实际为“全部”'],
      [['init', '-o', 'a.xls'], '填报表必须保存为 .xlsx 文件'],
    ] as const) {
      const io = fakeIo(work);
      expect(await execute([...argv], io)).toBe(2);
      expect(io.err.join('')).toContain(message);
    }
  });

  it('--from 有错误的 JSON：退出码 1，列出位置', async () => {
    writeFileSync(join(work, 'bad.json'), JSON.stringify({ year: 2025, scope: '部门' }));
    const io = fakeIo(work);
    expect(await initCommand([], { from: 'bad.json', output: 'bad.xlsx' }, io)).toBe(1);
    expect(io.err.join('')).toMatch(/^--from 的文件有错误，无法预填（改正后重试）：\n {2}S01 department：/);
    expect(existsSync(join(work, 'bad.xlsx'))).toBe(false);
  });

  it('--from 去年的填报表：年度加一，去年计算出的数成为上年数，金额和原因清空', async () => {
    const example = 'examples/004-xigong-2023/input.json';
    const last = budgetFromJson(repoFile(example));
    expect(await initCommand([], { from: join(process.cwd(), example), output: 'last.xlsx' }, fakeIo(work))).toBe(0);
    const io = fakeIo(work);
    expect(await initCommand([], { from: 'last.xlsx', output: 'next.xlsx' }, io)).toBe(0);
    expect(io.out.join('')).toContain('已由 last.xlsx（2023年）滚动生成 2024年填报表。');
    const read = await readXlsx(readFileSync(join(work, 'next.xlsx')), 'next.xlsx', DEFAULT_LIMITS);
    const data = read.source?.data as { year: number; prior: unknown; reasons: unknown; lineItems: { amount?: string }[] };
    const f = computeFigures(last);
    expect(data.year).toBe(2024);
    expect(data.prior).toEqual({
      total: formatAmount(f.total),
      generalPublic: formatAmount(f.generalPublic.total),
      govFund: '0',
      stateCapital: '0',
      threePublic: { abroad: '0', reception: '0', vehiclePurchase: '0', vehicleOps: '0' },
      operatingFunds: formatAmount(f.operatingFunds),
    });
    expect(data.reasons).toEqual({});
    expect(data.lineItems).toHaveLength(last.lineItems.length);
    expect(data.lineItems.every((i) => i.amount === undefined)).toBe(true);
    const found = lines((await readBack(readFileSync(join(work, 'next.xlsx')))).diagnostics);
    expect(found[0]).toBe('S01 支出明细!K2：缺少必填项“金额”');
    expect(found).toContain('S01 原因说明!B2：缺少必填项“收支总计”');
  });
});
