import { documentContext } from '../document/context.js';
import { buildFromBudget, processInput, type ProcessOptions, type Processed } from '../pipeline.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { matchRef, type RefMatch } from './refs.js';
import { traceDocument, type Locate, type Trace, type TraceEntry, type TraceInput } from './trace.js';

export { traceDocument, type Trace, type TraceEntry } from './trace.js';
export { matchRef, type RefMatch } from './refs.js';

/** What `explain` gives: the trace of every printed figure, the figures each ref names, and the findings. */
export interface Explained {
  trace?: Trace;
  matches: RefMatch[];
  diagnostics: Diagnostic[];
}

/** The trace of a processed input built with `trace: true`; undefined when no document was built. */
export function traceOf(processed: Processed): Trace | undefined {
  const { document, budget, figures, profile, source } = processed;
  if (!document || !budget || !figures || !profile) return undefined;
  const locate: Locate | undefined = source ? (path) => source.locate(path) : undefined;
  return traceDocument(document, documentContext(budget, figures, profile), locate);
}

/** Reads an input, builds its document with provenance and answers each ref (`yusuan explain`). */
export async function explainInput(bytes: Uint8Array, fileName: string, refs: readonly string[], options: ProcessOptions = {}): Promise<Explained> {
  const processed = await processInput(bytes, fileName, { ...options, trace: true });
  return answer(processed, refs);
}

/** The same for an input already parsed (library use). */
export function explainBudget(processedInput: Pick<Processed, 'budget' | 'source'>, refs: readonly string[], options: ProcessOptions = {}): Explained {
  if (!processedInput.budget) return { matches: [], diagnostics: [] };
  const processed = { ...buildFromBudget(processedInput.budget, processedInput.source, { ...options, trace: true }), source: processedInput.source };
  return answer(processed, refs);
}

function answer(processed: Processed, refs: readonly string[]): Explained {
  const trace = traceOf(processed);
  const matches = trace ? refs.map((ref) => matchRef(trace, ref)) : [];
  return { ...(trace ? { trace } : {}), matches, diagnostics: processed.diagnostics };
}

const SHOWN_INPUTS = 12;

/** One figure explained in Chinese: printed and exact value, formula, every input it reads, then what it is computed from. */
export function formatEntry(entry: TraceEntry, trace: Trace): string {
  const exact = entry.value !== undefined && entry.value !== entry.printed ? `    精确值：${entry.value}` : '';
  const lines = [`${entry.place}`, `  打印值：${entry.printed}${exact}`];
  lines.push(...explainBody(entry, trace, '  ', new Set()));
  return lines.join('\n');
}

function explainBody(f: Pick<TraceEntry, 'formula' | 'inputs' | 'from'>, trace: Trace, indent: string, seen: Set<string>): string[] {
  const lines = [`${indent}公式：${f.formula}`];
  if (f.inputs.length > 0) {
    lines.push(`${indent}读取的填报数据（${f.inputs.length} 项）：`);
    for (const input of f.inputs.slice(0, SHOWN_INPUTS)) lines.push(`${indent}  ${inputLine(input)}`);
    if (f.inputs.length > SHOWN_INPUTS) lines.push(`${indent}  ……另有 ${f.inputs.length - SHOWN_INPUTS} 项（--json 列出全部）`);
  }
  for (const key of f.from ?? []) {
    const d = trace.definitions[key];
    if (!d || seen.has(key)) continue;
    seen.add(key);
    lines.push(`${indent}由「${d.label}」计算${d.value !== undefined ? `（${d.value}）` : ''}：`);
    lines.push(...explainBody(d, trace, `${indent}  `, seen));
  }
  return lines;
}

function inputLine(input: TraceInput): string {
  const place = input.at ? `${input.at}（${input.path}）` : input.path;
  return input.value !== undefined ? `${place} = ${input.value}` : place;
}

/** The answer to one ref: every figure it names, or the did-you-mean list. */
export function formatMatch(match: RefMatch, trace: Trace): string {
  if (match.entries.length > 0) return match.entries.map((e) => formatEntry(e, trace)).join('\n\n');
  const hint = match.suggestions.length > 0 ? `您是不是要找：${match.suggestions.map((s) => `「${s}」`).join('、')}？` : '';
  return `找不到“${match.ref}”。${hint}\n（引用写法示例：预算05!D12、预算01 支出总计、三公经费 增长率）`;
}
