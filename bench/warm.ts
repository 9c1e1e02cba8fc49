import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../src/model/paths.js';
import { documentTables } from '../src/render/xlsx/tables.js';
import { partsOf, zipParts, type Part } from './lower-bound.js';
import { equivalentTemplate, fillTemplate, type TemplateFill } from './references.js';

/**
 * One in-process case, in its own process: `node --import tsx bench/warm.ts <input> <runs> [refs|bound] [force] [warmup=MS]`.
 * Calls the library API `generate` of the built package (dist/src/api.js, the code the CLI runs) with docx+xlsx, once
 * cold, then up to WARM_UP untimed calls to warm up (at most MS of generate in them, default WARM_UP_MS), then `runs`
 * rounds; with `refs`, each round also times the lower bound and the docxtemplater fill, interleaved (generate, lower
 * bound, docxtemplater, …) so load on the machine falls on all sides alike; with `bound`, the lower bound only; with
 * `force`, renders despite errors (as `--force`). Prints one JSON line.
 */
export interface WarmResult {
  coldMs: number;
  /** Untimed calls made to warm up, and the time generate took in them (the references' not counted). */
  warmUp: { calls: number; ms: number };
  generate: number[];
  /** CPU time of the process (all its threads: V8's GC and compiler threads too) during each timed generate, ms. */
  generateCpu: number[];
  lowerBound?: number[];
  docxtemplater?: number[];
  peakRssMb: number;
  lineItems: number;
  /** Rows of the document's tables, header rows included: the rows the .docx and the .xlsx print. */
  tableRows: number;
  files: { name: string; bytes: number }[];
}

type Api = typeof import('../src/api.js');

async function main(): Promise<void> {
  const [input, runs = '5', ...flags] = process.argv.slice(2);
  const refs = flags.includes('refs');
  const bound = refs || flags.includes('bound');
  const force = flags.includes('force');
  const warmUpMs = Number(flags.find((f) => f.startsWith('warmup='))?.slice(7) ?? WARM_UP_MS);
  if (!input) throw new Error('usage: bench/warm.ts <input> <runs> [refs|bound] [force] [warmup=MS]');
  const api = (await import(pathToFileURL(join(PACKAGE_ROOT, 'dist', 'src', 'api.js')).href)) as Api;
  const once = async () => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const generated = await api.generate(input, { formats: ['docx', 'xlsx'], force });
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    if (!generated.document || generated.files.length !== 2) throw new Error(`generate failed on ${input}: ${generated.diagnostics.slice(0, 3).map(api.formatDiagnostic).join('; ')}`);
    return { ms, cpuMs, generated };
  };
  const cold = await once();
  const document = cold.generated.document;
  if (!document) throw new Error('no document');
  const parts: Part[][] = bound ? await Promise.all(cold.generated.files.map((f) => partsOf(f.bytes))) : [];
  const fill: TemplateFill | undefined = refs ? equivalentTemplate(document) : undefined;
  // Warm means the steady state a batch worker reaches after its first units: V8 keeps optimising, and the heap keeps
  // growing to its working size, over the first tens of calls, so up to WARM_UP calls (at most warmUpMs of them, in
  // generate: the references' own time is not counted, so they do not cut generate's warm-up short) run untimed
  // first, the references alike.
  let generating = 0;
  let calls = 0;
  for (; calls < WARM_UP && (calls === 0 || generating < warmUpMs); calls++) {
    generating += (await once()).ms;
    parts.forEach((p) => zipParts(p));
    if (fill) fillTemplate(fill);
  }
  const result: WarmResult = {
    coldMs: cold.ms,
    warmUp: { calls, ms: generating },
    generate: [],
    generateCpu: [],
    ...(bound ? { lowerBound: [] } : {}),
    ...(refs ? { docxtemplater: [] } : {}),
    peakRssMb: 0,
    lineItems: JSON.parse(await readFile(input, 'utf8')).lineItems?.length ?? 0,
    tableRows: documentTables(document).reduce((n, table) => n + table.rows.length, 0),
    files: cold.generated.files.map((f) => ({ name: f.name, bytes: f.bytes.length })),
  };
  for (let i = 0; i < Number(runs); i++) {
    const timedCall = await once();
    result.generate.push(timedCall.ms);
    result.generateCpu.push(timedCall.cpuMs);
    if (bound) result.lowerBound?.push(timed(() => parts.forEach((p) => zipParts(p))));
    if (fill) result.docxtemplater?.push(timed(() => fillTemplate(fill)));
  }
  result.peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/**
 * Untimed calls before the timed ones, and the most time they may take by default (a 2,000-project call takes about
 * 1 s). The seed unit's time per call settles only after 50 to 80 calls: over 165 calls in one process, the means of
 * calls 16–45, 46–75, 76–105 and 106–165 were 34, 31, 29 and 27–30 ms (V8's later optimisations, and the old
 * generation growing to its working size: with --initial-heap-size=512, calls 16–45 averaged 31 ms, not 34). Ten
 * calls, as before, measured a process still settling (seed ÷ lower bound 4.2–4.3× there, 3.4–3.6× after 100 calls).
 */
const WARM_UP = 100;
const WARM_UP_MS = 10_000;

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

await main();
