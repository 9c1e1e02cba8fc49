import { computeFigures, type BudgetFigures } from '../../src/compute/figures.js';
import { documentView, type DocumentView } from '../../src/checks/view/document-view.js';
import { tableView } from '../../src/checks/view/table-view.js';
import type { InputContext } from '../../src/checks/rule.js';
import { freeTexts } from '../../src/checks/lint/free-texts.js';
import type { BudgetDocument, ContentCell, GridTable } from '../../src/document/model.js';
import { chooseProfile, loadProfile, type Profile } from '../../src/document/profile.js';
import { buildDocument } from '../../src/document/build.js';
import { formatPath } from '../../src/model/diagnostic.js';
import { budgetInputSchema, type BudgetInput, type BudgetInputJson } from '../../src/model/schema.js';
import { minimalInput } from '../fixtures/minimal.js';

/** The small valid input of tests/fixtures, edited by `edit` (the JSON shape: money as strings). */
export function inputJson(edit?: (j: BudgetInputJson) => void): BudgetInputJson {
  const json = structuredClone(minimalInput());
  edit?.(json);
  return json;
}

export function parsed(edit?: (j: BudgetInputJson) => void): BudgetInput {
  return budgetInputSchema.parse(inputJson(edit));
}

/** The profile the input's year chooses (luoyang-2024 for the fixture), or a named one. */
export function profileFor(input: BudgetInput, id?: string): Profile {
  return loadProfile(id ?? chooseProfile(input).profile);
}

/** An input rule's context: the edited input, its figures (optionally corrupted), the profile, JSON paths. */
export function inputContext(options: { edit?: (j: BudgetInputJson) => void; figures?: (f: BudgetFigures) => void; profile?: string | null } = {}): InputContext {
  const input = parsed(options.edit);
  const figures = computeFigures(input);
  options.figures?.(figures);
  const ctx: InputContext = { input, figures, at: (path) => ({ kind: 'json', path: formatPath(path) }) };
  if (options.profile !== null) ctx.profile = profileFor(input, options.profile);
  return ctx;
}

/**
 * A real built document of the edited input (via src/document/build.ts), from figures optionally corrupted by
 * `figures` (a compute bug the printed relations must catch), then corrupted by `corrupt`.
 */
export function built(
  options: { edit?: (j: BudgetInputJson) => void; profile?: string; figures?: (f: BudgetFigures) => void; corrupt?: (d: BudgetDocument) => void } = {},
): DocumentView {
  const input = parsed(options.edit);
  const figures = computeFigures(input);
  options.figures?.(figures);
  const document = buildDocument(input, figures, profileFor(input, options.profile));
  options.corrupt?.(document);
  return documentView(document, freeTexts(input).map((t) => t.text));
}

/** The document's tables, by id. */
export function table(doc: BudgetDocument, id: string): GridTable {
  const found = doc.parts.flatMap((p) => p.blocks).find((b) => b.type === 'table' && b.table.id === id);
  if (!found || found.type !== 'table') throw new Error(`no table ${id}`);
  return found.table;
}

/** The content cell at the body row labelled `row` (as in locations) and the column labelled `column`. */
export function cellAt(doc: BudgetDocument, id: string, row: string, column: string): ContentCell {
  const t = table(doc, id);
  const v = tableView(t);
  const c = v.columns.find((x) => x.label === column)?.index;
  if (c === undefined) throw new Error(`no column ${column} in ${id}: ${v.columns.map((x) => x.label).join('|')}`);
  const r = v.body.find((i) => v.rowLabel(i, c) === row || (row.startsWith('第') && `第${i - t.headerRows + 1}行` === row));
  const cell = r === undefined ? undefined : v.cell(r, c);
  if (!cell) throw new Error(`no cell ${row}/${column} in ${id}`);
  return cell;
}

/** Prints `text` in an amount cell (value follows text, as the layout writes both). */
export function setAmount(doc: BudgetDocument, id: string, row: string, column: string, text: string): void {
  const cell = cellAt(doc, id, row, column);
  cell.text = text;
  if (text === '') delete cell.value;
  else cell.value = text;
}

/** Rewrites the paragraphs of one narrative section. */
export function editSection(doc: BudgetDocument, section: string, edit: (text: string) => string): void {
  let hit = false;
  for (const part of doc.parts)
    for (const b of part.blocks)
      if (b.type === 'paragraph' && b.section === section) {
        const next = edit(b.text);
        if (next !== b.text) hit = true;
        b.text = next;
      }
  if (!hit) throw new Error(`section ${section} unchanged`);
}

/** Removes a table (a document rule over it then does not run). */
export function dropTable(doc: BudgetDocument, id: string): void {
  for (const part of doc.parts) part.blocks = part.blocks.filter((b) => !(b.type === 'table' && b.table.id === id));
}

/** Prints `text` as the 整体绩效 预算情况 value right of `label` (the table has no header to find columns by). */
export function setOverall(doc: BudgetDocument, label: string, text: string): void {
  const t = doc.parts.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'table' && b.table.title.includes('整体绩效目标表') ? [b.table] : []))[0];
  const row = t?.rows.find((r) => r.some((c) => c.kind === 'content' && c.text === label));
  const cell = row?.find((c): c is ContentCell => c.kind === 'content' && c.role === 'amount');
  if (!cell) throw new Error(`no 整体绩效 value for ${label}`);
  cell.text = text;
  cell.value = text;
}
