import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/input/limits.js';
import { extraCells, unusedSharedString } from './heavy-workbooks.js';
import { validWorkbook } from './workbooks.js';

const run = promisify(execFile);
const MEASURE = join(import.meta.dirname, 'measure.ts');
/** Peak resident memory any accepted workbook may cost (issue 15 item 17), measured in a child process. */
const PEAK_MB = 500;

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'yusuan-cost-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** `yusuan validate <file>` in a child process: exit code, findings, peak RSS (MB) and wall time (s). */
async function validateInChild(name: string, bytes: Uint8Array): Promise<{ code: number; stdout: string; peakMb: number; seconds: number }> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  const started = Date.now();
  // From the repository, where `--import tsx` resolves; the file is named by its absolute path.
  const { stdout } = await run(process.execPath, ['--import', 'tsx', MEASURE, 'validate', path], { cwd: join(import.meta.dirname, '..', '..'), maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(stdout) as { code: number; stdout: string; peakMb: number };
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

describe('坏输入：每个上限之内的工作簿，读取的时间和内存都有界（子进程中测峰值内存）', () => {
  it('12 MB 的填报表，支出明细在模板列以外多出 10 万行 × 60 列：只读模板的列，照常校验', async () => {
    const bytes = await extraCells(await validWorkbook(), 100_000, 60, 41);
    const result = await validateInChild('多出的列.xlsx', bytes);
    expect({ code: result.code, findings: result.stdout.split('\n')[0] }).toEqual({ code: 0, findings: '未发现问题。' });
    expect(result.peakMb).toBeLessThanOrEqual(PEAK_MB);
    expect(result.seconds).toBeLessThan(30);
  }, 120_000);

  it('没有被任何单元格使用的 150 MB 共享文本：只扫描，不保留，照常校验', async () => {
    const bytes = unusedSharedString(await validWorkbook(), 150);
    const result = await validateInChild('共享文本.xlsx', bytes);
    expect(result.code, result.stdout).toBe(0);
    expect(result.peakMb).toBeLessThanOrEqual(PEAK_MB);
  }, 120_000);

  it('模板列之内多出 10 万行 × 60 列：超过单元格上限，指出超限的单元格（S06），不再往下读', async () => {
    const bytes = await extraCells(await validWorkbook(), 100_000, 60, 1);
    const result = await validateInChild('多出的行.xlsx', bytes);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`S06 支出明细![A-Z]+\\d+：工作簿中有内容的单元格超过上限 ${DEFAULT_LIMITS.maxCells} 个`));
    expect(result.stdout.match(/S06/g)).toHaveLength(1);
    expect(result.peakMb).toBeLessThanOrEqual(PEAK_MB);
  }, 120_000);

  it('接近单元格上限而被接受的工作簿（模板列旁 2.9 万行 × 20 列）：峰值内存不超过 500 MB', async () => {
    const rows = Math.floor((DEFAULT_LIMITS.maxCells * 0.97) / 20);
    const bytes = await extraCells(await validWorkbook(), rows, 20, 15);
    const result = await validateInChild('接近上限.xlsx', bytes);
    expect(result.code, result.stdout).toBe(0);
    expect(result.peakMb).toBeLessThanOrEqual(PEAK_MB);
  }, 120_000);
});
