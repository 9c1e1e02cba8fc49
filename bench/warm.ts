import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../src/model/paths.js';
import { partsOf, zipParts, type Part } from './lower-bound.js';
import { equivalentTemplate, fillTemplate, type TemplateFill } from './references.js';

/**
 * One in-process case, in its own process: `node --import tsx bench/warm.ts <input> <runs> [refs] [force]`. Calls the library
 * API `generate` of the built package (dist/src/api.js, the code the CLI runs) with docx+xlsx, once cold and once to warm
 * up, then `runs` rounds; with `refs`, each round also times the lower bound and the docxtemplater fill, interleaved
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
  await once();
  const document = cold.generated.document;
  if (!document) throw new Error('no document');
  const parts: Part[][] = refs ? await Promise.all(cold.generated.files.map((f) => partsOf(f.bytes))) : [];
  const fill: TemplateFill | undefined = refs ? equivalentTemplate(document) : undefined;
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

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

await main();
