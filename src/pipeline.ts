import { extname } from 'node:path';
import { checkDocument, checkInput, combinedSummary, nothingChecked, type CheckSummary } from './checks/index.js';
import { computeFigures, type BudgetFigures } from './compute/figures.js';
import { buildDocument } from './document/build.js';
import type { BudgetDocument } from './document/model.js';
import { chooseProfile, loadProfile, type Profile } from './document/profile.js';
import { readInput } from './input/readers.js';
import { parseBudget } from './input/parse.js';
import type { SourceDocument } from './input/source.js';
import { DEFAULT_LIMITS, type InputLimits } from './input/limits.js';
import type { Diagnostic } from './model/diagnostic.js';
import type { BudgetInput } from './model/schema.js';
import { TEMPLATES_DIR } from './model/paths.js';

/** Everything one input produced: what was found, and the document when there is one. */
export interface Processed {
  diagnostics: Diagnostic[];
  source?: SourceDocument;
  budget?: BudgetInput;
  figures?: BudgetFigures;
  profile?: Profile;
  document?: BudgetDocument;
  /** For every registered rule: passed, failed, not applicable (why) or not run (why); the counts add up. */
  ledger?: CheckSummary;
}

export interface ProcessOptions {
  limits?: InputLimits;
  /** Profile id that overrides the input's and the year's choice. */
  profile?: string;
  /** Extra folders searched for profiles before templates/ (tests, regional add-ons). */
  profileRoots?: string[];
  /** Build the document with every figure's provenance (`yusuan explain`, `--format trace`). */
  trace?: boolean;
}

/** input bytes → SourceDocument → BudgetInput → BudgetFigures → checks → BudgetDocument. Read this first. */
export async function processInput(bytes: Uint8Array, fileName: string, options: ProcessOptions = {}): Promise<Processed> {
  const read = await readInput(bytes, fileName, extname(fileName).toLowerCase(), options.limits ?? DEFAULT_LIMITS);
  const diagnostics = [...read.diagnostics];
  if (!read.source) return { diagnostics, ledger: nothingChecked('输入文件无法读取') };
  const parsed = parseBudget(read.source);
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.budget) return { diagnostics, source: read.source, ledger: nothingChecked('输入不符合填报格式，无法检查') };
  return { ...buildFromBudget(parsed.budget, read.source, options, diagnostics), source: read.source };
}

/** The pure half of the pipeline, from a parsed input on. */
export function buildFromBudget(
  budget: BudgetInput,
  source: SourceDocument | undefined,
  options: ProcessOptions = {},
  diagnostics: Diagnostic[] = [],
): Processed {
  const profileResult = resolveProfile(budget, options);
  if ('diagnostic' in profileResult) return { diagnostics: [...diagnostics, profileResult.diagnostic], budget, ledger: nothingChecked('没有可用的模板，无法检查') };
  const profile = profileResult.profile;
  const figures = computeFigures(budget);
  const inputRun = checkInput(budget, figures, source ? (path) => source.locate(path) : undefined, profile);
  diagnostics.push(...inputRun.diagnostics);
  const document = buildDocument(budget, figures, profile, { trace: options.trace ?? false });
  const documentRun = checkDocument(document, { input: budget });
  diagnostics.push(...documentRun.diagnostics);
  return { diagnostics, budget, figures, profile, document, ledger: combinedSummary(inputRun, documentRun) };
}

function resolveProfile(budget: BudgetInput, options: ProcessOptions): { profile: Profile } | { diagnostic: Diagnostic } {
  try {
    const choice = chooseProfile({ ...budget, ...(options.profile ? { profile: options.profile } : {}) });
    const roots = [...(options.profileRoots ?? []), TEMPLATES_DIR];
    return { profile: loadProfile(choice.profile, roots) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { diagnostic: { rule: 'S07', severity: 'error', at: { kind: 'json', path: budget.profile ? 'profile' : 'edition' }, message } };
  }
}
