import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BudgetDocument, GridTable } from '../../src/document/model.js';
import { processInput } from '../../src/pipeline.js';

/** A user profile that extends luoyang-2024 and changes several class-W options (issue 14). */
const OPTIONS = {
  narrativeAmountUnit: '元',
  narrativeThousands: true,
  sharePercentDecimals: 0,
  growthPercentDecimals: 1,
  flatWording: '持平',
  comparePhrase: '较上年',
  tableAmountDecimals: 1,
  zeroDisplay: '—',
  emptyNotePlace: 'in-table',
};

async function build(): Promise<BudgetDocument> {
  const root = mkdtempSync(join(tmpdir(), 'yusuan-house-style-'));
  mkdirSync(join(root, 'x'));
  writeFileSync(join(root, 'x', 'profile.json'), JSON.stringify({ id: 'x', extends: 'luoyang-2024', options: OPTIONS }));
  const bytes = readFileSync(join('examples', '002-chengxiang-2024', 'input.json'));
  const processed = await processInput(bytes, 'input.json', { profile: 'x', profileRoots: [root] });
  if (!processed.document) throw new Error(processed.diagnostics.map((d) => d.message).join('\n'));
  return processed.document;
}

const paragraphs = (doc: BudgetDocument) => doc.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])));
const tables = (doc: BudgetDocument) => doc.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : [])));
const table = (doc: BudgetDocument, key: string): GridTable => {
  const t = tables(doc).find((x) => x.key === key);
  if (!t) throw new Error(`no table ${key}`);
  return t;
};
const texts = (t: GridTable) => t.rows.map((row) => row.map((c) => (c.kind === 'content' ? c.text : null)));

describe('002 with a user profile overriding the house style (issue 14)', async () => {
  const doc = await build();
  const said = paragraphs(doc);

  it('prints narrative amounts in 元 with separators and growth rates with 1 decimal', () => {
    expect(said).toContain(
      '区政务服务中心2024年收入总计1,485,300.00元，支出总计1,485,300.00元，与2023年预算相比，收支总计各增加496,300.00元，增长50.2%。主要原因：人员增加、工资福利相应增加、增加12345政务服务便民热线（110联动）工作经费、行政服务大厅工作人员综合考评经费等项目费用。',
    );
  });

  it('prints integer shares that still add up to 100', () => {
    expect(said).toContain('区政务服务中心2024年支出合计1,485,300.00元，其中：基本支出1,074,800.00元，占72%；项目支出410,500.00元，占28%。');
    expect(said).toContain('区政务服务中心2024年一般公共预算基本支出年初预算为1,074,800.00元。其中：人员经费支出1,000,400.00元，占93%；公用经费支出74,400.00元，占7%。');
  });

  it('words a flat change 较上年持平', () => {
    expect(said).toContain('区政务服务中心2024年“三公”经费支出预算为0元。2024年“三公”经费支出预算数较上年持平。');
    expect(said.join('\n')).not.toMatch(/保持一致|万元，占|增长50\.18%/);
  });

  it('prints table amounts with 1 decimal and zeros as —, the unit line unchanged', () => {
    const t = table(doc, 'general-public-expenditure');
    expect(t.unitLine).toBe('单位：万元');
    const total = texts(t)[t.rowKeys.indexOf('total')];
    expect(total).toContain('148.5');
    expect(total).toContain('—');
    const cell = t.rows.flat().find((c) => c.kind === 'content' && c.text === '148.5');
    expect(cell).toMatchObject({ value: '148.53' });
  });

  it('puts the empty-table note inside the grid as its last row', () => {
    const t = table(doc, 'gov-fund-expenditure');
    expect(texts(t).at(-1)?.[0]).toBe('备注：区政务服务中心2024年无政府性基金预算拨款安排的支出，故此表无数据。');
    expect(t.notes).toEqual([]);
  });
});
