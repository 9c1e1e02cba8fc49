import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeFigures } from '../compute/figures.js';
import { budgetInputSchema, type BudgetInputJson } from '../model/schema.js';
import { minimalInput } from '../../tests/fixtures/minimal.js';
import { buildDocument } from './build.js';
import type { BudgetDocument } from './model.js';
import { loadProfile } from './profile.js';

const PROFILES = ['luoyang-2022', 'luoyang-2023', 'luoyang-2024'] as const;

function build(json: BudgetInputJson, profile: (typeof PROFILES)[number] = 'luoyang-2024'): BudgetDocument {
  const input = budgetInputSchema.parse(json);
  return buildDocument(input, computeFigures(input), loadProfile(profile));
}

/** The paragraphs of one narrative section, e.g. `explanation.8`. */
function section(doc: BudgetDocument, id: string): string[] {
  return doc.parts.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'paragraph' && b.section === id ? [b.text] : []));
}

function withItems(extra: BudgetInputJson['lineItems'], patch: Partial<BudgetInputJson> = {}): BudgetInputJson {
  const base = minimalInput();
  return { ...base, ...patch, lineItems: [...base.lineItems, ...extra] };
}

describe('buildDocument: parts and headings', () => {
  it('renders cover, 目录, three parts and the 附件 with tables, each heading carrying its section id', () => {
    const doc = build(minimalInput());
    expect(doc.parts.map((p) => p.id)).toEqual(['cover', 'toc', 'overview', 'explanation', 'glossary', 'annex']);
    expect(doc.meta.title).toBe('2024年测试市测试中心预算说明');
    const sections = doc.parts.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'heading' ? [b.section] : []));
    expect(sections).toEqual([
      'overview.1', 'overview.2',
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `explanation.${n}`).flatMap((s) => (s === 'explanation.10' ? [s, ...[1, 2, 3, 4, 5].map((k) => `${s}.${k}`)] : [s])),
    ]);
    expect(doc.parts.at(-1)?.blocks.filter((b) => b.type === 'table')).toHaveLength(14);
  });

  it('prints the 目录 lines from the very strings of the body', () => {
    const doc = build(minimalInput());
    const toc = doc.parts[1]?.blocks[0];
    if (toc?.type !== 'toc') throw new Error('缺少目录');
    const body = doc.parts.slice(2).flatMap((p) => p.blocks);
    const annex = body.find((b) => b.type === 'paragraph' && b.section === 'annex');
    for (const b of body) {
      if (b.type === 'partTitle') expect(toc.entries).toContainEqual({ level: 1, text: `${b.label} ${b.title}` });
      if (b.type === 'heading' && b.section?.startsWith('overview')) expect(toc.entries).toContainEqual({ level: 2, text: b.text });
    }
    expect(toc.entries).toContainEqual({ level: 1, text: annex?.type === 'paragraph' ? annex.text : '' });
    expect(toc.entries.at(-1)).toMatchObject({ level: 2, text: expect.stringMatching(/^十四、.*项目绩效目标表$/) });
  });
});

describe('第一部分 (spec §1.3)', () => {
  it('numbers duties by the input’s style over the profile’s', () => {
    const json = minimalInput();
    json.overview.dutyNumbering = 'cn-paren';
    expect(section(build(json), 'overview.1')).toEqual(['（一）负责测试工作。', '（二）负责其他工作。']);
    expect(section(build(minimalInput()), 'overview.1')).toEqual(['1.负责测试工作。', '2.负责其他工作。']);
  });

  it('单位 scope without divisions drops the 包括 clause', () => {
    const json = minimalInput();
    json.units = json.units.map((u) => ({ ...u, divisions: [] }));
    expect(section(build(json), 'overview.2')).toEqual(['本预算为测试中心本级预算。']);
  });

  it('部门 scope with 所属单位 lists them numbered, after the 本级 sentence', () => {
    const json = minimalInput();
    json.scope = '部门';
    json.units = [...json.units, { code: '900002', name: '测试市测试服务站', type: '事业', isBase: false, divisions: [] }];
    expect(section(build(json), 'overview.2')).toEqual([
      '测试市测试中心部门预算包括局机关本级预算和所属单位预算在内的汇总预算。',
      '测试市测试中心机关本级预算包括：办公室、业务科的预算。',
      '测试市测试中心所属单位预算包括：',
      '1.测试市测试服务站',
    ]);
  });
});

describe('第二部分: proposed forms the seeds do not show (spec §2)', () => {
  const govFundItem = { unit: '900001', func: '2120803', econ: '30905', kind: '项目' as const, project: 'P002', source: '政府性基金.基金预算资金' as const, amount: '5.00' };
  const stateCapitalItem = { unit: '900001', func: '2230199', econ: '30201', kind: '项目' as const, project: 'P002', source: '国有资本经营预算' as const, amount: '2.00' };

  it('八/九 non-empty: amount and change; 二 and 四 then name the other sources', () => {
    const json = withItems([govFundItem, stateCapitalItem]);
    json.prior = { ...json.prior, stateCapital: '2.00' };
    const doc = build(json);
    expect(section(doc, 'explanation.8')).toEqual(['测试中心2024年政府性基金预算支出5.00万元，与2023年相比增加5.00万元。']);
    expect(section(doc, 'explanation.9')).toEqual(['测试中心2024年国有资本经营预算支出2.00万元，与2023年保持一致。']);
    expect(section(doc, 'explanation.2')).toEqual([
      '测试中心2024年收入合计107.00万元，其中：一般公共预算拨款收入100.00万元；政府性基金预算拨款收入5.00万元；国有资本经营预算拨款收入2.00万元。',
    ]);
    expect(section(doc, 'explanation.4')[0]).toMatch(/，政府性基金收支预算5\.00万元。.*；政府性基金收支预算增加5\.00万元。$/);
  });

  it('E2022 二 always lists 事业收入 and 财政性结转资金, zeros included, and inserts other non-zero sources in 01表 order', () => {
    const json = withItems([{ ...govFundItem, source: '单位资金.事业收入' }, { ...govFundItem, source: '单位资金.其他收入', amount: '1.00' }]);
    json.year = 2022;
    expect(section(build(json, 'luoyang-2022'), 'explanation.2')).toEqual([
      '测试中心2022年收入合计106.00万元，其中：一般公共预算100.00万元；事业收入5.00万元；其他收入1.00万元；财政性结转资金0万元。',
    ]);
  });

  it('十(五) with transfer payments, 十(三) with a 重点项目, 十(四) with a note on 其他用车', () => {
    const json = minimalInput();
    json.transferPayments = [{ name: '甲项目', amount: '3.00' }, { name: '乙项目', amount: '1.50' }];
    json.keyEvaluationProjects = ['P002'];
    json.assets = { ...json.assets, vehicles: { general: 1, lawEnforcement: 0, special: 0, other: 1 }, otherVehicleNote: '电动四轮车1辆' };
    const doc = build(json);
    expect(section(doc, 'explanation.10.5')).toEqual(['测试中心2024年负责管理的专项转移支付项目共2个，金额4.50万元：甲项目、乙项目。']);
    expect(section(doc, 'explanation.10.3')[0]).toContain('共2个项目，选定信息系统运维项目作为部门重点绩效目标项目。按照预算绩效管理相关要求，我单位将对该项目开展部门重点绩效评价。');
    expect(section(doc, 'explanation.10.4')[0]).toContain('共有车辆2辆，其中：一般公务用车1辆、一般执法执勤用车0辆、特种专业技术用车0辆、其他用车1辆（其他用车是电动四轮车1辆）；');
  });

  it('omits the shares when the whole is 0', () => {
    const json = minimalInput();
    json.lineItems = json.lineItems.filter((i) => i.kind === '项目');
    const doc = build(json);
    expect(section(doc, 'explanation.3')).toEqual(['测试中心2024年支出合计24.95万元，其中：基本支出0万元，占0.00%；项目支出24.95万元，占100.00%。']);
    expect(section(doc, 'explanation.6')).toEqual(['测试中心2024年一般公共预算基本支出年初预算为0万元。其中：人员经费支出0万元；公用经费支出0万元。']);
  });

  it('Δ = 0 of the total: 收支总计保持一致, no reason', () => {
    const json = minimalInput();
    json.prior = { ...json.prior, total: '100.00' };
    expect(section(build(json), 'explanation.1')).toEqual(['测试中心2024年收入总计100.00万元，支出总计100.00万元，与2023年预算相比，收支总计保持一致。']);
  });

  it('七 E2024: a change in one vehicle item prints both comparisons; 十(一) prints the reason only with a change', () => {
    const json = minimalInput();
    json.prior = { ...json.prior, threePublic: { abroad: '0', reception: '2.00', vehiclePurchase: '0', vehicleOps: '1.00' } };
    const seven = section(build(json), 'explanation.7');
    expect(seven[3]).toBe('（二）公务接待费1.50万元，主要用于按规定开支的各类公务接待（含外宾接待）支出。预算数比2023年减少0.50万元。');
    expect(seven[4]).toMatch(/公务用车购置费预算数与2023年保持一致，公务用车运行维护费预算数比2023年减少1\.00万元。$/);
    expect(section(build(json), 'explanation.10.1')[0]).toMatch(/职工福利费等，预算数与2023年保持一致。$/);
  });

  it('the input’s zero style overrides the profile’s', () => {
    const json = minimalInput();
    json.format = { zeroStyle: '0.00' };
    expect(section(build(json), 'explanation.10.2')).toEqual(['2024年政府采购预算安排23.45万元，其中：政府采购货物预算0.00万元、政府采购工程预算0.00万元、政府采购服务预算23.45万元。']);
  });
});

describe('no unresolved or ungrammatical change wording reaches a document (spec §2.11, N15)', () => {
  const amount = fc.integer({ min: 0, max: 20_000 }).map((c) => (c / 100).toFixed(2));
  it('for any prior-year figures, in every edition', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROFILES), amount, amount, amount, amount, amount, (profile, total, reception, ops, gf, opf) => {
        const json = minimalInput();
        json.prior = { total, generalPublic: total, govFund: gf, threePublic: { abroad: '0', reception, vehiclePurchase: '0', vehicleOps: ops }, operatingFunds: opf };
        const text = build(json, profile).parts.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])).join('\n');
        return !/（减少）|（下降）|(增加|减少)0(\.00)?万元|(增长|下降)0\.00%|与\d{4}年(增加|减少)|[;,]/.test(text);
      }),
      { numRuns: 60 },
    );
  });
});
