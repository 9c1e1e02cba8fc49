import type { BudgetFigures } from '../compute/figures.js';
import type { BudgetDocument } from '../document/model.js';
import type { Profile } from '../document/profile.js';
import { formatPath, type Diagnostic, type Location } from '../model/diagnostic.js';
import type { BudgetInput } from '../model/schema.js';
import { a01 } from './a01-capital-procurement.js';
import { a02 } from './a02-three-public-growth.js';
import { a03 } from './a03-control-rate-target.js';
import { c01 } from './c01-control-totals.js';
import { i01 } from './i01-unit-references.js';
import { i02 } from './i02-project-references.js';
import { i03 } from './i03-unit-codes-unique.js';
import { i04 } from './i04-one-base-unit.js';
import { i05 } from './i05-key-projects.js';
import { i06 } from './i06-duplicate-items.js';
import { l01Document, l01Input } from './l01-half-width-punctuation.js';
import { l02Document, l02Input } from './l02-mixed-brackets.js';
import { l03Document, l03Input } from './l03-doubled-words.js';
import { l04Document, l04Input } from './l04-template-leftovers.js';
import { l05Document, l05Input } from './l05-list-item-stop.js';
import { freeTexts } from './lint/free-texts.js';
import { m01 } from './m01-codes.js';
import { m02 } from './m02-gov-economic-class.js';
import { m03 } from './m03-function-unit-type.js';
import { n01 } from './n01-totals-sentence.js';
import { n02Document, n02Input } from './n02-growth.js';
import { n03 } from './n03-income-sentence.js';
import { n04 } from './n04-expenditure-sentence.js';
import { n05 } from './n05-appropriation-sentence.js';
import { n06 } from './n06-general-public-sentence.js';
import { n07 } from './n07-basic-sentence.js';
import { n08 } from './n08-three-public-sentence.js';
import { n09 } from './n09-empty-fund-sentences.js';
import { n10 } from './n10-operating-funds-sentence.js';
import { n11Document, n11Input } from './n11-procurement.js';
import { n12 } from './n12-performance-sentence.js';
import { n13Document, n13Input } from './n13-vehicles-sentence.js';
import { n14Document, n14Input } from './n14-share-pairs.js';
import { n15 } from './n15-change-wording.js';
import { n16Document, n16Input } from './n16-vehicle-costs.js';
import { p01 } from './p01-cost-indicators.js';
import { p02 } from './p02-indicator-texts.js';
import { p03 } from './p03-two-decimals.js';
import { r01 } from './r01-overall-performance.js';
import { r02 } from './r02-prior-operating-funds.js';
import { r03 } from './r03-change-reasons.js';
import { missingTables, type DocumentRule, type InputContext, type InputRule } from './rule.js';
import { mergeSummaries, noneRan, runRules, type CheckRun, type CheckSummary } from './summary.js';
import { t01Document, t01Input } from './t01-income-total.js';
import { t02Document, t02Input } from './t02-appropriation.js';
import { t03 } from './t03-expenditure-total.js';
import { t04 } from './t04-grand-totals.js';
import { t05Document, t05Input } from './t05-income-table-rows.js';
import { t06Document, t06Input } from './t06-income-table-groups.js';
import { t07Document, t07Input } from './t07-function-rows.js';
import { t08Document, t08Input } from './t08-function-totals.js';
import { t09Document, t09Input } from './t09-appropriation-table.js';
import { t10Document, t10Input } from './t10-basic-econ-table.js';
import { t11Document, t11Input } from './t11-econ-summary-table.js';
import { t12Document, t12Input } from './t12-three-public-table.js';
import { t13Document, t13Input } from './t13-project-expenditure-table.js';
import { t14Document, t14Input } from './t14-project-performance-table.js';
import { t15Document, t15Input } from './t15-overall-performance-table.js';
import { t16Document, t16Input } from './t16-operating-funds-table.js';
import { t17 } from './t17-projects.js';
import { t18 } from './t18-indicators.js';
import { u01 } from './u01-amount-unit.js';
import { documentView } from './view/document-view.js';
import { x01 } from './x01-income-sources.js';
import { x02Document, x02Input } from './x02-classes.js';
import { x03 } from './x03-balanced-totals.js';
import { x04 } from './x04-unit-rows.js';
import { x05Document, x05Input } from './x05-appropriation-classes.js';
import { x06 } from './x06-general-public-within-all.js';
import { x07 } from './x07-basic-split.js';
import { x08 } from './x08-basic-classes.js';
import { x09 } from './x09-econ-tables.js';
import { x10 } from './x10-three-public-codes.js';
import { x11 } from './x11-empty-fund-tables.js';
import { x12Document, x12Input } from './x12-project-types.js';
import { x13 } from './x13-project-items-by-function.js';
import { x14Document, x14Input } from './x14-project-lists.js';
import { x15 } from './x15-overall-budget.js';
import { x16Document, x16Input } from './x16-operating-funds-rows.js';

export type { CheckRun, CheckSummary, RuleResult, RuleStatus } from './summary.js';
export { formatFindings, formatReport, formatSummary } from './report.js';
export { attributeCauses, groupByCause, type CauseGroup } from './causes.js';

/**
 * Rules over the parsed input and its figures (spec §5): the one place they are listed. Relations that
 * hold by construction are tested on the figures, so a compute bug is caught before anything is printed.
 */
export const INPUT_RULES: readonly InputRule[] = [
  t01Input, t02Input, t05Input, t06Input, t07Input, t08Input,
  t09Input, t10Input, t11Input, t12Input, t13Input, t14Input, t15Input, t16Input, t17, t18,
  x02Input, x04, x05Input, x12Input, x13, x14Input, x16Input,
  n02Input, n11Input, n13Input, n14Input, n16Input,
  m01, m02, m03, p01, p02, c01,
  l01Input, l02Input, l03Input, l04Input, l05Input,
  r01, r02, r03, i01, i02, i03, i04, i05, i06, a01, a02, a03, u01,
];

/**
 * Relations between printed figures declared as data (src/checks/relations): totals, cross-table equalities and
 * narrative = table. Each is declared once and evaluated by one engine, on the document the pipeline builds
 * from the computed figures and again on a document read back from a .docx (`yusuan verify`).
 */
export const RELATION_RULES = [t03, t04, x01, x03, x06, x07, x08, x09, x10, x15, n01, n05, n08, n10] as const;

/** Rules over the built document: what is printed is consistent, table by table and with the narrative. */
export const DOCUMENT_RULES: readonly DocumentRule[] = [
  t01Document, t02Document, t03, t04, t05Document, t06Document, t07Document, t08Document,
  t09Document, t10Document, t11Document, t12Document, t13Document, t14Document, t15Document, t16Document,
  x01, x02Document, x03, x05Document, x06, x07, x08, x09,
  x10, x11, x12Document, x14Document, x15, x16Document,
  n01, n02Document, n03, n04, n05, n06, n07, n08, n09, n10, n11Document, n12, n13Document, n14Document, n15, n16Document,
  p03,
  l01Document, l02Document, l03Document, l04Document, l05Document,
];

/** Every registered rule, both layers. */
export const ALL_RULES: readonly (InputRule | DocumentRule)[] = [...INPUT_RULES, ...DOCUMENT_RULES];

type Locate = (path: (string | number)[]) => Location;

const jsonLocate: Locate = (path) => ({ kind: 'json', path: formatPath(path) });

/**
 * Runs every input rule and tells which passed, failed, did not apply or did not run. A rule about a table the
 * profile does not print does not apply (without a profile every table counts as printed).
 */
export function checkInput(input: BudgetInput, figures: BudgetFigures, locate: Locate = jsonLocate, profile?: Profile): CheckRun {
  const ctx: InputContext = { input, figures, at: (path) => locate([...path]), ...(profile ? { profile } : {}) };
  const has = (kind: string) => !profile || profile.tables.some((t) => t.key === kind);
  return runRules(INPUT_RULES, (rule) => missingTables(rule, has) ?? rule.run(ctx));
}

/** The input rules' findings (spec §5 on the input and its figures), located through `locate`. */
export function runInputChecks(input: BudgetInput, figures: BudgetFigures, locate?: Locate, profile?: Profile): Diagnostic[] {
  return checkInput(input, figures, locate, profile).diagnostics;
}

/** Options of the document rules. */
export interface DocumentCheckOptions {
  /** The input, when known: its free texts are linted at their input path, so the document lint skips them. */
  input?: BudgetInput;
}

/** Runs every document rule on a built document, with the per-rule outcome. */
export function checkDocument(document: BudgetDocument, options: DocumentCheckOptions = {}): CheckRun {
  const view = documentView(document, options.input ? freeTexts(options.input).map((t) => t.text) : []);
  return runRules(DOCUMENT_RULES, (rule) => missingTables(rule, (kind) => view.table(kind) !== undefined) ?? rule.run(view));
}

/** The document rules' findings: what we print is consistent (T, X, N relations on printed cells and text). */
export function runDocumentChecks(document: BudgetDocument, options: DocumentCheckOptions = {}): Diagnostic[] {
  return checkDocument(document, options).diagnostics;
}

/** Both layers' summaries as one, for `yusuan validate`. */
export function combinedSummary(...runs: readonly CheckRun[]): CheckSummary {
  return mergeSummaries(...runs.map((r) => r.summary));
}

/** The ledger when no rule could look at the input (it could not be read or parsed, or no profile fits): every rule not run. */
export function nothingChecked(reason: string): CheckSummary {
  return noneRan(ALL_RULES, reason);
}
