import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../src/document/model.js';
import { loadProfile } from '../../src/document/profile.js';
import { PACKAGE_ROOT, TEMPLATES_DIR } from '../../src/model/paths.js';
import { processInput, type Processed } from '../../src/pipeline.js';
import { minimalInput } from '../fixtures/minimal.js';
import { tempDir, userProfile } from './helpers.js';

const root = tempDir('yusuan-patch-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const EXAMPLE = readFileSync(join(PACKAGE_ROOT, 'examples', '002-chengxiang-2024', 'input.json'));
const run = (profile: string, bytes: Uint8Array = EXAMPLE): Promise<Processed> => processInput(bytes, 'input.json', { profile });
const tableIds = (doc: BudgetDocument | undefined) => (doc?.parts ?? []).flatMap((p) => p.blocks).flatMap((b) => (b.type === 'table' ? [`${b.table.id} ${b.table.key}`] : []));
const headings = (doc: BudgetDocument | undefined) => (doc?.parts ?? []).flatMap((p) => p.blocks).flatMap((b) => (b.type === 'heading' ? [`${b.section ?? ''} ${b.text}`] : []));

describe('表格补丁：按表格键去掉、新增、排序、改号、改标题，不复制整套表格', () => {
  it('去掉项目绩效目标表（预算14）并统一编号：13 张表 预算01–13，T14/X14 不适用，其余规则照常运行', async () => {
    const dir = userProfile(join(root, 'no-performance'), { tables: { drop: ['project-performance'], numbering: { prefix: '预算' } } });
    const [full, dropped] = [await run('luoyang-2024'), await run(dir)];
    expect(tableIds(dropped.document)).toEqual(tableIds(full.document).slice(0, 13));
    expect(tableIds(dropped.document).map((t) => t.split(' ')[0])).toEqual(Array.from({ length: 13 }, (_, i) => `预算${String(i + 1).padStart(2, '0')}`));
    const before = new Map((full.ledger?.rules ?? []).map((r) => [`${r.id}/${r.layer}`, r.status]));
    const changed = (dropped.ledger?.rules ?? []).filter((r) => r.status !== before.get(`${r.id}/${r.layer}`));
    expect(changed.map((r) => `${r.id}/${r.layer} ${r.status} ${r.reason ?? ''}`).sort()).toEqual(
      ['T14/document', 'T14/input', 'X14/document', 'X14/input'].map((id) => `${id} not-applicable 本模板没有表 project-performance`),
    );
    expect(dropped.ledger?.total).toBe(full.ledger?.total);
    expect(dropped.ledger?.rules.filter((r) => r.status === 'pass' || r.status === 'fail').length).toBe((full.ledger?.passed ?? 0) + (full.ledger?.failed ?? 0) - 4);
  });

  it('去掉中间的表（预算11）：其后的表依次前移编号', () => {
    const dir = userProfile(join(root, 'no-operating'), { tables: { drop: ['operating-funds'], numbering: {} } });
    const tables = loadProfile(dir, [TEMPLATES_DIR]).tables;
    expect(tables.map((t) => t.id).slice(10)).toEqual(['预算11', '预算12', '预算13']);
    expect(tables.map((t) => t.key).slice(10)).toEqual(['project-expenditure', 'overall-performance', 'project-performance']);
  });

  it('set 改单张表的标题、表号和单个选项，add 从表格库新增，order 调整顺序，numbering 换前缀', () => {
    const dir = userProfile(join(root, 'mixed'), {
      tables: {
        set: {
          'three-public-costs': { title: '{{year}}年“三公”经费支出预算表', emptyNote: null },
          'income-expenditure': { options: { showZeroYearEndBalance: false } },
          'economic-summary': { id: '附表A' },
        },
        add: [{ key: 'basic-again', spec: 'basic-expenditure', title: '{{year}}年基本支出表', after: 'income' }],
        order: ['three-public-costs'],
        numbering: { prefix: '公开', digits: 1 },
      },
    });
    const tables = loadProfile(dir, [TEMPLATES_DIR]).tables;
    expect(tables.slice(0, 4).map((t) => `${t.id} ${t.key}`)).toEqual(['公开1 three-public-costs', '公开2 income-expenditure', '公开3 income', '公开4 basic-again']);
    expect(tables.find((t) => t.key === 'economic-summary')?.id).toBe('附表A');
    const three = tables.find((t) => t.key === 'three-public-costs');
    expect(three?.title).toBe('{{year}}年“三公”经费支出预算表');
    expect(three?.emptyNote).toBeUndefined();
    expect(tables.find((t) => t.key === 'income-expenditure')?.options).toEqual({ showZeroYearEndBalance: false });
  });

  it.each([
    [{ set: { 'three-public-cost': { title: 'x' } } }, 'tables.set.three-public-cost', '没有表格键为“three-public-cost”的表，您是不是要写“three-public-costs”？'],
    [{ add: [{ key: 'income', spec: 'income', id: '预算99', title: 'x' }] }, 'tables.add[0].key', '已有表格键为“income”的表：修改它请写在 set 中，新增请换一个 key'],
    [{ add: [{ key: 'x', spec: 'income', title: 'x', after: 'incme' }] }, 'tables.add[0].after', '没有表格键为“incme”的表，您是不是要写“income”？'],
    [{ add: [{ key: 'x', spec: 'incomes', id: '预算99', title: 'x' }] }, 'tables.add[0].spec', '取值“incomes”无效，您是不是要写“income”？'],
    [{ set: { 'income-expenditure': { options: { showZeroYearEndBalanse: true } } } }, 'tables.set.income-expenditure.options.showZeroYearEndBalanse', '未知的选项“showZeroYearEndBalanse”，您是不是要写“showZeroYearEndBalance”？'],
    [{ add: [{ key: 'x', spec: 'income', title: 'x' }] }, 'tables.add', '新增的表“x”没有表号：请写 id，或用 numbering 统一编号'],
  ])('补丁错误 %#：%s', (tables, path, message) => {
    const dir = userProfile(join(root, `bad-${path}`), { tables });
    expect(() => loadProfile(dir, [TEMPLATES_DIR])).toThrow(`模板 ${join(dir, 'profile.json')}：${path}：${message}`);
  });
});

describe('说明结构（outline）在模板中：去掉、新增、排序、改名、编号样式', () => {
  const input = Buffer.from(JSON.stringify(minimalInput()));

  it('去掉一节后其后的标题自动前移编号；新增的节用自己的模板和标题', async () => {
    const dir = userProfile(
      join(root, 'outline'),
      {
        outline: { drop: ['explanation.9'], add: [{ id: 'explanation.11', template: 'explanation-11', after: 'explanation.10' }] },
        texts: { 'heading.explanation.11': '绩效管理工作情况', 'heading.explanation.1': '一、收支总体情况' },
      },
      { 'narrative/explanation-11.hbs': '{{shortName}}{{year}}年全面实施预算绩效管理。\n' },
    );
    const doc = (await run(dir, input)).document;
    const list = headings(doc).filter((h) => h.startsWith('explanation.'));
    expect(list.filter((h) => !h.startsWith('explanation.10.'))).toEqual([
      'explanation.1 一、收支总体情况',
      'explanation.2 二、收入预算总体情况说明',
      'explanation.3 三、支出预算总体情况说明',
      'explanation.4 四、财政拨款收入支出预算总体情况说明',
      'explanation.5 五、一般公共预算支出预算情况说明',
      'explanation.6 六、一般公共预算基本支出预算情况说明',
      'explanation.7 七、一般公共预算“三公”经费支出预算情况说明',
      'explanation.8 八、政府性基金支出预算情况说明',
      'explanation.10 九、其他重要事项情况说明',
      'explanation.11 十、绩效管理工作情况',
    ]);
    const body = doc?.parts.flatMap((p) => p.blocks).find((b) => b.type === 'paragraph' && b.section === 'explanation.11');
    expect(body).toMatchObject({ text: '测试中心2024年全面实施预算绩效管理。' });
  });

  it('调整小节顺序并改用阿拉伯数字编号；部分的顺序也可调整', async () => {
    const dir = userProfile(join(root, 'order'), {
      outline: {
        order: { 'explanation.10': ['explanation.10.5', 'explanation.10.4'], parts: ['explanation', 'overview'] },
        numbering: { level3: 'arabic-dot' },
      },
    });
    const doc = (await run(dir, input)).document;
    expect(doc?.parts.map((p) => p.id)).toEqual(['cover', 'toc', 'explanation', 'overview', 'glossary', 'annex']);
    expect(headings(doc).filter((h) => h.startsWith('explanation.10.')).map((h) => h.split(' ')[0])).toEqual([
      'explanation.10.5',
      'explanation.10.4',
      'explanation.10.1',
      'explanation.10.2',
      'explanation.10.3',
    ]);
    expect(headings(doc).find((h) => h.startsWith('explanation.10.5'))).toBe('explanation.10.5 1.专项转移支付项目情况');
  });

  it.each([
    [{ drop: ['explanation.99'] }, 'outline.drop[0]', /^没有 id 为“explanation\.99”的节或部分，您是不是要写“explanation\.9”？$/],
    [{ drop: ['annex'] }, 'outline.drop[0]', /^附件（表格）不能去掉/],
    [{ add: [{ id: 'explanation.12', template: 'explanation-1' }] }, 'outline.add[0]', /^请用 after、before 或 under 写明新增的节放在哪里$/],
    [{ add: [{ id: 'explanation.12', template: 'explanation-1', under: 'explanation' }] }, 'outline.add[0]', /^缺少文字“heading\.explanation\.12”/],
  ])('结构补丁错误 %#', (outline, path, message) => {
    const dir = userProfile(join(root, `outline-bad-${path}-${JSON.stringify(outline).length}`), { outline });
    let thrown = '';
    try {
      loadProfile(dir, [TEMPLATES_DIR]);
    } catch (error) {
      thrown = error instanceof Error ? error.message : String(error);
    }
    const prefix = `模板 ${join(dir, 'profile.json')}：${path}：`;
    expect(thrown.startsWith(prefix), thrown).toBe(true);
    expect(thrown.slice(prefix.length)).toMatch(message);
  });
});
