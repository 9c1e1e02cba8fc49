import type { Block, BudgetDocument, GridTable } from './model.js';

/**
 * A readable text dump of a document (markdown-like), for `--format md` and golden files: `#` part titles,
 * `##`/`###` headings, one paragraph per line, the 目录 as an indented list, and each table as its label,
 * titles, name line, then tab-separated rows where a cell covered by a merge prints blank.
 */
export function documentToText(doc: BudgetDocument): string {
  const out: string[] = [];
  for (const part of doc.parts) {
    for (const block of part.blocks) out.push(blockToText(block));
  }
  return `${out.join('\n\n')}\n`;
}

function blockToText(block: Block): string {
  switch (block.type) {
    case 'partTitle':
      return block.label ? `# ${block.label}\n# ${block.title}` : `# ${block.title}`;
    case 'heading':
      return `${'#'.repeat(block.level)} ${block.text}`;
    case 'paragraph':
      return block.style === 'bold' ? `**${block.text}**` : block.text;
    case 'toc':
      return [`# ${block.title}`, ...block.entries.map((e) => `${'  '.repeat(Math.max(0, e.level - 1))}- ${e.text}`)].join('\n');
    case 'table':
      return tableToText(block.table);
  }
}

/** A table as text: header lines, then one tab-separated line per grid row. */
export function tableToText(table: GridTable): string {
  const lines = [`${table.label}`, `### ${table.title}`];
  if (table.subtitle) lines.push(table.subtitle);
  if (table.nameLine !== undefined || table.unitLine !== undefined) {
    lines.push([table.nameLine ?? '', table.unitLine ?? ''].filter(Boolean).join('\t'));
  }
  table.rows.forEach((row, i) => {
    if (i === table.headerRows && i > 0) lines.push('---');
    lines.push(row.map((cell) => (cell.kind === 'content' ? cell.text.replace(/\s*\n\s*/g, ' ') : '')).join('\t').trimEnd());
  });
  lines.push(...table.notes);
  return lines.join('\n');
}
