import { attribute, decodeXml } from './xml-scan.js';

/** Built-in number formats that matter to the reader: percentages and dates (ECMA-376 §18.8.30). */
const BUILT_IN: Record<number, string> = {
  9: '0%',
  10: '0.00%',
  14: 'yyyy-mm-dd',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy-mm-dd h:mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};
/** East Asian built-in date formats (27–36, 50–58): their codes differ by locale, but all are dates. */
const BUILT_IN_DATES = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** The number format of each cell style (`s` index), from xl/styles.xml. */
export function styleFormats(stylesXml: string): string[] {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = Number(attribute(m[0], 'numFmtId'));
    const code = attribute(m[0], 'formatCode');
    if (Number.isInteger(id) && code !== undefined) custom.set(id, decodeXml(code));
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([^]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)].map((m) => {
    const id = Number(attribute(m[0], 'numFmtId') ?? 0);
    return custom.get(id) ?? BUILT_IN[id] ?? (BUILT_IN_DATES.has(id) ? 'yyyy"年"m"月"d"日"' : 'General');
  });
}

/** Whether a number format shows a date or time (as exceljs decides: y m d h s b outside quotes and brackets). */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The date an Excel serial number stands for (1900 system, or 1904 when the workbook says so). */
export function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}
