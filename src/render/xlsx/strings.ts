import { escapeXml } from '../../xml/text.js';
import { printable } from '../../xml/text.js';
import { MAIN_NS, XML_HEADER } from './xml.js';

/**
 * The workbook's shared strings table (xl/sharedStrings.xml, SpreadsheetML §18.4), as Excel writes text cells:
 * a cell holds `t="s"` and the index of its text here. A text starting with `=`, `+`, `-` or `@` stays text,
 * since only an `f` element makes a formula and this writer never writes one.
 */
export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly texts: string[] = [];
  private uses = 0;

  /**
   * The index of a text (made printable first), adding it on first use; undefined when nothing printable is left.
   * A text already in the table is printable as it is (printable gives back what it made), so it is looked up
   * before being checked: most texts of a workbook are repeats.
   */
  index(text: string): number | undefined {
    let index = this.indexes.get(text);
    if (index === undefined) {
      const printed = printable(text);
      if (printed === '') return undefined;
      index = this.indexes.get(printed);
      if (index === undefined) {
        index = this.texts.length;
        this.indexes.set(printed, index);
        this.texts.push(printed);
      }
    }
    this.uses++;
    return index;
  }

  /**
   * The part, one `si` at a time. A text with leading or trailing space or a line break keeps it (`xml:space`).
   * Most texts need neither that nor escaping, which one test tells.
   */
  *xml(): Generator<string> {
    yield `${XML_HEADER}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.texts.length}">`;
    for (const text of this.texts) {
      if (!SPECIAL.test(text)) yield `<si><t>${text}</t></si>`;
      else if (/^\s|\n|\s$/.test(text)) yield `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`;
      else yield `<si><t>${escapeXml(text)}</t></si>`;
    }
    yield '</sst>';
  }
}

/** Matches a text that needs `xml:space` (space at either end, a line break) or escaping (`&`, `<`, `>`). */
const SPECIAL = /^\s|\n|\s$|[&<>]/;
