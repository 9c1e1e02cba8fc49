import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../src/model/paths.js';
import { partsOf, zipParts, type Part } from './lower-bound.js';
import { equivalentTemplate, fillTemplate, type TemplateFill } from './references.js';

/**
 * One in-process case, in its own process: `node --import tsx bench/warm.ts <input> <runs> [refs] [force]`. Calls the library
 * API `generate` of the built package (dist/src/api.js, the code the CLI runs) with docx+xlsx, once cold, then up to ten
 * untimed calls to warm up (at most 3 s of them), then `runs` rounds; with `refs`, each round also times the lower bound and the docxtemplater fill, interleaved
 * (generate, lower bound, docxtemplater, …) so load on the machine falls on all sides alike; with `force`, renders despite
 * errors (as `--force`). Prints one JSON line.
 */
export interface WarmResult {
  coldMs: number;
  generate: number[];
  lowerBound?: number[];
  docxtemplater?: number[];
  peakRssMb: number;
  lineItems: number;
  files: { name: string; bytes: number }[];
}

type Api = typeof import('../src/api.js');

async function main(): Promise<void> {
  const [input, runs = '5', ...flags] = process.argv.slice(2);
  const refs = flags.includes('refs');
  const force = flags.includes('force');
  if (!input) throw new Error('usage: bench/warm.ts <input> <runs> [refs]');
  const api = (await import(pathToFileURL(join(PACKAGE_ROOT, 'dist', 'src', 'api.js')).href)) as Api;
  const once = async () => {
    const start = performance.now();
    const generated = await api.generate(input, { formats: ['docx', 'xlsx'], force });
    const ms = performance.now() - start;
    if (!generated.document || generated.files.length !== 2) throw new Error(`generate failed on ${input}: ${generated.diagnostics.slice(0, 3).map(api.formatDiagnostic).join('; ')}`);
    return { ms, generated };
  };
  const cold = await once();
  const document = cold.generated.document;
  if (!document) throw new Error('no document');
  const parts: Part[][] = refs ? await Promise.all(cold.generated.files.map((f) => partsOf(f.bytes))) : [];
  const fill: TemplateFill | undefined = refs ? equivalentTemplate(document) : undefined;
  // Warm means the steady state a batch worker reaches after its first units: V8 keeps optimising over the first
  // several calls, so up to WARM_UP calls (at most WARM_UP_MS of them) run untimed first, the references alike.
  const warming = performance.now();
  for (let i = 0; i < WARM_UP && (i === 0 || performance.now() - warming < WARM_UP_MS); i++) {
    await once();
    if (fill) {
      parts.forEach((p) => zipParts(p));
      fillTemplate(fill);
    }
  }
  const result: WarmResult = {
    coldMs: cold.ms,
    generate: [],
    ...(refs ? { lowerBound: [], docxtemplater: [] } : {}),
    peakRssMb: 0,
    lineItems: JSON.parse(await readFile(input, 'utf8')).lineItems?.length ?? 0,
    files: cold.generated.files.map((f) => ({ name: f.name, bytes: f.bytes.length })),
  };
  for (let i = 0; i < Number(runs); i++) {
    result.generate.push((await once()).ms);
    if (fill) {
      result.lowerBound?.push(timed(() => parts.forEach((p) => zipParts(p))));
      result.docxtemplater?.push(timed(() => fillTemplate(fill)));
    }
  }
  result.peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Untimed calls before the timed ones, and the most time they may take (a 2,000-project call takes about 2 s). */
const WARM_UP = 10;
const WARM_UP_MS = 3000;

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

await main();
