import { cpus, totalmem } from 'node:os';
import type { CaseResult } from './case.js';
import type { CliRun } from './cli.js';

/** One measured case: in-process stages (warm medians) and the cold CLI runs. */
export interface Measured {
  id: string;
  label: string;
  result: CaseResult;
  cli?: CliRun;
}

/** A target line: what is measured, the limit, the value, PASS/FAIL. */
export interface Verdict {
  target: string;
  limit: string;
  measured: string;
  pass: boolean;
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const mb = (v: number) => v.toFixed(0);

/** In-process total of the four stages (warm medians). */
export function inProcessTotal(r: CaseResult): number {
  return r.warm.validate + r.warm.build + r.warm.docx + r.warm.xlsx;
}

/** ms per 1,000 line items of the in-process total. */
export function perThousand(r: CaseResult): number {
  return (inProcessTotal(r) / r.lineItems) * 1000;
}

/** The per-case table (markdown). */
export function caseTable(cases: readonly Measured[]): string {
  const head = ['case', 'units/projects/items', 'validate', 'build', 'docx', 'xlsx', 'docx+xlsx', 'total', 'ms/1k items', 'peak RSS (MB)', 'CLI cold', 'CLI RSS (MB)', 'docxtemplater', 'docx÷dt', 'jszip bound', 'docx÷jszip'];
  const rows = cases.map(({ label, result: r, cli }) => [
    label,
    `${r.units}/${r.projects}/${r.lineItems}`,
    ms(r.warm.validate),
    ms(r.warm.build),
    ms(r.warm.docx),
    ms(r.warm.xlsx),
    ms(r.warm.docx + r.warm.xlsx),
    ms(inProcessTotal(r)),
    ms(perThousand(r)),
    mb(Math.max(...Object.values(r.peakRss))),
    cli ? ms(cli.ms) : '—',
    cli ? mb(cli.peakRssMb) : '—',
    ms(r.warm.docxtemplater),
    `${(r.warm.docx / r.warm.docxtemplater).toFixed(2)}×`,
    ms(r.warm.jszip),
    `${(r.warm.docx / r.warm.jszip).toFixed(1)}×`,
  ]);
  return markdown(head, rows);
}

/** The targets table (markdown). */
export function verdictTable(verdicts: readonly Verdict[]): string {
  return markdown(['target', 'limit', 'measured', 'result'], verdicts.map((v) => [v.target, v.limit, v.measured, v.pass ? 'PASS' : 'FAIL']));
}

/** CPU model, cores, memory, Node version. */
export function machineFacts(): string {
  const cpu = cpus()[0]?.model ?? 'unknown';
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}-${process.arch}`;
}

function markdown(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
