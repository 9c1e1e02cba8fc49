import type { CaseRecord, Results } from './record.js';
import { spread } from './stats.js';

/** bench/RESULTS.md, rendered from the results of one run (nothing in it is typed by hand). */
export function renderResults(r: Results): string {
  const m = r.machine;
  const loaded = Math.max(...m.loadAvgStart, ...m.loadAvgEnd) > m.cpus * 0.5;
  return [
    '# Benchmark results',
    '',
    `Produced by \`${r.command}\` on ${r.date} (${r.mode} run: ${r.elapsedSeconds} s of measurement, the build before it not counted); raw samples in \`bench/results.json\`.`,
    '',
    `Machine: ${m.cpuModel}, ${m.cpus} CPUs, ${m.totalMemGiB} GiB, Node ${m.node}, ${m.platform}. Load average (1, 5, 15 min) ${m.loadAvgStart.join(', ')} at the start, ${m.loadAvgEnd.join(', ')} at the end.`,
    '',
    loaded
      ? `**These numbers were taken on a loaded shared machine** (load average above half the CPU count: other jobs were running). Absolute times are inflated and noisy; the ratios, whose two sides ran interleaved in the same run, are the figures to compare.`
      : 'The machine was lightly loaded during the run (load average at most half the CPU count).',
    '',
    `Code: commit \`${r.git.commit.slice(0, 12)}\`${r.git.uncommittedFiles.length ? ` plus uncommitted changes in ${r.git.uncommittedFiles.length} files under src/ (built into dist/ as found: ${r.git.uncommittedFiles.slice(0, 8).join(', ')}${r.git.uncommittedFiles.length > 8 ? ', …' : ''})` : ''}. Build: ${r.build}. Peak RSS: ${m.rssFrom}.`,
    '',
    '## Method',
    '',
    '- In process: `bench/warm.ts` calls the library API `generate` from the built `dist/src/api.js` (the code the CLI runs: `src/cli/generate-unit.ts` is this plus writing the files) with `formats: [docx, xlsx]`; no stage is skipped. One cold call and one warm-up, then the timed runs.',
    '- Reference points, interleaved with the seed runs in the same process: the **lower bound** deflates (node:zlib, level 6) and zips the same XML parts of the .docx and .xlsx that `generate` produced, nothing else; the **docxtemplater** fill renders an equivalent template of the same paragraphs and table cells (compile, render, zip).',
    '- Cold: `node dist/bin/yusuan.js …` spawned and timed whole, from spawn to exit; the commands of a group run in rounds (A B C …, each round starting one later), so load falls on both sides of a ratio alike. The bare load is `node --input-type=module -e "await import(\'docx\'); await import(\'exceljs\')"`.',
    '- Batch scaling efficiency = time with `--jobs 1` ÷ (CPUs × time with the default jobs), both interleaved.',
    '',
    '## Cases (median [min–max] over the runs)',
    '',
    '| case | how | runs | time | peak RSS |',
    '| --- | --- | --- | --- | --- |',
    ...r.cases.map(caseRow),
    '',
    '## Time per row (API generate, warm)',
    '',
    '| case | line items | time | µs per item |',
    '| --- | --- | --- | --- |',
    ...r.cases.filter((c) => c.id.startsWith('size-') && !c.id.endsWith('-cold') && c.lineItems).map((c) => `| ${c.label} | ${c.lineItems} | ${spread(c.ms)} | ${((c.ms.median / (c.lineItems ?? 1)) * 1000).toFixed(0)} |`),
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
  ].join('\n');
}

function caseRow(c: CaseRecord): string {
  const rss = c.rssMb ? (c.rssMb.n > 1 ? spread(c.rssMb, 'MB') : `${c.rssMb.median.toFixed(0)} MB`) : '—';
  return `| ${c.label}${c.note ? ` (${c.note})` : ''} | ${c.how} | ${c.ms.n} | ${spread(c.ms)} | ${rss} |`;
}

function side(cases: CaseRecord[], id: string): string {
  const c = cases.find((x) => x.id === id);
  return c ? `${c.label}: ${spread(c.ms)}` : id;
}
