import { computeFigures } from '../compute/figures.js';
import { buildDocument } from '../document/build.js';
import { documentContext } from '../document/context.js';
import type { BudgetDocument, ContentCell, GridTable } from '../document/model.js';
import type { Profile } from '../document/profile.js';
import { specFor, tableContext } from '../document/tables/index.js';
import { budgetInputSchema, type BudgetInput } from '../model/schema.js';

/** What a reader learns about the document before it recognises the tables: enough to lay out the empty edition. */
export interface DocumentFacts {
  year: number;
  scope: '部门' | '单位';
  /** {全称}, without `（汇总）`. */
  fullName: string;
  shortName?: string;
  departmentCode?: string;
  /** Units as printed in 02表 (code, name); one base unit when unknown. */
  units?: { code: string; name: string }[];
  /** {级次} of the E2023 titles (`区级`), when printed. */
  level?: string;
}

/**
 * The smallest input that lays out the edition for these facts: no line items, no projects. Its document gives
 * every title, header tree, fixed row label and heading the profile prints, which is what a printed table is
 * recognised against (issue 17: "build the expected empty layout of each spec from the profile").
 */
export function referenceInput(facts: DocumentFacts): BudgetInput {
  const code = facts.departmentCode ?? 'ref';
  const name = facts.fullName || '（名称未读出）';
  const units = facts.units && facts.units.length > 0 ? facts.units : [{ code: `${code}001`, name }];
  const raw = {
    year: facts.year,
    scope: facts.scope,
    ...(facts.level ? { level: facts.level } : {}),
    department: { code, name, ...(facts.shortName ? { shortName: facts.shortName } : {}) },
    units: units.map((u, i) => ({ code: u.code, name: u.name, type: '行政', isBase: i === 0 })),
    overview: { duties: ['—'] },
    lineItems: [],
    prior: { total: '0', generalPublic: '0', threePublic: {} },
    reasons: { total: '—' },
    procurement: { goods: '0', works: '0', services: '0' },
    assets: { vehicles: { general: 0, lawEnforcement: 0, special: 0, other: 0 }, generalEquipmentOver50: 0, specialEquipmentOver100: 0 },
    // One task and one indicator of each kind, so the 整体绩效 form shows the labels its variable rows start with.
    overallPerformance: {
      annualGoals: '—',
      tasks: [{ name: '—', content: '—' }],
      output: [{ level2: '重点工作任务完成', name: '—', value: '—' }],
      effect: [{ level2: '履职效益', name: '—', value: '—' }],
    },
  };
  return budgetInputSchema.parse(raw);
}

/** The edition's empty document for these facts, and the kind of every column of every table. */
export interface Reference {
  document: BudgetDocument;
  tables: GridTable[];
  /** Table key → column key → the role its body cells have (code, label, amount, text). */
  kinds: ReadonlyMap<string, ReadonlyMap<string, ContentCell['role']>>;
  input: BudgetInput;
}

/** Lays out the edition's empty document for these facts (see referenceInput). */
export function referenceDocument(profile: Profile, facts: DocumentFacts): Reference {
  const input = referenceInput(facts);
  const figures = computeFigures(input);
  const document = buildDocument(input, figures, profile);
  const ctx = documentContext(input, figures, profile);
  const kinds = new Map(
    profile.tables.map((entry) => {
      const columns = specFor(entry).columns(tableContext(ctx, entry));
      return [entry.key, new Map(columns.map((c) => [c.key, c.kind] as const))] as const;
    }),
  );
  return { document, tables: tablesOf(document), kinds, input };
}

/** The tables of a document, in print order. */
export function tablesOf(document: BudgetDocument): GridTable[] {
  return document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : [])));
}
