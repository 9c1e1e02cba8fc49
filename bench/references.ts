import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { BudgetDocument, GridTable } from '../src/document/model.js';

/**
 * Reference point: a docxtemplater fill of an equivalent template. The template has one placeholder per
 * paragraph and, per table, one looping row of as many cells as the table has columns; the data is the
 * document's own texts and cell texts (covered cells empty). Building the template is not timed; the
 * fill (compile, render, zip) is.
 */
export interface TemplateFill {
  template: Buffer;
  data: Record<string, unknown>;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The equivalent template and its data for a document. */
export function equivalentTemplate(document: BudgetDocument): TemplateFill {
  const body: string[] = [];
  const data: Record<string, unknown> = {};
  let n = 0;
  for (const block of document.parts.flatMap((p) => p.blocks)) {
    const key = `b${n++}`;
    if (block.type === 'table') {
      body.push(paragraph(`{${key}title}`), tableTemplate(block.table, key));
      data[`${key}title`] = block.table.title;
      data[key] = block.table.rows.map((row) => Object.fromEntries(row.map((cell, i) => [`c${i}`, cell.kind === 'content' ? cell.text : ''])));
    } else if (block.type === 'toc') {
      body.push(`{#${key}}${paragraph('{text}')}{/${key}}`);
      data[key] = block.entries.map((e) => ({ text: e.text }));
    } else {
      body.push(paragraph(`{${key}}`));
      data[key] = block.type === 'partTitle' ? block.title : block.text;
    }
  }
  return { template: packTemplate(body.join('')), data };
}

/** Fills the template (docxtemplater compile + render + DEFLATE zip). */
export function fillTemplate(fill: TemplateFill): Buffer {
  const doc = new Docxtemplater(new PizZip(fill.template), { paragraphLoop: true, linebreaks: false });
  doc.render(fill.data);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function tableTemplate(table: GridTable, key: string): string {
  const width = table.columns.length;
  const cells = Array.from({ length: width }, (_, i) => {
    const text = `${i === 0 ? `{#${key}}` : ''}{c${i}}${i === width - 1 ? `{/${key}}` : ''}`;
    return `<w:tc><w:tcPr><w:tcW w:w="${Math.round(9000 / width)}" w:type="dxa"/></w:tcPr>${paragraph(text)}</w:tc>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr>${cells.join('')}</w:tr></w:tbl>`;
}

function packTemplate(body: string): Buffer {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  return zip.generate({ type: 'nodebuffer' });
}
