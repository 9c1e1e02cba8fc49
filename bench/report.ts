import type { CaseRecord, Results } from './record.js';
import { spread } from './stats.js';

/** Above this line RESULTS.md is rendered from results.json; below it, earlier profile notes are kept as they are. */
export const KEPT_MARK = '<!-- below: kept from earlier runs, not re-measured -->';

/** The kept notes of the current RESULTS.md (src/ comments cite its profile findings). */
export function keptNotes(current: string): string {
  const marked = current.indexOf(KEPT_MARK);
  if (marked >= 0) return current.slice(marked + KEPT_MARK.length).trim();
  const start = current.indexOf('## What the profiles found');
  if (start < 0) return '';
  const end = current.indexOf('\n## Notes', start);
  const notes = current.slice(start, end < 0 ? undefined : end).trim();
  return notes.replace('## What the profiles found, and the fixes (all outputs unchanged unless noted)', '## Earlier profile findings and fixes (recorded 2026-11-25; their figures were not reproduced, see issue 16; outputs unchanged unless noted)');
}

/** bench/RESULTS.md, rendered from the results of one run (nothing above the kept notes is typed by hand). */
export function renderResults(r: Results, kept = ''): string {
  const m = r.machine;
  // The 1-minute load when the run began says whether other jobs were running; the load at the end is mostly the
  // run's own parallel batches (two workers on two CPUs make a load of 2 or more by themselves).
  const loaded = (m.loadAvgStart[0] ?? 0) > m.cpus * 0.5;
  return [
    '# Benchmark results',
    '',
    `Produced by \`${r.command}\` on ${r.date} (${r.mode} run: ${r.elapsedSeconds} s of measurement, the build before it not counted); raw samples in \`bench/results.json\`.`,
    '',
    `Machine: ${m.cpuModel}, ${m.cpus} CPUs, ${m.totalMemGiB} GiB, Node ${m.node}, ${m.platform}. Load average (1, 5, 15 min) ${m.loadAvgStart.join(', ')} at the start, ${m.loadAvgEnd.join(', ')} at the end.`,
    '',
    loaded
      ? `**These numbers were taken on a loaded shared machine** (1-minute load average above half the CPU count when the run began: other jobs were running). Absolute times are inflated and noisy; the ratios, whose two sides ran interleaved in the same run, are the figures to compare.`
      : 'The machine was lightly loaded when the run began (1-minute load average at most half the CPU count); the load at the end is the run\'s own parallel batches.',
    '',
    `Code: commit \`${r.git.commit.slice(0, 12)}\`${r.git.uncommittedFiles.length ? ` plus uncommitted changes (other work in progress) in ${r.git.uncommittedFiles.length} files of src/, bin/, templates/, data/ and the package files (built into dist/ as found: ${r.git.uncommittedFiles.slice(0, 8).join(', ')}${r.git.uncommittedFiles.length > 8 ? ', …' : ''})` : ''}. Build: ${r.build}. Peak RSS: ${m.rssFrom}.`,
    '',
    '## Method',
    '',
    '- In process: `bench/warm.ts` calls the library API `generate` from the built `dist/src/api.js` (the code the CLI runs: `src/cli/generate-unit.ts` is this plus writing the files) with `formats: [docx, xlsx]`; no stage is skipped. One cold call (reported as such), then up to 100 untimed calls (at most 10 s of generate in them, 3 s with `--quick`; the reference points warmed alike, their time not counted; each case notes its warm-up) so that "warm" is the steady state a batch worker reaches after its first units (the seed unit\'s time per call settles only after 50 to 80 calls: see bench/warm.ts), then the timed runs: the seed unit and the 1× size 20 of them (their calls are bimodal, three in four with a scavenge), the other cases the run\'s count. Their CPU time is the process\'s (all its threads) during each timed call: above the wall time where V8\'s garbage collector and compiler threads work on the second core beside the call. The seed case runs a second time pinned to one CPU with `taskset`, its lower bound beside it (reported, not judged).',
    '- Reference points, interleaved with the seed runs in the same process: the **lower bound** deflates (node:zlib, level 6) and zips the same XML parts of the .docx and .xlsx that `generate` produced, nothing else (measured also at each size of the time-per-row cases, interleaved with their `generate`); the **docxtemplater** fill renders an equivalent template of the same paragraphs and table cells (compile, render, zip).',
    '- Cold: `node dist/bin/yusuan.js …` spawned and timed whole, from spawn to exit; the commands of a group run in rounds (A B C …, each round starting one later), so load falls on both sides of a ratio alike. The bare load is `node --input-type=module -e "await import(\'docx\'); await import(\'exceljs\')"`.',
    '- The issue\'s own reference, "today\'s generate cold", is the CLI of the commit it was filed against (`fd8bf5d^`): the full run builds it once from git (`git archive`, `npm ci`, `tsc`, into the temp folder) and spawns it on its own seed 000 input in the same rounds as ours (`--quick` uses it only when an earlier full run built it).',
    '- Batch scaling efficiency = time on one core ÷ (CPUs × time with the default jobs), interleaved, both the CLI as shipped. A batch runs in worker processes with one job too, so the one-core side (`--jobs 1` pinned to one CPU with `taskset`) is the same code with the same V8 settings as each worker of the default. The goal is judged at 1,000 units, as the issue states it; the 200-unit batch (with `--jobs 1` unpinned beside it) is reported too, each worker\'s start-up and warm-up weighing five times as much there. CPU time is user + system of the whole process tree, from GNU time.',
    '',
    '## Cases (median [min–max] over the runs)',
    '',
    '| case | how | runs | time | CPU time | peak RSS |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.cases.map(caseRow),
    '',
    '## Time per row (API generate, warm)',
    '',
    '| case | table rows | line items | time | µs per row | µs per item |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.cases.filter((c) => c.id.startsWith('size-') && !c.id.endsWith('-cold') && c.lineItems).map((c) => `| ${c.label} | ${c.tableRows ?? '—'} | ${c.lineItems} | ${spread(c.ms)} | ${c.tableRows ? ((c.ms.median / c.tableRows) * 1000).toFixed(0) : '—'} | ${((c.ms.median / (c.lineItems ?? 1)) * 1000).toFixed(0)} |`),
    '',
    'A row is a row of the document\'s tables, header rows included: the rows the .docx and the .xlsx print (the input\'s line items are summed into them). Each size\'s lower bound ran in the same process as its `generate`, interleaved with it.',
    '',
    '## Ratios (medians; both sides measured interleaved in this run)',
    '',
    '| ratio | numerator | denominator | value |',
    '| --- | --- | --- | --- |',
    ...r.ratios.map((x) => `| ${x.label} | ${side(r.cases, x.numerator)} | ${side(r.cases, x.denominator)} | ${x.value.toFixed(2)}× |`),
    '',
    '## Goals of issue 16, as measured in this run',
    '',
    '| goal | measured | status |',
    '| --- | --- | --- |',
    ...r.goals.map((g) => `| ${g.goal} | ${g.measured} | ${g.status} |`),
    '',
    ...(r.skipped.length ? ['## Not measured', '', ...r.skipped.map((s) => `- ${s}`), ''] : []),
    ...(kept ? [KEPT_MARK, '', kept, ''] : []),
  ].join('\n');
}

function caseRow(c: CaseRecord): string {
  const rss = c.rssMb ? (c.rssMb.n > 1 ? spread(c.rssMb, 'MB') : `${c.rssMb.median.toFixed(0)} MB`) : '—';
  const cpu = c.cpuS ? spread(c.cpuS, 's', c.cpuS.median < 10 ? 2 : 1) : c.cpuMs ? spread(c.cpuMs) : '—';
  return `| ${c.label}${c.note ? ` (${c.note})` : ''} | ${c.how} | ${c.ms.n} | ${spread(c.ms)} | ${cpu} | ${rss} |`;
}

function side(cases: CaseRecord[], id: string): string {
  const c = cases.find((x) => x.id === id);
  return c ? `${c.label}: ${spread(c.ms)}` : id;
}
