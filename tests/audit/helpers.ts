import { join } from 'node:path';
import { generate } from '../../src/api.js';
import type { BudgetDocument, GridTable } from '../../src/document/model.js';
import type { AuditFinding } from '../../src/audit/finding.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';

/** The three seed examples (examples/<case>/input.json). */
export const EXAMPLES = ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024'] as const;
export type Example = (typeof EXAMPLES)[number];

/** The seed text each example was transcribed from (tests/seeds, copies of /work/shared/seeds). */
export const SEED_OF: Readonly<Record<Example, string>> = {
  '000-luoyang-2022': join(PACKAGE_ROOT, 'tests', 'seeds', '000_d79122a869c9d47b.txt'),
  '004-xigong-2023': join(PACKAGE_ROOT, 'tests', 'seeds', '004_8e657e09640e1ad3.txt'),
  '002-chengxiang-2024': join(PACKAGE_ROOT, 'tests', 'seeds', '002_6ad2e7228bd8b73a.txt'),
};

export function examplePath(example: Example): string {
  return join(PACKAGE_ROOT, 'examples', example, 'input.json');
}

type Generated = { document: BudgetDocument; files: Map<string, Uint8Array>; diagnostics: Diagnostic[] };
const generated = new Map<string, Promise<Generated>>();

/** The example generated in memory (cached per format set): its document model, its findings and rendered files by extension. */
export function generatedExample(example: Example, formats: readonly ('docx' | 'pdf')[] = ['docx']): Promise<Generated> {
  const key = `${example}:${formats.join(',')}`;
  let hit = generated.get(key);
  if (!hit) {
    hit = generate(examplePath(example), { formats }).then((g) => {
      if (!g.document) throw new Error(`${example} 未能生成`);
      return { document: g.document, diagnostics: g.diagnostics, files: new Map(g.files.map((f) => [f.name.slice(f.name.lastIndexOf('.')), f.bytes])) };
    });
    generated.set(key, hit);
  }
  return hit;
}

/** Every table of a document, in print order. */
export function tablesOf(document: BudgetDocument): GridTable[] {
  return document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : [])));
}

/** Each printed figure of a table (a non-blank amount cell) as `key|row|column|text`. */
export function figuresOf(table: GridTable): string[] {
  return table.rows.flatMap((row, r) =>
    row.flatMap((cell, c) => (cell.kind === 'content' && cell.role === 'amount' && cell.text !== '' ? [`${table.key}|${table.rowKeys[r]}|${table.columnKeys[c]}|${cell.text}`] : [])),
  );
}

/** Narrative blocks as `type|section|text`, the form the round trip compares. */
export function narrativeOf(document: BudgetDocument): string[] {
  return document.parts.flatMap((p) =>
    p.blocks.flatMap((b) => {
      if (b.type === 'table') return [];
      if (b.type === 'toc') return [`toc|${b.entries.map((e) => e.text).join('/')}`];
      if (b.type === 'partTitle') return [`part|${p.id}|${[b.label, b.title].filter(Boolean).join(' ')}`];
      return [`${b.type}|${b.section ?? ''}|${b.text}`];
    }),
  );
}

/**
 * What a finding of an input rule is, to compare with the generator's diagnostics: the rule and its message; for M02
 * read from a multi-unit document's class totals (`113001 项目支出中至少29.00万元…`), the unit and kind, since the
 * document does not print which items make up the sum. The generator's M02 for them must add up to at least that.
 */
export function reportedByGenerator(f: AuditFinding, diagnostics: readonly Diagnostic[]): boolean {
  const bound = /^(\S+) (基本|项目)支出中至少([\d.]+)万元/.exec(f.message);
  if (f.rule !== 'M02' || !bound) return diagnostics.some((d) => d.rule === f.rule && d.message === f.message);
  const [, unit, kind, least] = bound;
  const amounts = diagnostics.flatMap((d) => (d.rule === 'M02' && d.message.startsWith(`${unit} ${kind}支出 `) ? [Number(/ ([\d.]+)万元：/.exec(d.message)?.[1] ?? 0)] : []));
  return amounts.length > 0 && amounts.reduce((a, b) => a + b, 0) >= Number(least);
}
