import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../compute/figures.js';
import { TEMPLATES_DIR } from '../../model/paths.js';
import { budgetInputSchema, type BudgetInputJson } from '../../model/schema.js';
import { minimalInput } from '../../../tests/fixtures/minimal.js';
import { documentContext } from '../context.js';
import type { ContentCell, GridTable } from '../model.js';
import { loadProfile } from '../profile.js';
import { buildTables, TABLE_SPECS } from './index.js';

/** The fixture with 会议费/培训费, a 政府性基金 公用经费 item, 三公 items and the new facts. */
function richInput(): BudgetInputJson {
  const json = minimalInput();
  json.lineItems.push(
    { unit: '900001', func: '2010301', econ: '30215', kind: '基本', amount: '2.10' },
    { unit: '900001', func: '2010301', econ: '30215', kind: '基本', source: '单位资金.事业收入', amount: '9.00' },
    { unit: '900001', func: '2010301', econ: '30216', kind: '基本', amount: '1.20' },
    { unit: '900001', func: '2010301', econ: '30231', kind: '基本', amount: '3.00' },
    { unit: '900001', func: '2120801', econ: '30201', kind: '基本', source: '政府性基金.基金预算资金', amount: '4.00' },
    { unit: '900001', func: '2120801', econ: '30217', kind: '基本', source: '政府性基金.基金预算资金', amount: '0.50' },
  );
  json.department = { ...json.department, parentCode: '900', parentName: '测试市测试局' };
  json.projects = json.projects?.map((p) => (p.code === 'P002' ? { ...p, alias: '运维项目' } : p));
  json.procurement = {
    goods: '3.00',
    works: '0',
    services: '23.45',
    smeReserved: '10.00',
    items: [
      { name: '办公电脑', category: '货物', amount: '3.00', smeReserved: '3.00' },
      { name: '信息系统运维', category: '服务', amount: '23.45' },
    ],
  };
  json.purchaseOfServices = [
    { name: '物业服务', category: '后勤服务', source: '一般公共预算', amount: '5.00' },
    { name: '法律顾问', amount: '1.25' },
  ];
  return json;
}

/** A profile under a temp root extending luoyang-2024 with the given table entries. */
function profileWith(tables: object[]): { id: string; roots: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'yusuan-variants-'));
  mkdirSync(join(root, 'county'));
  writeFileSync(join(root, 'county', 'profile.json'), JSON.stringify({ id: 'county', extends: 'luoyang-2024' }));
  writeFileSync(join(root, 'county', 'tables.json'), JSON.stringify(tables));
  return { id: 'county', roots: [root, TEMPLATES_DIR] };
}

function build(tables: object[], json: BudgetInputJson = richInput(), trace = false): GridTable[] {
  const input = budgetInputSchema.parse(json);
  const { id, roots } = profileWith(tables);
  return buildTables({ ...documentContext(input, computeFigures(input), loadProfile(id, roots)), trace });
}

/** The printed text of the cell in row `row`, column `column` (by key). */
function text(table: GridTable, row: string, column: string): string | undefined {
  const r = table.rowKeys.indexOf(row);
  const c = table.columnKeys.indexOf(column);
  if (r < 0 || c < 0) return undefined;
  const cell = table.rows[r]?.[c];
  return cell?.kind === 'content' ? cell.text : undefined;
}

const entry = (id: string, spec: string, options: Record<string, unknown> = {}, key?: string) => ({ ...(key ? { key } : {}), id, spec, title: `{{year}}年${id}`, options });

describe('05 一般公共预算支出表 with or without the 特定目标类 split (projectSplit)', () => {
  const [split, unsplit] = build([entry('05', 'expenditure-by-function', { family: 'generalPublic' }, 'a'), entry('05b', 'expenditure-by-function', { family: 'generalPublic', projectSplit: false }, 'b')]);

  // The county's 13 columns have no 单位代码 column; ours keeps it, so the unsplit form has 12 leaf columns.
  it('14 columns by default; without the split 项目支出 is one column (小计, 其他运转类, 特定目标类 → 项目支出) with the sum of both types', () => {
    expect(split!.columnKeys).toHaveLength(14);
    expect(split!.columnKeys).toContain('projectSpecific');
    expect(unsplit!.columnKeys).toHaveLength(12);
    expect(unsplit!.columnKeys).not.toContain('projectSpecific');
    expect(unsplit!.columnKeys).not.toContain('projectOperating');
    const operating = Number(text(split!, 'total', 'projectOperating'));
    const specific = Number(text(split!, 'total', 'projectSpecific'));
    expect(text(unsplit!, 'total', 'project')).toBe((operating + specific).toFixed(2));
    expect(text(unsplit!, 'total', 'project')).toBe(text(split!, 'total', 'project'));
    expect(unsplit!.rows.slice(0, unsplit!.headerRows).flat().some((c) => c.kind === 'content' && c.text === '特定目标类')).toBe(false);
  });
});

describe('08 “三公”经费 with 会议费 and 培训费 columns (meetingTraining)', () => {
  const [plain, withMeetings] = build([entry('08', 'three-public-costs', {}, 'a'), entry('08b', 'three-public-costs', { meetingTraining: true }, 'b')]);

  it('adds the two columns only with the option; 会议费 sums the 一般公共预算 30215 items only', () => {
    expect(plain!.columnKeys).not.toContain('meeting');
    expect(withMeetings!.columnKeys.slice(-2)).toEqual(['meeting', 'training']);
    expect(text(withMeetings!, 'total', 'meeting')).toBe('2.10'); // not the 9.00 of 单位资金
    expect(text(withMeetings!, 'total', 'training')).toBe('1.20');
    expect(text(withMeetings!, 'total', 'total')).toBe(text(plain!, 'total', 'total'));
  });
});

describe('three-public-operating: 机关运行经费 and “三公”经费 in one table', () => {
  const input = budgetInputSchema.parse(richInput());
  const figures = computeFigures(input);
  const [table] = build([entry('附表', 'three-public-operating', { operatingLabel: '行政经费（机关运行经费）', meetingTraining: true })]);

  it('rows 机关运行经费 / “三公”经费 / items; its 一般公共预算 column equals the figures; 合计 adds the three budgets', () => {
    expect(table!.rowKeys.filter(Boolean)).toEqual(['operating', 'three-public', 'abroad', 'vehicles', 'vehicle-purchase', 'vehicle-ops', 'reception', 'meeting', 'training']);
    expect(text(table!, 'operating', 'item')).toBe('一、行政经费（机关运行经费）');
    expect(text(table!, 'operating', 'generalPublic')).toBe(figures.operatingFunds.toFixed(2));
    expect(text(table!, 'three-public', 'generalPublic')).toBe(figures.threePublic.total.toFixed(2));
    expect(text(table!, 'operating', 'govFund')).toBe('4.50');
    expect(text(table!, 'operating', 'total')).toBe(figures.operatingFunds.plus(4.5).toFixed(2));
    expect(text(table!, 'three-public', 'total')).toBe(figures.threePublic.total.plus(0.5).toFixed(2));
    expect(text(table!, 'reception', 'govFund')).toBe('0.50');
    expect(text(table!, 'meeting', 'generalPublic')).toBe('2.10');
  });
});

describe('procurement-detail 政府采购预算明细表', () => {
  it('合计 = 货物 + 工程 + 服务, each category and its items, the SME-reserved amounts', () => {
    const [table] = build([entry('附表', 'procurement-detail')]);
    expect(text(table!, 'total', 'amount')).toBe('26.45');
    expect(text(table!, 'total', 'sme')).toBe('10.00');
    expect(table!.rowKeys.filter(Boolean)).toEqual(['total', 'category:goods', 'item:1', 'category:works', 'category:services', 'item:2']);
    expect(text(table!, 'item:1', 'name')).toBe('办公电脑');
    expect(text(table!, 'item:1', 'sme')).toBe('3.00');
    expect(text(table!, 'category:services', 'amount')).toBe('23.45');
  });

  it('a figure published blank prints “—”; without items or the SME column only the categories print', () => {
    const json = richInput();
    json.procurement = { goods: '3.00', works: '—', services: '0', smeReserved: '—' };
    const [table] = build([entry('附表', 'procurement-detail', { smeColumn: false })], json);
    expect(table!.columnKeys).not.toContain('sme');
    expect(table!.rowKeys.filter(Boolean)).toEqual(['total', 'category:goods', 'category:works', 'category:services']);
    expect(text(table!, 'category:works', 'amount')).toBe('—');
    expect(text(table!, 'total', 'amount')).toBe('3.00');
  });
});

describe('purchase-of-services 政府购买服务预算表', () => {
  it('合计 then one row per item in input order', () => {
    const [table] = build([entry('附表', 'purchase-of-services', {}, 'services')]);
    expect(table!.rowKeys.filter(Boolean)).toEqual(['total', 'service:1', 'service:2']);
    expect(text(table!, 'total', 'amount')).toBe('6.25');
    expect(text(table!, 'service:1', 'source')).toBe('一般公共预算');
    expect(text(table!, 'service:2', 'category')).toBe('');
  });

  it('is empty, with the profile 备注, when the input lists none', () => {
    const json = richInput();
    delete json.purchaseOfServices;
    const [table] = build([{ ...entry('附表', 'purchase-of-services'), emptyNote: '备注：无政府购买服务。' }], json);
    expect(table!.notes).toContain('备注：无政府购买服务。');
  });
});

describe('departmentGroupRow: the 部门 row above the rows of a 单位 document', () => {
  const specs = [
    entry('02', 'income', { departmentGroupRow: true }),
    entry('05', 'expenditure-by-function', { family: 'generalPublic', departmentGroupRow: true }),
    entry('07', 'economic-summary', { departmentGroupRow: true }),
    entry('11', 'operating-funds', { departmentGroupRow: true }),
    entry('12', 'project-expenditure', { departmentGroupRow: true }),
    entry('14', 'project-performance', { departmentGroupRow: true, leadingRows: 'department-units' }),
  ];

  it('prints the 部门 code and name just above the group row of the unit, with the same amounts', () => {
    for (const table of build(specs)) {
      const at = table.rowKeys.indexOf('parent-department');
      expect(at, table.id).toBeGreaterThan(-1);
      const texts = table.rows[at]!.filter((c): c is ContentCell => c.kind === 'content').map((c) => c.text);
      expect(texts, table.id).toContain('900');
      expect(texts, table.id).toContain('测试市测试局');
      const below = table.rowKeys.slice(at + 1).find((k) => k === 'department' || k?.startsWith('unit:'));
      expect(below, table.id).toBeDefined();
    }
  });

  it('prints nothing without the option, without the 部门 facts, or in 部门 scope', () => {
    const plain = build(specs.map((s) => ({ ...s, options: { ...s.options, departmentGroupRow: false } })));
    const json = richInput();
    delete json.department.parentCode;
    delete json.department.parentName;
    const noFacts = build(specs, json);
    const dept = build(specs, { ...richInput(), scope: '部门' });
    for (const table of [...plain, ...noFacts, ...dept]) expect(table.rowKeys, table.id).not.toContain('parent-department');
  });
});

describe('projectName: a project printed under its alias', () => {
  it('name (default), alias, or both', () => {
    const names = (mode?: string) => {
      const [table] = build([entry('12', 'project-expenditure', mode ? { projectName: mode } : {})]);
      return text(table!, 'project:P002', 'name');
    };
    expect(names()).toBe('信息系统运维');
    expect(names('alias')).toBe('运维项目');
    expect(names('both')).toBe('信息系统运维（运维项目）');
    const [performance] = build([entry('14', 'project-performance', { projectName: 'alias' })]);
    expect(text(performance!, 'project:P002', 'name')).toBe('运维项目');
    expect(text(performance!, 'project:P001', 'name')).toBe('公务接待'); // no alias: its name
  });
});

describe('every spec declares its options (optionsSchema)', () => {
  it('each registered spec has a schema that accepts the shipped options and refuses an unknown or wrong one', () => {
    for (const spec of TABLE_SPECS.values()) {
      expect(spec.optionsSchema, spec.key).toBeDefined();
      expect(spec.optionsSchema!.safeParse({ nameLine: false, zeroDisplay: '—' }).success, spec.key).toBe(true);
      expect(spec.optionsSchema!.safeParse({ nope: true }).success, spec.key).toBe(false);
    }
    expect(TABLE_SPECS.get('expenditure-by-function')!.optionsSchema!.safeParse({ family: 'govFund', projectSplit: false }).success).toBe(true);
    expect(TABLE_SPECS.get('expenditure-by-function')!.optionsSchema!.safeParse({ family: 'oops' }).success).toBe(false);
    expect(TABLE_SPECS.get('project-performance')!.optionsSchema!.safeParse({ leadingRows: 'department-units', projectTypeColumn: true }).success).toBe(true);
    expect(TABLE_SPECS.get('project-expenditure')!.optionsSchema!.safeParse({ projectName: 'nickname' }).success).toBe(false);
  });
});

describe('traced amounts of the new tables add up to what they print', () => {
  it('every Σ cell reads line items whose amounts sum to its value; typed facts name their input path', () => {
    const json = richInput();
    const tables = build(
      [
        entry('05', 'expenditure-by-function', { family: 'generalPublic', projectSplit: false, departmentGroupRow: true }),
        entry('08', 'three-public-costs', { meetingTraining: true }),
        entry('T', 'three-public-operating', { meetingTraining: true }),
        entry('P', 'procurement-detail'),
        entry('S', 'purchase-of-services'),
        entry('12', 'project-expenditure', { departmentGroupRow: true }),
      ],
      json,
      true,
    );
    const input = budgetInputSchema.parse(json);
    let sums = 0;
    for (const table of tables)
      for (const cell of table.rows.flat()) {
        if (cell.kind !== 'content' || !cell.source || cell.role !== 'amount') continue;
        if (cell.source.formula.startsWith('Σ 支出明细金额')) {
          const total = cell.source.inputs.reduce((a, p) => a + Number(input.lineItems[Number(/\[(\d+)\]/.exec(p)?.[1])]!.amount), 0);
          expect(total.toFixed(2), `${table.id} ${cell.text}`).toBe(cell.value);
          sums++;
        } else expect(cell.source.inputs.every((p) => /^(procurement|purchaseOfServices)/.test(p)), `${table.id} ${cell.source.formula}`).toBe(true);
      }
    expect(sums).toBeGreaterThan(40);
  });
});
