import type { BudgetDocument, GridTable } from '../../document/model.js';

/** The tables of a document, in order (the 附件 part). */
export function documentTables(document: BudgetDocument): GridTable[] {
  return document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : [])));
}

/** Each table's sheet name: its 表号 as Excel accepts it (≤ 31 characters, none of `[]:*?/\`), unique in the workbook. */
export function sheetNames(tables: readonly GridTable[]): string[] {
  const used = new Set<string>();
  return tables.map((table) => {
    const base = table.label.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || '表';
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
    used.add(name);
    return name;
  });
}
