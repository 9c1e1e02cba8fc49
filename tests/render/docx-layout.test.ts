import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/index.js';
import { LANDSCAPE_TEXT_WIDTH } from '../../src/render/docx/typography.js';
import type { GridTable } from '../../src/document/model.js';
import { all, docxParts, paragraphWith, sections } from './docx-parts.js';
import { fixtureDocument } from './fixture.js';

const doc = fixtureDocument();
const parts = await docxParts(await renderDocx(doc));
const documentXml = parts.get('word/document.xml') ?? '';
const stylesXml = parts.get('word/styles.xml') ?? '';
/** One style's definition in word/styles.xml (empty when absent). */
const styleXml = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(stylesXml)?.[0] ?? '';
/** The font size (half-points) a table cell style sets. */
const sizeOfStyle = (id: string) => /<w:sz w:val="(\d+)"\/>/.exec(styleXml(id))?.[1];
const tables = doc.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : [])));

describe('renderDocx：版式结构（word/document.xml）', () => {
  const segments = sections(documentXml);

  it('每张表独占一个横向分节，叙述部分为纵向 A4', () => {
    const withTables = segments.filter((s) => s.body.includes('<w:tbl>'));
    expect(withTables).toHaveLength(tables.length);
    for (const s of withTables) {
      expect(all(s.body, /<w:tbl>/)).toHaveLength(1);
      expect(s.sectPr).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    }
    const portrait = segments.filter((s) => !s.body.includes('<w:tbl>'));
    expect(portrait.length).toBeGreaterThan(0);
    for (const s of portrait) expect(s.sectPr).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  });

  it('纵向页边距按 GB/T 9704：上37 下35 左28 右26 毫米', () => {
    const portrait = segments.find((s) => s.sectPr.includes('w:orient="portrait"'));
    expect(portrait?.sectPr).toMatch(/<w:pgMar w:top="2097" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('表头行每页重复（tblHeader），所有行不跨页断开（cantSplit）', () => {
    const tbls = all(documentXml, /<w:tbl>[\s\S]*?<\/w:tbl>/).map((m) => m[0]);
    tbls.forEach((tbl, i) => {
      const rows = all(tbl, /<w:tr>[\s\S]*?<\/w:tr>/).map((m) => m[0]);
      const table = tables[i] as GridTable;
      expect(rows).toHaveLength(table.rows.length);
      rows.forEach((row, r) => {
        expect(row).toContain('<w:cantSplit/>');
        expect(row.includes('<w:tblHeader/>')).toBe(r < table.headerRows);
      });
    });
  });

  it('固定列宽：tblGrid 按相对宽度缩放到横向版心宽度', () => {
    const grids = all(documentXml, /<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/);
    expect(grids).toHaveLength(tables.length);
    for (const g of grids) {
      const widths = all(g[1] ?? '', /<w:gridCol w:w="(\d+)"\/>/).map((m) => Number(m[1]));
      expect(widths.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_WIDTH);
    }
    expect(all(documentXml, /<w:tblLayout w:type="fixed"\/>/)).toHaveLength(tables.length);
    const first = all(grids[0]?.[1] ?? '', /w:w="(\d+)"/).map((m) => Number(m[1]));
    expect(first[0]).toBeGreaterThan(2 * (first[1] ?? 0)); // 30 : 12 characters
  });

  it('纵向合并：起始格 restart，下面各行由本程序插入 continue 续格', () => {
    const performance = all(documentXml, /<w:tbl>[\s\S]*?<\/w:tbl>/)[3]?.[0] ?? '';
    // 12 projects × 7 merged columns (A–G), each spanning 3 rows; header: 3 + 1 + (3 cells spanning rows 2–3)
    expect(all(performance, /<w:vMerge w:val="restart"\/>/)).toHaveLength(12 * 7 + 4);
    expect(all(performance, /<w:vMerge w:val="continue"\/>/)).toHaveLength(12 * 7 * 2 + 3 * 2 + 1);
  });

  it('密度 dense / compact 的表用小号字（六号 7.5pt、小五 9pt）：单元格段落引用该字号的表格样式', () => {
    const tbls = all(documentXml, /<w:tbl>[\s\S]*?<\/w:tbl>/).map((m) => m[0]);
    const sizesOf = (tbl: string) => new Set(all(tbl, /<w:pStyle w:val="(Table(?:Text|Heading)\d+)"\/>/).map((m) => sizeOfStyle(m[1] ?? '')));
    expect(sizesOf(tbls[1] ?? '')).toEqual(new Set(['15']));
    expect(sizesOf(tbls[3] ?? '')).toEqual(new Set(['18']));
    expect(sizesOf(tbls[0] ?? '')).toEqual(new Set(['21']));
  });

  it('每个文字 run 都有东亚字体（w:rFonts w:eastAsia）：直接设置，或来自所在段落的表格样式', () => {
    const paragraphs = all(documentXml, /<w:p>([\s\S]*?)<\/w:p>/).map((m) => m[1] ?? '');
    let runs = 0;
    for (const paragraph of paragraphs) {
      const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1];
      const styleFont = style ? /<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(styleXml(style))?.[1] : undefined;
      for (const run of all(paragraph, /<w:r>([\s\S]*?)<\/w:r>/).map((m) => m[1] ?? '').filter((r) => r.includes('<w:t'))) {
        runs++;
        expect(/<w:rFonts [^>]*w:eastAsia="[^"]+"/.test(run) || styleFont !== undefined, run).toBe(true);
      }
    }
    expect(runs).toBeGreaterThan(100);
    expect(documentXml).toMatch(/w:eastAsia="仿宋_GB2312"[^>]*\/><w:sz w:val="32"\/>/);
    expect(styleXml('TableText21')).toMatch(/<w:rFonts w:ascii="宋体" w:cs="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:hint="eastAsia"\/><w:sz w:val="21"\/><w:szCs w:val="21"\/>/);
    expect(styleXml('TableHeading15')).toMatch(/w:eastAsia="黑体"[^>]*\/><w:sz w:val="15"\/>/);
    expect(styleXml('TableText18')).toContain('<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/>');
  });

  it('正文仿宋_GB2312 三号、固定行距 29 磅、首行缩进两字；一、黑体，（一）楷体，部分标题小标宋二号居中', () => {
    const body = paragraphWith(documentXml, '区政务服务中心无所属预算单位');
    expect(body).toContain('<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"/>');
    expect(body).toContain('<w:ind w:firstLine="640"/>');
    expect(body).toMatch(/<w:rFonts w:ascii="仿宋_GB2312" w:cs="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"\/><w:sz w:val="32"\/>/);
    const heading = paragraphWith(documentXml, '一、收入支出预算总体情况说明');
    expect(heading).toMatch(/w:eastAsia="黑体"[^>]*\/><w:sz w:val="32"\/>/);
    const subheading = paragraphWith(documentXml, '（一）行政（事业）单位机构运转经费支出预算情况');
    expect(subheading).toMatch(/w:eastAsia="楷体_GB2312"[^>]*\/><w:sz w:val="32"\/>/);
    const title = paragraphWith(documentXml, '>第一部分<');
    expect(title).toMatch(/<w:jc w:val="center"\/>/);
    expect(title).toMatch(/w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>/);
  });

  it('大纲级别：部分标题为 1 级，一、标题为 2 级，（一）标题为 3 级', () => {
    const level = (text: string) => /<w:outlineLvl w:val="(\d)"\/>/.exec(paragraphWith(documentXml, text) ?? '')?.[1];
    expect(level('>第一部分<')).toBe('0');
    expect(level('一、收入支出预算总体情况说明')).toBe('1');
    expect(level('（一）行政（事业）单位机构运转经费支出预算情况')).toBe('2');
  });

  it('目录是 TOC 域，缓存结果为 TocBlock 各条及页码（打开时不弹出更新域的对话框）；每条目录在其目标处有 TC 域', () => {
    expect(documentXml).toMatch(/<w:fldChar w:fldCharType="begin"\/><\/w:r><w:r>(?:<w:rPr>[^]*?<\/w:rPr>)?<w:instrText xml:space="preserve"> TOC \\f \\l &quot;1-9&quot; \\h \\z <\/w:instrText>/);
    expect(documentXml).not.toContain('w:dirty');
    const toc = doc.parts[1]?.blocks[0];
    if (toc?.type !== 'toc') throw new Error('fixture changed');
    const marks = all(documentXml, /<w:instrText xml:space="preserve"> TC &quot;(.*?)&quot; \\l (\d) <\/w:instrText>/).map((m) => ({ text: m[1], level: Number(m[2]) }));
    expect(marks).toEqual(toc.entries);
    expect(parts.get('word/settings.xml')).not.toContain('updateFields');
  });

  it('每节页脚居中显示“- 页码 -”（PAGE 域）：各节引用同一个页脚部件', () => {
    const ids = segments.map((s) => /<w:footerReference w:type="default" r:id="([^"]+)"\/>/.exec(s.sectPr)?.[1]);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBeDefined();
    const footers = [...parts.entries()].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    const numbered = footers.filter((xml) => xml.includes('PAGE'));
    expect(numbered.length).toBe(1);
    for (const xml of numbered) {
      expect(xml).toMatch(/<w:jc w:val="center"\/>/);
      expect(xml).toMatch(/<w:t xml:space="preserve">- <\/w:t>[^]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[^]*<w:t xml:space="preserve"> -<\/w:t>/);
    }
    expect(segments[0]?.sectPr).toContain('<w:titlePg/>'); // the cover page carries no number
  });
});
