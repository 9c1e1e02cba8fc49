import { budgetDocumentSchema, type Block, type BudgetDocument, type GridTable } from '../../document/model.js';
import { ZipError, openZip } from '../../zip/index.js';
import { InternalError } from '../../model/diagnostic.js';
import { DocumentItemsReader, decodeEntities, type DocxItem } from './docx-xml.js';
import { MODEL_NAMESPACE, MODEL_PART } from './package.js';
import { printable } from './typography.js';

export type { DocxItem } from './docx-xml.js';

const DOCUMENT_PART = 'word/document.xml';

/**
 * What the .docx must read as, from the model alone: a part title is `label⏎title` (one paragraph, line
 * break), the 目录 is its title then one paragraph per entry, a table is its label, title, subtitle, the name
 * line `name⇥单位：万元`, the grid's content cells row by row, then its notes; each text as `printable` writes it.
 */
export function expectedItems(doc: BudgetDocument): DocxItem[] {
  const items: DocxItem[] = [];
  const paragraph = (text: string | undefined) => {
    const shown = printable(text ?? '');
    if (shown) items.push({ kind: 'paragraph', text: shown });
  };
  for (const part of doc.parts) for (const block of part.blocks) pushBlock(block, paragraph, items);
  return items;
}

function pushBlock(block: Block, paragraph: (text: string | undefined) => void, items: DocxItem[]): void {
  switch (block.type) {
    case 'partTitle':
      return paragraph(block.label === undefined ? block.title : `${block.label}\n${block.title}`);
    case 'heading':
    case 'paragraph':
      return paragraph(block.text);
    case 'toc':
      paragraph(block.title);
      for (const entry of block.entries) paragraph(entry.text);
      return;
    case 'table':
      return pushTable(block.table, paragraph, items);
  }
}

function pushTable(table: GridTable, paragraph: (text: string | undefined) => void, items: DocxItem[]): void {
  paragraph(table.label);
  paragraph(table.title);
  paragraph(table.subtitle);
  paragraph([table.nameLine, table.unitLine].filter(Boolean).join('\t'));
  const rows = table.rows.map((row) => row.flatMap((cell) => (cell.kind === 'content' ? [printable(cell.text)] : [])));
  items.push({ kind: 'table', rows });
  for (const note of table.notes) paragraph(note);
}

/**
 * Proves a .docx shows exactly the model: every paragraph and every table cell, in order (line breaks aside);
 * throws InternalError at the first difference.
 */
export async function verifyDocx(bytes: Uint8Array, doc: BudgetDocument): Promise<void> {
  // Streamed through node:zlib: this runs on every generated file, jszip's inflate was ~40 ms of a cold run,
  // and a 2,000-project document's XML (100+ MB) held whole doubled the CLI's peak memory (bench/RESULTS.md).
  const pieces = openZip(bytes).textPieces(DOCUMENT_PART);
  if (!pieces) throw new InternalError(`Word 文档缺少 ${DOCUMENT_PART}`);
  const reader = new DocumentItemsReader();
  for await (const piece of pieces) reader.push(piece);
  const actual = reader.finish();
  const expected = expectedItems(doc);
  const count = Math.max(actual.length, expected.length);
  for (let i = 0; i < count; i++) {
    const difference = compareItem(expected[i], actual[i]);
    if (difference) throw new InternalError(`Word 文档与文档模型不一致（第${i + 1}项）：${difference}`);
  }
}

function compareItem(expected: DocxItem | undefined, actual: DocxItem | undefined): string | undefined {
  if (!expected || !actual) return `应为${describe(expected)}，实际为${describe(actual)}`;
  if (expected.kind === 'paragraph' || actual.kind === 'paragraph') {
    const same = expected.kind === actual.kind && flat(expected) === flat(actual);
    return same ? undefined : `应为${describe(expected)}，实际为${describe(actual)}`;
  }
  const rows = Math.max(expected.rows.length, actual.rows.length);
  for (let r = 0; r < rows; r++) {
    const want = expected.rows[r] ?? [];
    const got = actual.rows[r] ?? [];
    for (let c = 0; c < Math.max(want.length, got.length); c++) {
      if (want[c]?.replace(/\n/g, '') !== got[c]?.replace(/\n/g, '')) return `表格第${r + 1}行第${c + 1}个单元格应为「${want[c] ?? '（无）'}」，实际为「${got[c] ?? '（无）'}」`;
    }
  }
  return undefined;
}

/** Line breaks are layout (a balanced title, a wrapped cell), not content: texts compare without them. */
function flat(item: DocxItem): string {
  return item.kind === 'paragraph' ? item.text.replace(/\n/g, '') : '';
}

function describe(item: DocxItem | undefined): string {
  if (!item) return '（无）';
  return item.kind === 'paragraph' ? `段落「${item.text}」` : `表格（${item.rows.length}行）`;
}

/** The BudgetDocument a yusuan .docx carries in its custom XML part; undefined for any other file. */
export async function readEmbeddedModel(bytes: Uint8Array): Promise<BudgetDocument | undefined> {
  const xml = modelPart(bytes);
  const match = xml ? /<model xmlns="([^"]*)"[^>]*>([\s\S]*)<\/model>/.exec(xml) : null;
  if (!match || match[1] !== MODEL_NAMESPACE) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(decodeEntities(match[2] ?? ''));
  } catch {
    return undefined;
  }
  const parsed = budgetDocumentSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

function modelPart(bytes: Uint8Array): string | undefined {
  try {
    return openZip(bytes).text(MODEL_PART);
  } catch (error) {
    if (error instanceof ZipError) return undefined;
    throw error;
  }
}
