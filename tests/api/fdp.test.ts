import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/api.js';
import { frictionlessProblems, parseCsv } from './frictionless.js';

const EXAMPLES = ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024'];

/** `--format fdp` for one example, as a map from path inside the package folder to bytes. */
async function fdpOf(example: string): Promise<{ files: Map<string, Uint8Array>; title?: string; profile?: string; tables: string[] }> {
  const generated = await generate(join('examples', example, 'input.json'), { formats: ['fdp'], force: true });
  const prefix = `${example}.fdp/`;
  expect(generated.files.every((f) => f.format === 'fdp' && f.name.startsWith(prefix))).toBe(true);
  const tables = generated.document?.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [b.table.key] : []))) ?? [];
  const files = new Map(generated.files.map((f) => [f.name.slice(prefix.length), f.bytes]));
  return { files, title: generated.document?.meta.title, profile: generated.document?.meta.profile, tables };
}

function table(files: Map<string, Uint8Array>, name: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(Buffer.from(files.get(`${name}.csv`) ?? []).toString('utf8'));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

describe('--format fdp：数据包符合 Frictionless 规范（Tabular Data Package + Table Schema）', () => {
  for (const example of EXAMPLES) {
    it(`${example}：每张表一个 CSV，表头与字段一致，金额为精确数字，主键唯一`, async () => {
      const { files, title, profile, tables } = await fdpOf(example);
      expect(frictionlessProblems(files)).toEqual([]);
      const descriptor = JSON.parse(Buffer.from(files.get('datapackage.json') ?? []).toString('utf8'));
      expect(descriptor.title).toBe(title);
      expect(descriptor.yusuan.profile).toBe(profile);
      expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual(tables);
      expect([...files.keys()].sort()).toEqual(['datapackage.json', ...tables.map((t) => `${t}.csv`)].sort());
      const amount = descriptor.resources[0].schema.fields.find((f: { type: string }) => f.type === 'number');
      expect(amount).toMatchObject({ decimalChar: '.', unit: '万元' });
      expect(amount.title).toBeTruthy();
      expect(descriptor.resources[0].yusuan.table).toBe('预算01');
    });

    it(`${example}：预算03表各功能科目行之和恰等于合计行（金额是精确的）`, async () => {
      const rows = table((await fdpOf(example)).files, 'expenditure');
      const total = rows.find((r) => r.row === 'total');
      const funcs = rows.filter((r) => r.row?.startsWith('func:'));
      expect(funcs.length).toBeGreaterThan(1);
      for (const column of ['total', 'basic', 'project']) {
        const sum = funcs.reduce((s, r) => s.plus(r[column] || '0'), new Decimal(0));
        expect(sum.toFixed(2), column).toBe(total?.[column]);
      }
    });
  }

  it('预算01表右半的支出行有自己的行键，与左半的收入行各成一条记录', async () => {
    const rows = table((await fdpOf('000-luoyang-2022')).files, 'income-expenditure');
    expect(rows.find((r) => r.row === 'general-public')).toMatchObject({ incomeAmount: '3374.03', expenditureItem: '' });
    expect(rows.find((r) => r.row === 'class:201')).toMatchObject({ incomeAmount: '', expenditureItem: '一、一般公共服务', expenditureAmount: '3081.54' });
    expect(rows.find((r) => r.row === 'expenditure-grand-total')?.expenditureAmount).toBe('3374.03');
  });
});

describe('校验器本身能发现不合规的数据包', () => {
  it('BOM、千分位、重复主键、表头不符、hash 不符都被报告', async () => {
    const { files } = await fdpOf('000-luoyang-2022');
    const csv = Buffer.from(files.get('expenditure.csv') ?? []).toString('utf8');
    const [header, first, ...rest] = csv.split('\r\n');
    const broken = new Map(files);
    broken.set('expenditure.csv', Buffer.from(`\uFEFF${header}\r\n${first}\r\n${first}\r\n${rest.join('\r\n')}`));
    broken.set('income.csv', Buffer.from(Buffer.from(files.get('income.csv') ?? []).toString('utf8').replace('3374.03', '"3,374.03"')));
    broken.set('three-public-costs.csv', Buffer.from(Buffer.from(files.get('three-public-costs.csv') ?? []).toString('utf8').replace('row,', 'key,')));
    const problems = frictionlessProblems(broken).join('\n');
    expect(problems).toMatch(/expenditure：CSV 以 BOM 开头/);
    expect(problems).toMatch(/expenditure：主键重复/);
    expect(problems).toMatch(/income：.*不是 number：3,374\.03/);
    expect(problems).toMatch(/three-public-costs：表头/);
    expect(problems).toMatch(/hash 不符/);
  });
});
