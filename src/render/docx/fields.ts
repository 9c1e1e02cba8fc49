import { ImportedXmlComponent, Run, type XmlComponent } from 'docx';
import { printable, runFonts, type FontName } from './typography.js';

/**
 * Complex fields (ECMA-376 §17.16.18): `w:fldChar begin` · `w:instrText` · [`separate` · result runs] · `end`.
 * docx 9.7 exposes them only inside its own TOC and PageNumber, so these build the parts directly.
 */
export function fieldChar(type: 'begin' | 'separate' | 'end', dirty = false): XmlComponent {
  return new ImportedXmlComponent('w:fldChar', dirty ? { 'w:fldCharType': type, 'w:dirty': 'true' } : { 'w:fldCharType': type });
}

/** The field code run content; `xml:space="preserve"` keeps the switches' spacing. */
export function instruction(code: string): XmlComponent {
  const element = new ImportedXmlComponent('w:instrText', { 'xml:space': 'preserve' });
  element.push(code);
  return element;
}

/** Runs that open a field (begin, code, separate); the result runs and `fieldEnd` follow. */
export function fieldStart(code: string, font: FontName, dirty = false): Run[] {
  const font$ = runFonts(font);
  return [
    new Run({ font: font$, children: [fieldChar('begin', dirty)] }),
    new Run({ font: font$, children: [instruction(code)] }),
    new Run({ font: font$, children: [fieldChar('separate')] }),
  ];
}

/** The run that closes a field. */
export function fieldEnd(font: FontName): Run {
  return new Run({ font: runFonts(font), children: [fieldChar('end')] });
}

/**
 * A TC field (ECMA-376 §17.16.5.72): an invisible 目录 entry `text` at `level`, placed where the entry points.
 * The TOC field gathers these (`\f`), so its entries read exactly as the model's TocBlock.
 */
export function tcField(text: string, level: number, font: FontName): Run[] {
  const quoted = printable(text).replace(/\s+/g, ' ').replace(/"/g, '\\"');
  const font$ = runFonts(font);
  return [
    new Run({ font: font$, children: [fieldChar('begin')] }),
    new Run({ font: font$, children: [instruction(` TC "${quoted}" \\l ${level} `)] }),
    new Run({ font: font$, children: [fieldChar('end')] }),
  ];
}
