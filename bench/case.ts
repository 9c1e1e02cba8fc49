import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildStage, docxStage, validateStage, xlsxStage } from './stages.js';
import { documentXmlOf, equivalentTemplate, fillTemplate, zipDocumentXml } from './references.js';

/** One case, in its own process: a cold pass, then warm passes; prints one JSON line (bench/run.ts reads it). */
export interface CaseResult {
  /** Median warm wall time per stage, ms. */
  warm: Record<StageName, number>;
  /** First (cold) pass wall time per stage, ms. */
  cold: Record<StageName, number>;
  /** Process peak RSS (MB) at the end of each stage of the cold pass: a running high-water mark. */
  peakRss: Record<StageName, number>;
  errors: boolean;
  lineItems: number;
  projects: number;
  units: number;
  docxBytes: number;
  xlsxBytes: number;
}

export const STAGES = ['validate', 'build', 'docx', 'xlsx', 'docxtemplater', 'jszip'] as const;
export type StageName = (typeof STAGES)[number];

async function pass(bytes: Uint8Array, name: string): Promise<{ times: Record<StageName, number>; rss: Record<StageName, number>; result: Omit<CaseResult, 'warm' | 'cold' | 'peakRss'> }> {
  const times = {} as Record<StageName, number>;
  const rss = {} as Record<StageName, number>;
  const timed = async <T>(stage: StageName, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await run();
    times[stage] = performance.now() - start;
    rss[stage] = process.resourceUsage().maxRSS / 1024;
    return value;
  };
  const validated = await timed('validate', () => validateStage(bytes, name));
  const built = await timed('build', () => buildStage(validated));
  const docx = await timed('docx', () => docxStage(built.document));
  const xlsx = await timed('xlsx', () => xlsxStage(built.document));
  const fill = equivalentTemplate(built.document);
  await timed('docxtemplater', () => fillTemplate(fill));
  const xml = await documentXmlOf(docx);
  await timed('jszip', () => zipDocumentXml(xml));
  const b = validated.budget;
  return {
    times,
    rss,
    result: { errors: built.errors, lineItems: b.lineItems.length, projects: b.projects.length, units: b.units.length, docxBytes: docx.length, xlsxBytes: xlsx.length },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const [input, iterations = '5'] = process.argv.slice(2);
  if (!input) throw new Error('usage: bench/case.ts <input.json> [iterations]');
  const bytes = await readFile(input);
  const first = await pass(bytes, basename(input));
  const warm: Record<StageName, number>[] = [];
  for (let i = 0; i < Number(iterations); i++) warm.push((await pass(bytes, basename(input))).times);
  const result: CaseResult = {
    ...first.result,
    cold: first.times,
    peakRss: first.rss,
    warm: Object.fromEntries(STAGES.map((s) => [s, median(warm.map((w) => w[s]))])) as Record<StageName, number>,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1]?.endsWith('case.ts')) await main();
