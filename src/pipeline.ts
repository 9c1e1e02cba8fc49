import { extname } from 'node:path';
import { checkDocument, checkInput, combinedSummary, nothingChecked, type CheckSummary } from './checks/index.js';
import { computeFigures, type BudgetFigures } from './compute/figures.js';
import { buildDocument } from './document/build.js';
import type { BudgetDocument } from './document/model.js';
import { chooseProfile, loadProfile, ProfileError, type Profile } from './document/profile.js';
import { readInput } from './input/readers.js';
import { parseBudget } from './input/parse.js';
import type { SourceDocument } from './input/source.js';
import { DEFAULT_LIMITS, type InputLimits } from './input/limits.js';
import { blankAllowedList, blankFindings } from './model/blank.js';
import { formatPath, type Diagnostic } from './model/diagnostic.js';
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
  /** Profile that overrides the input's and the year's choice: a shipped id, or a directory (relative: to the current directory). */
  profile?: string;
  /** The input file's folder: a directory path in the input's `profile` field is relative to it (docs/profiles.md). */
  baseDir?: string;
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
  if ('problems' in profileResult) return { diagnostics: [...diagnostics, ...profileResult.problems], budget, ledger: nothingChecked('没有可用的模板，无法检查') };
  const profile = profileResult.profile;
  const locate = (path: readonly PropertyKey[]) => (source ? source.locate(path) : { kind: 'json' as const, path: formatPath(path) });
  diagnostics.push(...blankFindings(budget, blankAllowedList(profile.options.blankAllowed), locate));
  const figures = computeFigures(budget);
  const inputRun = checkInput(budget, figures, source ? (path) => source.locate(path) : undefined, profile);
  diagnostics.push(...inputRun.diagnostics);
  let document: BudgetDocument;
  try {
    document = buildDocument(budget, figures, profile, { trace: options.trace ?? false });
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    return { diagnostics: [...diagnostics, ...profileDiagnostics(error, 'profile')], budget, figures, profile, ledger: nothingChecked('模板无法渲染（见 S07），无法检查') };
  }
  const documentRun = checkDocument(document, { input: budget });
  diagnostics.push(...documentRun.diagnostics);
  return { diagnostics, budget, figures, profile, document, ledger: combinedSummary(inputRun, documentRun) };
}

/** The profile the input asks for; a broken or missing one is an input error (S07) located in its file, never a bug. */
function resolveProfile(budget: BudgetInput, options: ProcessOptions): { profile: Profile } | { problems: Diagnostic[] } {
  const site = budget.profile || options.profile ? 'profile' : 'edition';
  try {
    const choice = chooseProfile({ ...budget, ...(options.profile ? { profile: options.profile } : {}) });
    const roots = [...(options.profileRoots ?? []), TEMPLATES_DIR];
    return { profile: loadProfile(choice.profile, roots, options.profile ? undefined : options.baseDir, { path: site }) };
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    return { problems: profileDiagnostics(error, site) };
  }
}

/** One S07 diagnostic per problem: at the profile file when there is one (`options.x：…`), else at the input's field. */
function profileDiagnostics(error: ProfileError, site: string): Diagnostic[] {
  return error.problems.map((p): Diagnostic => {
    if (!p.file) return { rule: 'S07', severity: 'error', at: { kind: 'json', path: p.path || site }, message: p.message };
    return { rule: 'S07', severity: 'error', at: { kind: 'file', file: p.file }, message: p.path ? `${p.path}：${p.message}` : p.message };
  });
}
