import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/model/paths.js';
import type { CaseResult } from './case.js';
import { cliCold, runCaseProcess, type CliRun } from './cli.js';
import { caseTable, inProcessTotal, machineFacts, perThousand, verdictTable, type Measured, type Verdict } from './report.js';
import { syntheticInput, type SyntheticShape } from './synthetic.js';
import { exampleInputPath } from './synthetic-texts.js';

/**
 * `npm run bench [-- --write] [-- --quick] [-- --only=seed,10x]`: builds dist/, measures every case in its own process, runs the
 * CLI cold, prints the tables with targets and PASS/FAIL; `--write` records them in bench/RESULTS.md.
 */
interface CaseDef {
  id: string;
  label: string;
  shape?: SyntheticShape;
  iterations: number;
  cliRuns: number;
}

const CASES: CaseDef[] = [
  { id: 'seed', label: '种子 000（E2022）', iterations: 20, cliRuns: 5 },
  { id: 'synthetic-1x', label: '合成 1×（E2024）', shape: { units: 1, projects: 36, lineItems: 54 }, iterations: 20, cliRuns: 3 },
  { id: '10x', label: '合成 10×', shape: { units: 10, projects: 360, lineItems: 540 }, iterations: 10, cliRuns: 3 },
  { id: 'large-8', label: '大部门 ⅛', shape: { units: 7, projects: 250, lineItems: 2500 }, iterations: 5, cliRuns: 1 },
  { id: 'large-4', label: '大部门 ¼', shape: { units: 13, projects: 500, lineItems: 5000 }, iterations: 3, cliRuns: 1 },
  { id: 'large-2', label: '大部门 ½', shape: { units: 25, projects: 1000, lineItems: 10000 }, iterations: 2, cliRuns: 1 },
  { id: 'large', label: '大部门（50/2000/20000）', shape: { units: 50, projects: 2000, lineItems: 20000 }, iterations: 2, cliRuns: 2 },
];
const LADDER = ['large-8', 'large-4', 'large-2', 'large'];
const BATCH_UNITS = 1000;

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const quick = args.has('--quick');
  if (!args.has('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: PACKAGE_ROOT, stdio: 'inherit' });
  const work = await mkdtemp(join(tmpdir(), 'yusuan-bench-'));
  try {
    const measured: Measured[] = [];
    const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
    for (const def of CASES.filter((c) => !only || only.includes(c.id))) {
      const input = await caseInput(def, work);
      const result = await runCaseProcess<CaseResult>([input, String(quick ? 1 : def.iterations)]);
      const cli = await medianCli(input, quick ? 1 : def.cliRuns);
      measured.push({ id: def.id, label: def.label, result, ...(cli ? { cli } : {}) });
      process.stderr.write(`${def.label}: total ${inProcessTotal(result).toFixed(0)} ms, CLI ${cli?.ms.toFixed(0)} ms\n`);
    }
    if (only) {
      process.stdout.write(`${caseTable(measured)}\n`);
      return;
    }
    const batch = await batchRun(work, quick ? 100 : BATCH_UNITS);
    const verdicts = judge(measured, batch);
    const report = render(measured, verdicts, batch);
    process.stdout.write(`${report}\n`);
    if (args.has('--write')) await record(report);
    process.exitCode = verdicts.every((v) => v.pass) ? 0 : 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function caseInput(def: CaseDef, work: string): Promise<string> {
  if (!def.shape) return exampleInputPath('000-luoyang-2022');
  const path = join(work, `${def.id}.json`);
  await writeFile(path, JSON.stringify(syntheticInput(def.shape)));
  return path;
}

async function medianCli(input: string, runs: number): Promise<CliRun | undefined> {
  const all: CliRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await cliCold([input]));
  const failed = all.find((r) => r.code !== 0 || r.files !== 2);
  if (failed) throw new Error(`CLI failed on ${input} (exit ${failed.code}, ${failed.files} files):\n${failed.stderr.slice(0, 2000)}`);
  return all.sort((a, b) => a.ms - b.ms)[Math.floor(all.length / 2)];
}

/** 1,000 seed-size units (copies of example 000) through `yusuan generate <dir>` (worker threads). */
async function batchRun(work: string, units: number): Promise<CliRun & { units: number }> {
  const dir = join(work, 'batch');
  await mkdir(dir);
  const seed = await readFile(exampleInputPath('000-luoyang-2022'));
  for (let i = 1; i <= units; i++) await writeFile(join(dir, `unit-${String(i).padStart(4, '0')}.json`), seed);
  const run = await cliCold([dir]);
  if (run.code !== 0 || run.files !== 2 * units) throw new Error(`batch failed (exit ${run.code}, ${run.files} files)`);
  return { ...run, units };
}

function judge(measured: Measured[], batch: CliRun & { units: number }): Verdict[] {
  const get = (id: string) => {
    const found = measured.find((m) => m.id === id);
    if (!found) throw new Error(`no case ${id}`);
    return found;
  };
  const seed = get('seed');
  const large = get('large');
  const ladder = LADDER.map((id) => perThousand(get(id).result));
  const spread = Math.max(...ladder) / Math.min(...ladder);
  return [
    { target: '种子：docx + xlsx 进程内（预热）', limit: '≤ 100 ms', measured: `${(seed.result.warm.docx + seed.result.warm.xlsx).toFixed(1)} ms`, pass: seed.result.warm.docx + seed.result.warm.xlsx <= 100 },
    { target: '种子：CLI 冷启动端到端', limit: '≤ 1.0 s', measured: `${((seed.cli?.ms ?? Infinity) / 1000).toFixed(2)} s`, pass: (seed.cli?.ms ?? Infinity) <= 1000 },
    { target: '大部门 50 单位/2,000 项目：CLI 端到端', limit: '≤ 5 s', measured: `${((large.cli?.ms ?? Infinity) / 1000).toFixed(2)} s`, pass: (large.cli?.ms ?? Infinity) <= 5000 },
    { target: '大部门：CLI 峰值内存', limit: '≤ 600 MB', measured: `${(large.cli?.peakRssMb ?? Infinity).toFixed(0)} MB`, pass: (large.cli?.peakRssMb ?? Infinity) <= 600 },
    { target: `线性：每千条明细耗时（${LADDER.join('、')}）最大/最小`, limit: '≤ 1.5', measured: `${spread.toFixed(2)}（${ladder.map((v) => v.toFixed(0)).join(' / ')} ms）`, pass: spread <= 1.5 },
    { target: `批量 ${batch.units} 个种子规模单位（CLI，工作线程）`, limit: `≤ ${(60 * batch.units) / BATCH_UNITS} s`, measured: `${(batch.ms / 1000).toFixed(1)} s，${batch.peakRssMb.toFixed(0)} MB`, pass: batch.ms <= 60_000 * (batch.units / BATCH_UNITS) },
  ];
}

function render(measured: Measured[], verdicts: Verdict[], batch: CliRun & { units: number }): string {
  return [
    `Machine: ${machineFacts()}`,
    '',
    'Times are warm medians in one process per case (ms); CLI cold = spawn `node dist/bin/yusuan.js generate <input> -o <tmp> --format docx,xlsx` to exit (median).',
    'peak RSS = the process high-water mark by the end of the cold pass. docx÷dt = our docx writer time ÷ a docxtemplater fill of an equivalent template; docx÷jszip = ÷ zipping our own word/document.xml alone (lower bound).',
    '',
    caseTable(measured),
    '',
    `Batch: ${batch.units} units in ${(batch.ms / 1000).toFixed(1)} s (${(batch.ms / batch.units).toFixed(1)} ms/unit), peak RSS ${batch.peakRssMb.toFixed(0)} MB.`,
    '',
    verdictTable(verdicts),
  ].join('\n');
}

async function record(report: string): Promise<void> {
  const path = join(PACKAGE_ROOT, 'bench', 'RESULTS.md');
  const current = await readFile(path, 'utf8').catch(() => '# Benchmark results\n\n<!-- bench:begin -->\n<!-- bench:end -->\n');
  const stamped = `Recorded ${new Date().toISOString().slice(0, 10)}.\n\n${report}`;
  await writeFile(path, current.replace(/<!-- bench:begin -->[\s\S]*<!-- bench:end -->/, `<!-- bench:begin -->\n${stamped}\n<!-- bench:end -->`));
}

await main();
