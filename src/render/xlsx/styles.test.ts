import { describe, expect, it } from 'vitest';
import { StyleTable, type CellStyle } from './styles.js';

const body: CellStyle = { font: '宋体', size: 10, bold: false, horizontal: 'left', wrap: true, indent: true, border: true, amount: false };

describe('StyleTable (xl/styles.xml)', () => {
  it('gives one cellXfs entry per distinct style, and one font per distinct font', () => {
    const styles = new StyleTable('0.00_ ');
    const text = styles.xf(body);
    const amount = styles.xf({ ...body, horizontal: 'right', indent: false, amount: true });
    const bold = styles.xf({ ...body, bold: true });
    expect([text, amount, bold]).toEqual([1, 2, 3]);
    expect(styles.xf({ ...body })).toBe(text);
    expect(styles.xf({ ...body, horizontal: 'right', indent: false, amount: true })).toBe(amount);
    const xml = styles.xml();
    expect(xml).toContain('<cellXfs count="4">');
    expect(xml).toContain('<fonts count="3">'); // default, 宋体 10, 宋体 10 bold
    expect(xml).toContain('<numFmt numFmtId="164" formatCode="0.00_ "/>');
    expect(xml).toMatch(/<xf numFmtId="164" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="center" wrapText="1"\/><\/xf>/);
    expect(xml).toContain('<alignment horizontal="left" vertical="center" wrapText="1" indent="1"/>');
  });

  it('holds the defaults Excel requires before any cell style: font 0, fills none and gray125, border 0, the Normal style', () => {
    const xml = new StyleTable('0.00_ ').xml();
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>\n<styleSheet xmlns="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main">/);
    expect(xml).toContain('<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>');
    expect(xml).toContain('<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>');
    expect(xml).toContain('<border><left/><right/><top/><bottom/><diagonal/></border>');
    expect(xml).toContain('<left style="thin"><color rgb="FF000000"/></left>');
    expect(xml).toContain('<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>');
    expect(xml).toContain('<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>');
    expect(xml).toContain('<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>');
  });

  it('finds a frozen style again by identity, and a changed unfrozen object by what it now says', () => {
    const styles = new StyleTable('0.00_ ');
    const frozen = Object.freeze({ ...body });
    expect([styles.xf(frozen), styles.xf(frozen), styles.xf({ ...body })]).toEqual([1, 1, 1]);
    const changing = { ...body };
    expect(styles.xf(changing)).toBe(1);
    changing.bold = true;
    expect(styles.xf(changing)).toBe(2);
    expect(styles.xf(Object.freeze({ ...body, bold: true }))).toBe(2);
  });
});
