import { escapeAsDocx, runProps } from './paragraph-xml.js';
import { printable, type FontName } from './typography.js';

/**
 * Complex fields (ECMA-376 §17.16.18): `w:fldChar begin` · `w:instrText` · [`separate` · result runs] · `end`,
 * each in its own run carrying the font, as XML (paragraph-xml.ts).
 */
function fieldRun(font: FontName, content: string): string {
  return `<w:r>${runProps(font)}${content}</w:r>`;
}

function fieldChar(font: FontName, type: 'begin' | 'separate' | 'end'): string {
  return fieldRun(font, `<w:fldChar w:fldCharType="${type}"/>`);
}

/** The field code run; `xml:space="preserve"` keeps the switches' spacing. */
function instruction(font: FontName, code: string): string {
  return fieldRun(font, `<w:instrText xml:space="preserve">${escapeAsDocx(code)}</w:instrText>`);
}

/** Runs that open a field (begin, code, separate); the result runs and `fieldEnd` follow. */
export function fieldStart(code: string, font: FontName): string {
  return fieldChar(font, 'begin') + instruction(font, code) + fieldChar(font, 'separate');
}

/** The run that closes a field. */
export function fieldEnd(font: FontName): string {
  return fieldChar(font, 'end');
}

/**
 * A TC field (ECMA-376 §17.16.5.72): an invisible 目录 entry `text` at `level`, placed where the entry points.
 * The TOC field gathers these (`\f`), so its entries read exactly as the model's TocBlock.
 */
export function tcField(text: string, level: number, font: FontName): string {
  const quoted = printable(text).replace(/\s+/g, ' ').replace(/"/g, '\\"');
  return fieldChar(font, 'begin') + instruction(font, ` TC "${quoted}" \\l ${level} `) + fieldChar(font, 'end');
}
