import type { Block, BudgetDocument, ContentCell, GridTable, Part, Slot } from '../../document/model.js';

/**
 * The document as HTML (the page of `yusuan serve`, `--format html`): every part, heading, paragraph and table of
 * the model, nothing computed here. Each printed figure carries `data-figure` with its trace id (src/explain/trace.ts:
 * `table:<table>/<row>/<column>`, `narrative:<section>/<block index>/<slot key>`) so that a click can ask what it is
 * computed from. Merges: a content cell gets `rowspan`/`colspan`, a covered position prints nothing (as in HTML).
 */
export function documentToHtml(document: BudgetDocument): string {
  return document.parts.map((part) => partToHtml(part)).join('\n');
}

function partToHtml(part: Part): string {
  const blocks = part.blocks.map((block, index) => blockToHtml(block, index));
  return `<section class="part part-${part.id}" data-part="${part.id}">\n${blocks.join('\n')}\n</section>`;
}

function blockToHtml(block: Block, index: number): string {
  switch (block.type) {
    case 'partTitle':
      return `<h1 class="part-title">${block.label ? `<span class="part-label">${escapeHtml(block.label)}</span>` : ''}<span>${escapeHtml(block.title)}</span></h1>`;
    case 'heading':
      return `<h${block.level} class="heading">${withSlots(block.text, block.slots, block.section ?? '', index)}</h${block.level}>`;
    case 'paragraph':
      return `<p class="paragraph ${block.style ?? 'body'}">${withSlots(block.text, block.slots, block.section ?? '', index)}</p>`;
    case 'toc':
      return `<nav class="toc" aria-label="${escapeHtml(block.title)}"><h2>${escapeHtml(block.title)}</h2><ul>${block.entries
        .map((e) => `<li class="toc-${e.level}">${escapeHtml(e.text)}</li>`)
        .join('')}</ul></nav>`;
    case 'table':
      return tableToHtml(block.table);
  }
}

/** A sentence with each figure wrapped in a focusable span that names its trace id. */
function withSlots(text: string, slots: readonly Slot[] | undefined, section: string, index: number): string {
  if (!slots || slots.length === 0) return escapeHtml(text);
  const ordered = [...slots].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const slot of ordered) {
    if (slot.start < at || slot.end > text.length) continue;
    out += escapeHtml(text.slice(at, slot.start));
    out += `<span class="figure" tabindex="0" role="button" data-figure="${escapeHtml(`narrative:${section}/${index}/${slot.key}`)}">${escapeHtml(text.slice(slot.start, slot.end))}</span>`;
    at = slot.end;
  }
  return out + escapeHtml(text.slice(at));
}

/** One table: its label, titles and name line, then the grid (header rows in `thead`), then its notes. */
export function tableToHtml(table: GridTable): string {
  const head: string[] = [];
  const body: string[] = [];
  table.rows.forEach((row, r) => {
    const cells = row.map((cell, c) => (cell.kind === 'content' ? cellToHtml(table, cell, r, c) : '')).join('');
    (r < table.headerRows ? head : body).push(`<tr>${cells}</tr>`);
  });
  const nameLine =
    table.nameLine !== undefined || table.unitLine !== undefined
      ? `<div class="name-line"><span>${escapeHtml(table.nameLine ?? '')}</span><span>${escapeHtml(table.unitLine ?? '')}</span></div>`
      : '';
  return [
    `<figure class="table ${table.density}" data-table="${escapeHtml(table.key)}" id="table-${escapeHtml(table.key)}">`,
    `<div class="table-label">${escapeHtml(table.label)}</div>`,
    `<figcaption><div class="table-title">${escapeHtml(table.title)}</div>${table.subtitle ? `<div class="table-subtitle">${escapeHtml(table.subtitle)}</div>` : ''}</figcaption>`,
    nameLine,
    `<div class="grid-scroll"><table>${head.length ? `<thead>${head.join('')}</thead>` : ''}<tbody>${body.join('')}</tbody></table></div>`,
    ...table.notes.map((note) => `<p class="table-note">${escapeHtml(note)}</p>`),
    '</figure>',
  ].join('\n');
}

function cellToHtml(table: GridTable, cell: ContentCell, r: number, c: number): string {
  const header = r < table.headerRows;
  const tag = header ? 'th' : 'td';
  const attrs = [`class="${cell.role} ${cell.align}${cell.bold ? ' bold' : ''}"`];
  if (cell.rowSpan > 1) attrs.push(`rowspan="${cell.rowSpan}"`);
  if (cell.colSpan > 1) attrs.push(`colspan="${cell.colSpan}"`);
  if (header) attrs.push('scope="col"');
  const explainable = !header && cell.text !== '' && (cell.role === 'amount' || cell.value !== undefined);
  if (explainable) {
    const id = `table:${table.key}/${cell.row ?? table.rowKeys[r] ?? `#${r}`}/${table.columnKeys[c] ?? `#${c}`}`;
    attrs.push(`data-figure="${escapeHtml(id)}" tabindex="0" role="button"`);
  }
  return `<${tag} ${attrs.join(' ')}>${escapeHtml(cell.text).replace(/\n/g, '<br>')}</${tag}>`;
}

/** Text safe inside HTML elements and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}
