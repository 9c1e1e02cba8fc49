import type { BudgetDocument } from '../document/model.js';

/** The default output name: `2024年XX局部门预算公开` (year, the unit's full name, its scope). */
export const DEFAULT_NAME_PATTERN = '{年度}年{单位}{范围}预算公开';

/** The placeholders a `--name` pattern may use, and what each stands for. */
export const NAME_PLACEHOLDERS = {
  年度: '预算年度',
  单位: '部门或单位全称',
  范围: '“部门”或“单位”',
  标题: '文档标题（封面）',
  文件名: '填报文件名（不含扩展名；examples/ 下 …/<案例>/input.json 为案例目录名）',
} as const;

type Placeholder = keyof typeof NAME_PLACEHOLDERS;

/** What a name can be made of: the document's facts (the scope from its tables' name line), and the input's own base name. */
export function nameFacts(document: BudgetDocument | undefined, inputName: string): Record<Placeholder, string> {
  const name = (document?.meta.name ?? '').replace(/（汇总）$/, '');
  const label = firstNameLine(document);
  return {
    年度: document ? String(document.meta.year) : '',
    单位: name,
    范围: /^部门/.test(label) ? '部门' : /^单位/.test(label) ? '单位' : '',
    标题: document?.meta.title ?? '',
    文件名: inputName,
  };
}

function firstNameLine(document: BudgetDocument | undefined): string {
  for (const part of document?.parts ?? []) for (const block of part.blocks) if (block.type === 'table' && block.table.nameLine) return block.table.nameLine;
  return '';
}

/** Unknown placeholders in a pattern (`{单位名}`), for the usage message. */
export function unknownPlaceholders(pattern: string): string[] {
  return [...pattern.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '').filter((p) => !(p in NAME_PLACEHOLDERS));
}

/**
 * A pattern filled in and made a safe file name; the input's own name when the facts leave it empty (a file that
 * could not be read has no unit or year).
 */
export function outputBaseName(pattern: string, facts: Record<Placeholder, string>): string {
  const filled = pattern.replace(/\{([^{}]*)\}/g, (whole, key: string) => (key in NAME_PLACEHOLDERS ? facts[key as Placeholder] : whole));
  const needsFacts = /\{(年度|单位|范围|标题)\}/.test(pattern);
  const missing = needsFacts && !facts.单位;
  return safeFileName(missing ? facts.文件名 : filled) || safeFileName(facts.文件名) || '预算公开';
}

/** Longest base name, in UTF-8 bytes: room is left for an extension and a temp suffix within 255 bytes. */
export const MAX_NAME_BYTES = 200;

/** Names Windows reserves for devices, whatever the extension (`CON.docx` cannot be created). */
const RESERVED = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$/i;

/**
 * A base name safe on Windows and Linux: `<>:"/\|?*` and control characters become `_`, leading dots (hidden
 * files) and trailing dots and spaces (Windows drops them) go, a reserved device name gets `_`, and the name is
 * cut to 200 bytes of UTF-8 at a character boundary.
 */
export function safeFileName(name: string): string {
  let out = name
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  out = cutBytes(out, MAX_NAME_BYTES).replace(/[.\s]+$/, '');
  if (RESERVED.test(out.split('.')[0] ?? '')) out = `${out}_`;
  return out;
}

function cutBytes(text: string, max: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= max) return text;
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const size = encoder.encode(ch).length;
    if (bytes + size > max) break;
    out += ch;
    bytes += size;
  }
  return out;
}

/**
 * Names unique within one run: the first unit keeps its name, each later one with the same name (compared as a
 * case-insensitive file system would) gets `（2）`, `（3）`…; the renames are returned for the summary.
 */
export class NameRegistry {
  private readonly used = new Set<string>();
  /**
   * For each stem a copy was numbered on (folded), the number the next copy tries first: every lower one is taken,
   * since names are never given back. Keyed by the stem, not the name: two names that fold alike may cut to stems
   * that do not (lower case can change a character's UTF-8 length). A batch of 1,000 units with one name probes
   * about 1,000 candidates, not 500,000.
   */
  private readonly next = new Map<string, number>();

  /** The name to write under, and whether it differs from the one asked for. */
  reserve(name: string): string {
    if (!this.used.has(fold(name))) {
      this.used.add(fold(name));
      return name;
    }
    const stem = cutBytes(name, MAX_NAME_BYTES - 8);
    const key = fold(stem);
    let n = this.next.get(key) ?? 2;
    let candidate = `${stem}（${n}）`;
    while (this.used.has(fold(candidate))) candidate = `${stem}（${++n}）`;
    this.next.set(key, n + 1);
    this.used.add(fold(candidate));
    return candidate;
  }
}

function fold(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
