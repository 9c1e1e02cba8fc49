import { extname } from 'node:path';
import { runDocumentChecks, runInputChecks } from '../src/checks/index.js';
import { computeFigures, type BudgetFigures } from '../src/compute/figures.js';
import { buildDocument } from '../src/document/build.js';
import type { BudgetDocument } from '../src/document/model.js';
import { chooseProfile, loadProfile, type Profile } from '../src/document/profile.js';
import { DEFAULT_LIMITS } from '../src/input/limits.js';
import { parseBudget } from '../src/input/parse.js';
import { readInput } from '../src/input/readers.js';
import type { SourceDocument } from '../src/input/source.js';
import { hasErrors, type Diagnostic } from '../src/model/diagnostic.js';
import type { BudgetInput } from '../src/model/schema.js';
import { renderDocx } from '../src/render/docx/index.js';
import { renderXlsx } from '../src/render/xlsx/index.js';

/** What validation leaves for the next stages. */
export interface Validated {
  source: SourceDocument;
  budget: BudgetInput;
  figures: BudgetFigures;
  profile: Profile;
  diagnostics: Diagnostic[];
}

/** Stage 1, validate: read, parse (zod), choose the profile, compute figures, run the input rules. */
export async function validateStage(bytes: Uint8Array, fileName: string): Promise<Validated> {
  const read = await readInput(bytes, fileName, extname(fileName), DEFAULT_LIMITS);
  if (!read.source) throw new Error(`bench input unreadable: ${read.diagnostics.map((d) => d.message).join('; ')}`);
  const parsed = parseBudget(read.source);
  if (!parsed.budget) throw new Error(`bench input invalid: ${parsed.diagnostics.slice(0, 3).map((d) => d.message).join('; ')}`);
  const source = read.source;
  const profile = loadProfile(chooseProfile(parsed.budget).profile);
  const figures = computeFigures(parsed.budget);
  const diagnostics = runInputChecks(parsed.budget, figures, (path) => source.locate(path), profile);
  return { source, budget: parsed.budget, figures, profile, diagnostics };
}

/** Stage 2, build: the BudgetDocument (narrative and tables), then the document rules over it. */
export function buildStage(v: Validated): { document: BudgetDocument; errors: boolean } {
  const document = buildDocument(v.budget, v.figures, v.profile);
  const diagnostics = [...v.diagnostics, ...runDocumentChecks(document)];
  return { document, errors: hasErrors(diagnostics) };
}

/** Stage 3, the .docx writer. */
export function docxStage(document: BudgetDocument): Promise<Buffer> {
  return renderDocx(document);
}

/** Stage 4, the .xlsx writer. */
export function xlsxStage(document: BudgetDocument): Promise<Buffer> {
  return renderXlsx(document);
}
