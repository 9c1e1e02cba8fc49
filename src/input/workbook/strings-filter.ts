import { decodeXml, readTag, tagEnd } from './xml-scan.js';

/** The shared strings the kept cells use, by their index, each cut to `maxChars`; or why they cannot be kept. */
export interface FilteredStrings {
  strings: Map<number, string>;
  problem?: string;
}

/**
 * Streams xl/sharedStrings.xml and keeps only the strings in `used`, as plain text (runs joined, phonetic runs
 * dropped) cut to `maxChars`: an unused 150 MB string costs a scan, and a used one no more than the reader's
 * text limit needs. The kept text is charged against `maxTotalChars`, what is left of the workbook's text budget.
 */
export class StringsFilter {
  private buffer = '';
  private count = 0;
  private inSi = false;
  private inT = false;
  private phonetic = 0;
  private raw = '';
  private total = 0;
  private readonly kept = new Map<number, string>();
  private problem: string | undefined;

  constructor(
    private readonly used: ReadonlySet<number>,
    private readonly maxChars: number,
    private readonly maxTotalChars: number,
  ) {}

  push(piece: string): void {
    if (this.problem) return;
    this.buffer += piece;
    this.buffer = this.buffer.slice(this.scan());
  }

  finish(): FilteredStrings {
    return { strings: this.kept, ...(this.problem ? { problem: this.problem } : {}) };
  }

  private scan(): number {
    const xml = this.buffer;
    let pos = 0;
    for (;;) {
      const lt = xml.indexOf('<', pos);
      if (lt < 0) {
        this.text(xml, pos, xml.length);
        return xml.length;
      }
      this.text(xml, pos, lt);
      const gt = tagEnd(xml, lt);
      if (gt < 0) return lt;
      this.tag(readTag(xml, lt, gt));
      if (this.problem) return xml.length;
      pos = gt + 1;
    }
  }

  /** Raw text of a `t` run of a used string, up to what `maxChars` characters can need (entities take up to 10). */
  private text(xml: string, from: number, to: number): void {
    if (!this.inT || this.phonetic > 0 || from >= to || !this.used.has(this.count)) return;
    const room = this.maxChars * 10 - this.raw.length;
    if (room > 0) this.raw += xml.slice(from, Math.min(to, from + room));
  }

  private tag(tag: ReturnType<typeof readTag>): void {
    if (tag.name === 'si') {
      if (!tag.closing) this.openSi();
      if (tag.closing || tag.selfClosing) this.closeSi();
    } else if (tag.name === 'rPh') {
      if (!tag.selfClosing) this.phonetic += tag.closing ? -1 : 1;
    } else if (tag.name === 't' && this.inSi) {
      this.inT = !tag.closing && !tag.selfClosing;
    }
  }

  private openSi(): void {
    this.inSi = true;
    this.raw = '';
  }

  private closeSi(): void {
    if (!this.inSi) return;
    if (this.used.has(this.count)) {
      const text = decodeXml(this.cut(this.raw));
      this.total += text.length;
      if (this.total > this.maxTotalChars) this.problem = `工作簿中的文字总量超过上限 ${this.maxTotalChars} 字`;
      this.kept.set(this.count, ` ${text}`.slice(1));
    }
    this.count++;
    this.inSi = false;
    this.inT = false;
    this.raw = '';
  }

  /** At most `maxChars` characters of the raw run text, still escaped (entities never cut in two). */
  private cut(raw: string): string {
    let chars = 0;
    let i = 0;
    while (i < raw.length && chars < this.maxChars) {
      if (raw.charCodeAt(i) === 38) {
        const semi = raw.indexOf(';', i);
        if (semi < 0 || semi - i > 10) break;
        i = semi + 1;
      } else i += (raw.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      chars++;
    }
    return raw.slice(0, i);
  }
}
