import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/model/paths.js';
import { judge } from './goals.js';
import { buildIfStale, machineFacts, gitFacts, sofficePath } from './machine.js';
import type { CaseRecord, Results } from './record.js';
import { ISSUE_BASE, referenceBuild } from './reference.js';
import { keptNotes, renderResults } from './report.js';
import { batchFolder, cli, coldRounds, oneCore, warmCase, wrote } from './groups.js';
import type { WarmResult } from './warm.js';
import { HAS_GNU_TIME } from './spawn.js';
import { summarize } from './stats.js';
import { syntheticInput, type SyntheticShape } from './synthetic.js';
import { exampleInputPath } from './synthetic-texts.js';

/**
 * `npm run bench [-- --quick] [-- --runs=N] [-- --no-build]`: measures what the CLI does (the library API `generate`
 * in process, the built CLI spawned cold), each case at least 5 times, both sides of every ratio interleaved in this
 * run; writes bench/results.json and bench/RESULTS.md. `--quick`: seed warm, CLI cold, 1×/10×, a batch of 20.
 */
/** Units in the --quick batch: enough for both sides of the scaling ratio, few enough for the 60 s budget. */
const QUICK_BATCH = 8;

/**
 * Timed calls of the seed unit and of the 1× size: their calls are bimodal (about three in four include a scavenge
 * of the young generation, 2–4 ms), so they take more than `runs` for a stable median; at about 0.1 s a round, 20
 * rounds cost 2 s. The larger sizes' calls each hold many scavenges, and take `runs`.
 */
const SEED_RUNS = 20;

/** Warm-up budget of an in-process case with --quick (the full run uses warm.ts's default), to stay within 60 s. */
const QUICK_WARM_UP_MS = 3000;

/** Units in the PDF batch: several documents per worker, so LibreOffice's start is amortised as in a real batch. */
const PDF_BATCH = 12;

const SIZES: { id: string; label: string; shape: SyntheticShape; quick?: boolean; cold?: boolean; small?: boolean }[] = [
  { id: 'size-1x', label: '1× (1 unit, 40 projects, 400 items)', shape: { units: 1, projects: 40, lineItems: 400 }, quick: true, small: true },
  { id: 'size-10x', label: '10× (10 units, 400 projects, 4,000 items)', shape: { units: 10, projects: 400, lineItems: 4000 } },
  { id: 'size-50x', label: '50× (50 units, 2,000 projects, 20,000 items)', shape: { units: 50, projects: 2000, lineItems: 20000 }, cold: true },
];


async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  const runs = Math.max(5, Number(argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5));
  const build = argv.includes('--no-build') ? 'not built (--no-build): dist/ as found' : buildIfStale();
  const started = performance.now();
  const loadAvgStart = machineFacts().loadAvgStart;
  const work = await mkdtemp(join(tmpdir(), 'yusuan-bench-'));
  const cases: CaseRecord[] = [];
  const skipped: string[] = [];
  try {
    const seed = exampleInputPath('000-luoyang-2022');
    const say = (line: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${line}\n`);

    const warmUp = quick ? ([`warmup=${QUICK_WARM_UP_MS}`] as const) : [];
    const seedRuns = Math.max(runs, SEED_RUNS);
    say(`seed unit warm, with the reference points interleaved (${seedRuns} runs)…`);
    const warm = await warmCase(seed, seedRuns, ['refs', ...warmUp]);
    cases.push(warmRecord('seed-warm', 'seed 000 docx+xlsx, API generate, warm', warm));
    cases.push({ id: 'lower-bound', label: 'lower bound: the same XML parts deflated and zipped', how: 'in process, same process', ms: summarize(warm.lowerBound ?? []) });
    cases.push({ id: 'docxtemplater', label: 'docxtemplater fill of the same paragraphs and tables', how: 'in process, same process', ms: summarize(warm.docxtemplater ?? []) });
    // The same case pinned to one CPU, reported beside it (the goal is judged as Node runs on this machine): on two
    // cores V8's garbage collector and compiler threads work on the second core beside the call (its CPU time above
    // is more than its wall time); on one they take turns with it.
    const pin = oneCore();
    if (pin && !quick) {
      say(`seed unit warm on one core, with the lower bound interleaved (${seedRuns} runs)…`);
      const one = await warmCase(seed, seedRuns, ['bound'], pin);
      cases.push(warmRecord('seed-warm-one-core', `seed 000 docx+xlsx, API generate, warm, on one core (${pin.join(' ')})`, one));
      cases.push({ id: 'lower-bound-one-core', label: 'lower bound, on one core, same process', how: 'in process, same process', ms: summarize(one.lowerBound ?? []) });
    }

    // The issue's "today's generate cold": its base commit built from git, its CLI spawned in the same rounds as ours.
    const reference = await referenceBuild(ISSUE_BASE, say, { cachedOnly: quick });
    if ('skipped' in reference) skipped.push(`generate cold as of the issue (${ISSUE_BASE}): ${reference.skipped}.`);
    say(`CLI cold, interleaved with bare node and the bare load of docx + exceljs (${runs} rounds)…`);
    cases.push(
      ...(await coldRounds(
        [
          ...('bin' in reference ? [{ id: 'generate-cold-issue-base', label: `yusuan generate seed 000 --format docx,xlsx as of the issue (${ISSUE_BASE} = ${reference.commit.slice(0, 12)})`, args: [reference.bin, 'generate', reference.seed, '-o', '{out}', '--format', 'docx,xlsx'], check: wrote(2) }] : []),
          { id: 'node-bare', label: 'node -e 0', args: ['-e', '0'] },
          { id: 'bare-load', label: 'bare load of docx + exceljs', args: ['--input-type=module', '-e', "await import('docx'); await import('exceljs');"] },
          { ...cli('help', 'yusuan --help', ['--help']) },
          cli('version', 'yusuan --version', ['--version']),
          cli('validate-cold', 'yusuan validate seed 000', ['validate', seed]),
          cli('generate-cold', 'yusuan generate seed 000 --format docx,xlsx', ['generate', seed, '-o', '{out}', '--format', 'docx,xlsx'], wrote(2)),
        ],
        runs,
        work,
      )),
    );

    for (const size of SIZES.filter((s) => !quick || s.quick)) {
      const sizeRuns = size.small ? seedRuns : runs;
      say(`${size.label}: API generate warm, the lower bound interleaved (${sizeRuns} runs)…`);
      const input = join(work, `${size.id}.json`);
      await writeFile(input, JSON.stringify(syntheticInput(size.shape)));
      const result = await warmCase(input, sizeRuns, ['bound', ...warmUp]);
      cases.push(warmRecord(size.id, `${size.label}, API generate, warm`, result));
      // The lower bound at each size, interleaved with it: how flat the time per row of deflating and zipping the same
      // parts is, the floor under any writer's.
      cases.push({ id: `${size.id}-lower-bound`, label: `${size.label}, lower bound: the same XML parts deflated and zipped`, how: 'in process, same process', ms: summarize(result.lowerBound ?? []), lineItems: result.lineItems, tableRows: result.tableRows });
      if (size.cold) {
        say(`${size.label}: CLI cold (${runs} runs)…`);
        const [record] = await coldRounds([cli(`${size.id}-cold`, `yusuan generate ${size.label}`, ['generate', input, '-o', '{out}', '--format', 'docx,xlsx'], wrote(2))], runs, work);
        if (record) cases.push({ ...record, lineItems: result.lineItems, tableRows: result.tableRows });
      }
    }

    // Scaling efficiency is the time on one core over the cores times the time on all of them, both the CLI as shipped:
    // a batch runs in worker processes with one job too (src/cli/batch.ts), so one core's side is the same code with
    // the same V8 settings as each of the workers. The one-core side is `--jobs 1` pinned to one CPU; unpinned,
    // `--jobs 1` is reported beside it (it is one worker, but the main process and the system take the other core).
    // The goal is judged at 1,000 units, as the issue states it; the 200-unit batch is reported beside it, with each
    // worker's start-up and warm-up (about 1.5 s, paid once per worker) weighing five times as much.
    if (!pin) skipped.push('batch on one core: taskset (util-linux) is not available, so scaling efficiency uses `--jobs 1` unpinned, which runs on more than one core.');
    for (const units of quick ? [QUICK_BATCH] : [200, 1000]) {
      const thousand = units === 1000;
      say(`batch of ${units}: on one core${thousand ? '' : ', --jobs 1'} and the default, interleaved (${runs} rounds)…`);
      const dir = await batchFolder(work, units);
      const out = ['-o', '{out}', '--format', 'docx,xlsx'];
      const jobs1 = ['generate', dir, ...out, '--jobs', '1'];
      cases.push(
        ...(await coldRounds(
          [
            cli(`batch-${units}`, `yusuan generate <${units} units>`, ['generate', dir, ...out], wrote(2 * units)),
            ...(thousand && pin ? [] : [cli(`batch-${units}-jobs1`, `yusuan generate <${units} units> --jobs 1`, jobs1, wrote(2 * units))]),
            ...(pin ? [{ ...cli(`batch-${units}-one-core`, `${pin.join(' ')} yusuan generate <${units} units> --jobs 1 (one core)`, jobs1, wrote(2 * units)), prefix: pin }] : []),
          ],
          runs,
          work,
        )),
      );
    }

    const soffice = sofficePath();
    if (quick) skipped.push('PDF per document in a batch: not in --quick.');
    else if (!soffice) skipped.push('PDF per document in a batch: skipped, soffice (LibreOffice) is not installed (scripts/install-pdf-tools.sh, as root).');
    else {
      say(`PDF: a batch of ${PDF_BATCH} units, ${runs} runs…`);
      const dir = await batchFolder(work, PDF_BATCH);
      const [record] = await coldRounds([cli('pdf-batch', `yusuan generate <${PDF_BATCH} units> --format pdf`, ['generate', dir, '-o', '{out}', '--format', 'pdf'], wrote(PDF_BATCH))], runs, work);
      if (record) cases.push({ ...record, units: PDF_BATCH, note: `${soffice}; one LibreOffice per worker; per document = median ÷ ${PDF_BATCH}` });
    }

    const elapsedSeconds = Math.round((performance.now() - started) / 1000);
    const { ratios, goals } = judge(cases, quick, elapsedSeconds);
    const results: Results = {
      command: `npm run bench --${argv.length ? ` ${argv.join(' ')}` : ''}`.replace(/ --$/, ''),
      date: new Date().toISOString(),
      mode: quick ? 'quick' : 'full',
      elapsedSeconds,
      git: gitFacts(),
      machine: { ...machineFacts(), loadAvgStart, rssFrom: HAS_GNU_TIME ? '/usr/bin/time -f %M (children); process.resourceUsage().maxRSS (in process)' : 'process.resourceUsage().maxRSS only (no /usr/bin/time)' },
      build,
      cases,
      ratios,
      goals,
      skipped,
    };
    await writeFile(join(PACKAGE_ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const path = join(PACKAGE_ROOT, 'bench', 'RESULTS.md');
    const markdown = renderResults(results, keptNotes(await readFile(path, 'utf8').catch(() => '')));
    await writeFile(path, markdown);
    process.stdout.write(markdown);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** An in-process generate case's record: its timed calls, their CPU time, its peak RSS, its cold first call and warm-up. */
function warmRecord(id: string, label: string, result: WarmResult): CaseRecord {
  const note = `cold first call ${result.coldMs.toFixed(0)} ms; warm-up ${result.warmUp.calls} calls, ${(result.warmUp.ms / 1000).toFixed(1)} s`;
  return { id, label, how: 'in process', ms: summarize(result.generate), cpuMs: summarize(result.generateCpu), rssMb: summarize([result.peakRssMb]), lineItems: result.lineItems, tableRows: result.tableRows, note };
}

await main();
