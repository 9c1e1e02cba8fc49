import type { BudgetInput } from '../../model/schema.js';

/** One free text of the input (spec §2.10 F facts) and its JSON path. */
export interface FreeText {
  text: string;
  path: (string | number)[];
  /** True for list items that must end with `。` (主要职责). */
  listItem?: boolean;
}

const CATEGORIES = ['cost', 'output', 'effect', 'satisfaction'] as const;

/**
 * Every text the officer types: names, duties, reasons, indicator texts, 整体绩效 texts, notes. Listed once per input
 * (the five lint rules and the document view all ask); callers only read the list.
 */
export function freeTexts(input: BudgetInput): readonly FreeText[] {
  let texts = listed.get(input);
  if (!texts) listed.set(input, (texts = listFreeTexts(input)));
  return texts;
}

const listed = new WeakMap<BudgetInput, readonly FreeText[]>();

function listFreeTexts(input: BudgetInput): FreeText[] {
  const out: FreeText[] = [];
  const add = (text: string | undefined, path: (string | number)[], listItem = false) => {
    if (text) out.push({ text, path, ...(listItem ? { listItem } : {}) });
  };
  add(input.department.name, ['department', 'name']);
  add(input.department.shortName, ['department', 'shortName']);
  input.units.forEach((u, i) => {
    add(u.name, ['units', i, 'name']);
    u.divisions.forEach((d, j) => add(d, ['units', i, 'divisions', j]));
  });
  input.overview.duties.forEach((d, i) => add(d, ['overview', 'duties', i], true));
  for (const [key, text] of Object.entries(input.reasons)) if (typeof text === 'string') add(text, ['reasons', key]);
  for (const [key, text] of Object.entries(input.reasons.threePublic ?? {})) add(text, ['reasons', 'threePublic', key]);
  input.projects.forEach((p, i) => {
    add(p.name, ['projects', i, 'name']);
    for (const c of CATEGORIES)
      p.indicators[c].forEach((ind, j) => {
        add(ind.name, ['projects', i, 'indicators', c, j, 'name']);
        add(ind.value, ['projects', i, 'indicators', c, j, 'value']);
      });
  });
  input.transferPayments.forEach((t, i) => add(t.name, ['transferPayments', i, 'name']));
  add(input.assets.otherVehicleNote, ['assets', 'otherVehicleNote']);
  overallTexts(input, add);
  return out;
}

function overallTexts(input: BudgetInput, add: (text: string | undefined, path: (string | number)[]) => void): void {
  const o = input.overallPerformance;
  if (!o) return;
  add(o.annualGoals, ['overallPerformance', 'annualGoals']);
  o.tasks.forEach((t, i) => {
    add(t.name, ['overallPerformance', 'tasks', i, 'name']);
    add(t.content, ['overallPerformance', 'tasks', i, 'content']);
  });
  for (const key of ['output', 'effect'] as const)
    o[key].forEach((ind, i) => {
      add(ind.name, ['overallPerformance', key, i, 'name']);
      add(ind.value, ['overallPerformance', key, i, 'value']);
      add(ind.note, ['overallPerformance', key, i, 'note']);
    });
  for (const [name, value] of Object.entries(o.inputValues)) add(value, ['overallPerformance', 'inputValues', name]);
}
