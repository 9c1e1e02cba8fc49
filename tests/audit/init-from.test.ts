import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { DEFAULT_LIMITS } from '../../src/input/limits.js';
import { readInput } from '../../src/input/readers.js';
import { processInput } from '../../src/pipeline.js';
import { fakeIo } from '../bad-input/harness.js';
import { EXAMPLES, SEED_OF, examplePath, generatedExample, narrativeOf, tablesOf, type Example } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yusuan-init-from-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Json = Record<string, unknown>;

/** `yusuan init --from <seed> [--year Y]` into the test folder; the workbook's data as the workbook reader reads it. */
async function initFrom(example: Example, args: string[] = []): Promise<{ data: Json; stdout: string; name: string }> {
  const name = `${example}${args.length ? '-next' : ''}`;
  const io = fakeIo(dir);
  const code = await execute(['init', '--from', SEED_OF[example], '-o', `${name}.xlsx`, ...args], io);
  expect(code, io.err.join('')).toBe(0);
  const read = await readInput(await readFile(join(dir, `${name}.xlsx`)), `${name}.xlsx`, '.xlsx', DEFAULT_LIMITS);
  return { data: read.source!.data as Json, stdout: io.out.join(''), name };
}

const example = (e: Example): Json => JSON.parse(readFileSync(examplePath(e), 'utf8')) as Json;

/** A fact as the workbook keeps it: amounts as numbers (`889.90` reads back as 889.9), a unit without divisions as []. */
function canonical(value: unknown): unknown {
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value)) return Number(value);
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
    return 'isBase' in out ? { divisions: [], ...out } : out;
  }
  return value;
}
const identity = (projects: unknown) => (projects as Json[]).map((p) => `${String(p.code)}|${String(p.name)}|${String(p.unit)}|${String(p.type)}`);

/** A document's printed content: every block's text and every table cell, for comparing two documents. */
async function printed(file: Json): Promise<{ narrative: string[]; tables: string[] }> {
  const processed = await processInput(Buffer.from(JSON.stringify(file)), 'filled.json', { baseDir: dir });
  if (!processed.document) throw new Error(processed.diagnostics.map((d) => d.message).join('\n'));
  return content(processed.document);
}

function content(document: Parameters<typeof tablesOf>[0]): { narrative: string[]; tables: string[] } {
  const tables = tablesOf(document).flatMap((t) => [t.title, t.nameLine ?? '', ...t.notes, ...t.rows.flatMap((row) => row.map((c) => (c.kind === 'content' ? c.text : '·')))]);
  return { narrative: narrativeOf(document), tables };
}

describe.each(EXAMPLES)('init --from 种子文本 %s（issue 17 第4步）', (e) => {
  it('同一年度：预填单位、编码、项目、上年数和模板，填入样例的本年数字后生成同一份文档', async () => {
    const expected = example(e);
    const { data, stdout, name } = await initFrom(e, ['--year', String(expected.year)]);
    expect(stdout).toContain(`建议的模板写在 ${name}-模板/`);
    for (const key of ['year', 'scope', 'level', 'department', 'units', 'prior', 'reasons', 'procurement', 'assets', 'keyEvaluationProjects']) expect([key, canonical(data[key])]).toEqual([key, canonical(expected[key])]);
    expect(identity(data.projects)).toEqual(identity(expected.projects));
    const profile = JSON.parse(readFileSync(join(dir, `${name}-模板`, 'profile.json'), 'utf8')) as Json;
    expect(profile.extends).toBe({ E2022: 'luoyang-2022', E2023: 'luoyang-2023', E2024: 'luoyang-2024' }[String(expected.edition)]);
    // The officer's part: this year's line items, the projects' indicators and the texts typed each year.
    const filled = { ...data, lineItems: expected.lineItems, projects: expected.projects, overview: expected.overview, overallPerformance: expected.overallPerformance, transferPayments: expected.transferPayments };
    const got = await printed(filled);
    const { document } = await generatedExample(e);
    const want = content(document);
    expect(got.narrative).toEqual(want.narrative);
    expect(got.tables).toEqual(want.tables);
  });

  it('默认滚动到下一年：上年数取自文档的表格数字，支出明细留待填写', async () => {
    const expected = example(e);
    const { data, stdout } = await initFrom(e, []);
    expect(data.year).toBe(Number(expected.year) + 1);
    expect(stdout).toContain('上年数取自');
    const { document } = await generatedExample(e);
    const total = tablesOf(document).find((t) => t.key === 'income-expenditure')!;
    const grand = total.rows[total.rowKeys.indexOf('grand-total')]![1];
    expect(canonical((data.prior as Json).total)).toBe(canonical(grand?.kind === 'content' ? grand.text : ''));
    expect(identity(data.projects)).toEqual(identity(expected.projects));
  });
});

describe('init --from 无法读取的公开文档', () => {
  it('中文说明，退出码 1', async () => {
    const io = fakeIo(dir);
    await import('node:fs/promises').then((fs) => fs.writeFile(join(dir, 'empty.txt'), '会议通知\n'));
    expect(await execute(['init', '--from', 'empty.txt', '-o', 'x.xlsx'], io)).toBe(1);
    expect(io.err.join('')).toContain('empty.txt：无法读取：');
  });
});

describe('init --from 生成的文档：十(三) 的重点绩效目标项目', () => {
  it('只有一个重点项目时单独点名（“选定党建经费项目”），仍能读出并对应到项目编码', async () => {
    const generated = await generatedExample('004-xigong-2023');
    const docx = generated.files.get('.docx');
    if (!docx) throw new Error('004 应生成 Word 文档');
    await writeFile(join(dir, '004-generated.docx'), docx);
    expect(narrativeOf(generated.document).join('')).toContain('选定党建经费项目作为部门重点绩效目标项目');
    const io = fakeIo(dir);
    const code = await execute(['init', '--from', join(dir, '004-generated.docx'), '-o', '004-generated.xlsx'], io);
    expect(code, io.err.join('')).toBe(0);
    const read = await readInput(await readFile(join(dir, '004-generated.xlsx')), '004-generated.xlsx', '.xlsx', DEFAULT_LIMITS);
    const data = read.source!.data as Json;
    expect(data.keyEvaluationProjects).toEqual(example('004-xigong-2023').keyEvaluationProjects);
  });
});
