import { AlignmentType, Document, ImportedXmlComponent, LeaderType, LineRuleType, Packer, Paragraph, Run, Tab, TabStopType, TextRun, type IParagraphOptions } from 'docx';
import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../document/model.js';
import { readZip } from '../../zip/index.js';
import { documentItems } from './docx-xml.js';
import { renderDocx } from './index.js';
import { paragraphXml, runProps, textRunsXml, type ParagraphProps } from './paragraph-xml.js';
import { fieldEnd, fieldStart, tcField } from './fields.js';
import { FONT, printable, runFonts, type FontName } from './typography.js';

/** What docx 9.7 itself writes for `paragraphs`: the body of a one-section document, without its w:sectPr. */
async function docxBody(paragraphs: Paragraph[]): Promise<string> {
  const xml = new TextDecoder().decode(readZip(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }))).find((e) => e.name === 'word/document.xml')?.data);
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr'));
}

/** The docx objects this writer built before paragraph-xml.ts (typography.ts `textRuns`, fields.ts). */
function docxRuns(text: string, font: FontName, points: number): TextRun[] {
  return printable(text)
    .split('\n')
    .map((line, i) => {
      const children = line.split('\t').flatMap((part, j) => (j === 0 ? [part] : [new Tab(), part]));
      return new TextRun({ children, font: runFonts(font), size: points * 2, ...(i > 0 ? { break: 1 } : {}) });
    });
}

function docxField(font: FontName, code: string, type: 'begin' | 'end' | 'separate' | 'code'): Run {
  if (type !== 'code') return new Run({ font: runFonts(font), children: [new ImportedXmlComponent('w:fldChar', { 'w:fldCharType': type })] });
  const element = new ImportedXmlComponent('w:instrText', { 'xml:space': 'preserve' });
  element.push(code);
  return new Run({ font: runFonts(font), children: [element] });
}

const TRICKY = 'A & B <c> "d" \'e\'\t12.30\n第二行\r\n第三行\u0007 𠀀';

describe('paragraphXml：与 docx 9.7 对同样选项的序列化逐字节相同', () => {
  const cases: [string, IParagraphOptions, ParagraphProps][] = [
    [
      '部分标题',
      { overflowPunctuation: true, alignment: AlignmentType.CENTER, pageBreakBefore: true, keepNext: true, keepLines: true, outlineLevel: 0, spacing: { before: 0, after: 579, line: 640, lineRule: LineRuleType.EXACT } },
      { keepNext: true, keepLines: true, pageBreakBefore: true, overflowPunct: true, spacing: { after: 579, before: 0, line: 640, lineRule: 'exact' }, align: 'center', outline: 0 },
    ],
    [
      '正文',
      { overflowPunctuation: true, pageBreakBefore: false, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 640 }, spacing: { line: 579, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      { overflowPunct: true, spacing: { after: 0, before: 0, line: 579, lineRule: 'exact' }, indent: { firstLine: 640 }, align: 'both' },
    ],
    [
      '目录条目',
      { overflowPunctuation: true, style: 'TOC2', tabStops: [{ type: TabStopType.RIGHT, position: 8845, leader: LeaderType.DOT }], indent: { left: 640 }, spacing: { line: 480, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      { style: 'TOC2', overflowPunct: true, tabs: [{ val: 'right', pos: 8845, leader: 'dot' }], spacing: { after: 0, before: 0, line: 480, lineRule: 'exact' }, indent: { left: 640 } },
    ],
    [
      '表名行',
      { overflowPunctuation: true, keepNext: true, tabStops: [{ type: TabStopType.RIGHT, position: 14798 }], spacing: { after: 60 } },
      { keepNext: true, overflowPunct: true, tabs: [{ val: 'right', pos: 14798 }], spacing: { after: 60 } },
    ],
    ['注', { overflowPunctuation: true, spacing: { before: 60 } }, { overflowPunct: true, spacing: { before: 60 } }],
  ];
  for (const [name, options, props] of cases) {
    it(`${name}：转义（& < > " '）、制表符、换行、不可打印字符`, async () => {
      const expected = await docxBody([new Paragraph({ ...options, children: docxRuns(TRICKY, FONT.body, 16) })]);
      expect(paragraphXml(props, textRunsXml(TRICKY, FONT.body, 16))).toBe(expected);
    });
  }

  it('域：TC 域（引号转义）、TOC 域的开始与结束；无属性的段落；空段落', async () => {
    const code = ' TC "A & \\"B\\" <c>" \\l 2 ';
    const expected = await docxBody([
      new Paragraph({ overflowPunctuation: true, children: [docxField(FONT.heading, '', 'begin'), docxField(FONT.heading, code, 'code'), docxField(FONT.heading, '', 'end'), ...docxRuns('预算01表', FONT.heading, 14)] }),
      new Paragraph({ children: [docxField(FONT.body, '', 'begin'), docxField(FONT.body, ' TOC ', 'code'), docxField(FONT.body, '', 'separate'), docxField(FONT.body, '', 'end')] }),
      new Paragraph({}),
    ]);
    const actual = [
      paragraphXml({ overflowPunct: true }, tcField('A & "B"\n<c>', 2, FONT.heading) + textRunsXml('预算01表', FONT.heading, 14)),
      paragraphXml({}, fieldStart(' TOC ', FONT.body) + fieldEnd(FONT.body)),
      paragraphXml({}, ''),
    ].join('');
    expect(actual).toBe(expected);
    expect(runProps(FONT.table)).toBe('<w:rPr><w:rFonts w:ascii="宋体" w:cs="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:hint="eastAsia"/></w:rPr>');
  });
});

describe('renderDocx：直接写出的段落读回来与模型相同', () => {
  it('含 & < > " \' 、制表符和换行的正文、标题读回原文', async () => {
    const text = 'A & B <c> "d" \'e\'\t制表\n换行';
    const doc: BudgetDocument = {
      meta: { title: '测试', year: 2024, name: '测试单位', profile: 'luoyang-e2024', edition: 'E2024', source: 'test' },
      parts: [{ id: 'overview', blocks: [{ type: 'heading', level: 2, text: `一、${text}` }, { type: 'paragraph', text }] }],
    };
    const xml = new TextDecoder().decode(readZip(await renderDocx(doc)).find((e) => e.name === 'word/document.xml')?.data);
    expect(documentItems(xml)).toEqual([
      { kind: 'paragraph', text: `一、${text}` },
      { kind: 'paragraph', text },
    ]);
    expect(xml).not.toContain('\u0001');
  });
});
