import { z } from 'zod';
import type { Block, BudgetDocument, GridCell, GridTable } from '../../document/model.js';

/** Parses a BudgetDocument read back from a .docx (the model part is input like any file); unknown keys are kept, so a newer model round-trips. */
const contentCell = z.looseObject({
  kind: z.literal('content'),
  text: z.string(),
  value: z.string().optional(),
  role: z.enum(['header', 'label', 'amount', 'text', 'code']),
  rowSpan: z.number().int().positive(),
  colSpan: z.number().int().positive(),
  align: z.enum(['left', 'center', 'right']),
  bold: z.boolean().optional(),
  row: z.string().optional(),
  source: z.looseObject({ formula: z.string(), inputs: z.array(z.string()), from: z.array(z.string()).optional() }).optional(),
});

const gridCell: z.ZodType<GridCell> = z.union([contentCell, z.looseObject({ kind: z.literal('covered') })]);

const gridTable: z.ZodType<GridTable> = z.looseObject({
  key: z.string(),
  id: z.string(),
  label: z.string(),
  title: z.string(),
  subtitle: z.string().optional(),
  nameLine: z.string().optional(),
  unitLine: z.string().optional(),
  columns: z.array(z.number().positive()),
  headerRows: z.number().int().nonnegative(),
  rows: z.array(z.array(gridCell)),
  columnKeys: z.array(z.string()),
  rowKeys: z.array(z.string().nullable()),
  notes: z.array(z.string()),
  keepTogether: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
  density: z.enum(['normal', 'compact', 'dense']),
});

const block: z.ZodType<Block> = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('partTitle'), label: z.string().optional(), title: z.string(), outline: z.number().int().optional() }),
  z.looseObject({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), text: z.string(), section: z.string().optional() }),
  z.looseObject({
    type: z.literal('paragraph'),
    text: z.string(),
    style: z.enum(['body', 'plain', 'bold', 'list']).optional(),
    section: z.string().optional(),
  }),
  z.looseObject({ type: z.literal('toc'), title: z.string(), entries: z.array(z.looseObject({ level: z.number().int(), text: z.string() })) }),
  z.looseObject({ type: z.literal('table'), table: gridTable }),
]);

/** The BudgetDocument schema; `z.ZodType<BudgetDocument>` makes tsc flag any drift from model.ts. */
export const budgetDocumentSchema: z.ZodType<BudgetDocument> = z.looseObject({
  meta: z.looseObject({
    title: z.string(),
    year: z.number().int(),
    name: z.string(),
    profile: z.string(),
    edition: z.string(),
    source: z.string().optional(),
  }),
  parts: z.array(
    z.looseObject({
      id: z.enum(['cover', 'toc', 'overview', 'explanation', 'glossary', 'annex']),
      blocks: z.array(block),
    }),
  ),
});
