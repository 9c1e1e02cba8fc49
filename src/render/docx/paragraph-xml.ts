import { printable } from '../../xml/text.js';
import type { FontName } from './typography.js';

/**
 * WordprocessingML paragraphs written as text, byte for byte as docx 9.7 serialises the Paragraph and TextRun
 * options this writer used (paragraph-xml.test.ts holds the two together). Building docx's object model cost
 * about 0.01 ms a paragraph and its serialiser as much again, most of the writer's time outside the tables;
 * sections.ts puts them in word/document.xml.
 */

/** A paragraph's properties (w:pPr), in the order docx writes them. */
export interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  /** w:overflowPunct (CJK_PARAGRAPH); every paragraph but the empty 目录 field's carries it. */
  overflowPunct?: boolean;
  tabs?: readonly { val: 'right'; pos: number; leader?: 'dot' }[];
  spacing?: { after?: number; before?: number; line?: number; lineRule?: string };
  indent?: { left?: number; firstLine?: number };
  align?: 'center' | 'both';
  /** w:outlineLvl, 0-based. */
  outline?: number;
}

/** `<w:p>` with `props` and `runs` (already XML). */
export function paragraphXml(props: ParagraphProps, runs: string): string {
  const p = pPrXml(props);
  if (p === '' && runs === '') return '<w:p/>';
  return `<w:p>${p === '' ? '' : `<w:pPr>${p}</w:pPr>`}${runs}</w:p>`;
}

function pPrXml(props: ParagraphProps): string {
  let out = '';
  if (props.style !== undefined) out += `<w:pStyle w:val="${escapeAsDocx(props.style)}"/>`;
  if (props.keepNext) out += '<w:keepNext/>';
  if (props.keepLines) out += '<w:keepLines/>';
  if (props.pageBreakBefore) out += '<w:pageBreakBefore/>';
  if (props.overflowPunct) out += '<w:overflowPunct/>';
  if (props.tabs && props.tabs.length > 0) {
    out += `<w:tabs>${props.tabs.map((t) => `<w:tab w:val="${t.val}" w:pos="${t.pos}"${t.leader ? ` w:leader="${t.leader}"` : ''}/>`).join('')}</w:tabs>`;
  }
  const { spacing, indent } = props;
  if (spacing) out += `<w:spacing${attribute('w:after', spacing.after)}${attribute('w:before', spacing.before)}${attribute('w:line', spacing.line)}${attribute('w:lineRule', spacing.lineRule)}/>`;
  if (indent) out += `<w:ind${attribute('w:left', indent.left)}${attribute('w:firstLine', indent.firstLine)}/>`;
  if (props.align) out += `<w:jc w:val="${props.align}"/>`;
  if (props.outline !== undefined) out += `<w:outlineLvl w:val="${props.outline}"/>`;
  return out;
}

/** ` key="value"`, or nothing for no value (a paragraph's attributes, written without an array of pairs per paragraph). */
function attribute(key: string, value: string | number | undefined): string {
  return value === undefined ? '' : ` ${key}="${value}"`;
}

/** The run properties of narrative text: the font on every script slot (hint eastAsia), and the size in points if given. */
export function runProps(font: FontName, points?: number): string {
  const size = points === undefined ? '' : `<w:sz w:val="${points * 2}"/><w:szCs w:val="${points * 2}"/>`;
  return `<w:rPr><w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:hint="eastAsia"/>${size}</w:rPr>`;
}

/**
 * Text runs with the East Asian font set on every slot: one run per line (a w:br opens each later line), a w:tab
 * between tab-separated parts. The text is made printable first (see `printable`).
 */
export function textRunsXml(text: string, font: FontName, points: number): string {
  return runsXml(text, runProps(font, points));
}

/** `text` as runs carrying the run properties `props` (XML): lines as w:br, tabs as w:tab, as docx's TextRun writes them. */
export function runsXml(text: string, props: string): string {
  if (SIMPLE.test(text)) return `<w:r>${props}<w:t xml:space="preserve">${escapeAsDocx(text)}</w:t></w:r>`;
  return printable(text)
    .split('\n')
    .map((line, i) => `<w:r>${props}${i > 0 ? '<w:br/>' : ''}${line.split('\t').map((part, j) => `${j > 0 ? '<w:tab/>' : ''}<w:t xml:space="preserve">${escapeAsDocx(part)}</w:t>`).join('')}</w:r>`)
    .join('');
}

/** Text that `printable` leaves alone and that holds no line break or tab (nearly every text). */
const SIMPLE = /^[^\u0000-\u001f\ud800-\udfff\ufffe\uffff]*$/;

/**
 * The escaping of docx's serialiser (the `xml` package), in text and attribute values alike: all five XML specials,
 * where xml/text.ts escapeXml escapes three; kept apart so the paragraphs stay byte for byte what docx wrote.
 */
export function escapeAsDocx(text: string): string {
  return text.replace(/[&"<>']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
