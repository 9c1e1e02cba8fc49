import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../compute/figures.js';
import { budgetInputSchema, type BudgetInputJson } from '../../model/schema.js';
import { minimalInput } from '../../../tests/fixtures/minimal.js';
import { buildDocument } from '../build.js';
import { loadProfile } from '../profile.js';

/** The narrative paragraphs by section (`explanation.7` …), joined per section. */
function sections(json: BudgetInputJson, profile = 'luoyang-2024'): Map<string, string> {
  const input = budgetInputSchema.parse(json);
  const doc = buildDocument(input, computeFigures(input), loadProfile(profile));
  const out = new Map<string, string>();
  for (const b of doc.parts.flatMap((p) => p.blocks))
    if (b.type === 'paragraph' && b.section) out.set(b.section, `${out.get(b.section) ?? ''}${b.text}\n`);
  return out;
}

function withFacts(): BudgetInputJson {
  const json = minimalInput();
  json.reasons = { ...json.reasons, threePublic: { total: '压减接待', reception: '接待任务减少', abroad: '不会印出（无变化）' } };
  json.operatingFundsContents = ['办公费', '印刷费', '水电费'];
  json.procurement = { goods: '—', works: '0', services: '23.45', smeReserved: '7.00' };
  json.assets = { ...json.assets, asOf: '2023-12-31', largeEquipment: { threshold: '200', count: 0 }, plannedPurchases: { vehicles: 0, largeEquipment: 0 } };
  return json;
}

describe('the narrative prints the optional facts only when the input gives them', () => {
  const plain = sections(minimalInput());
  const facts = sections(withFacts());

  it('七: each 三公 item’s reason after its change, none after a flat one', () => {
    expect(facts.get('explanation.7')).toContain('预算数比2023年减少0.50万元，主要原因：压减接待。');
    expect(facts.get('explanation.7')).toContain('主要原因：接待任务减少');
    expect(facts.get('explanation.7')).not.toContain('不会印出');
    expect(plain.get('explanation.7')).not.toContain('主要原因');
  });

  it('十(一): the 机关运行经费 contents instead of the template’s list', () => {
    expect(facts.get('explanation.10.1')).toContain('包含办公费、印刷费、水电费等');
    expect(plain.get('explanation.10.1')).toContain('包含公用经费、公务交通补贴、工会经费、职工福利费等');
  });

  it('十(二): a part published blank prints “—”, and the SME-reserved amount follows', () => {
    expect(facts.get('explanation.10.2')).toContain('政府采购货物预算—、政府采购工程预算0万元');
    expect(facts.get('explanation.10.2')).toContain('其中，面向中小企业预留7.00万元。');
    expect(plain.get('explanation.10.2')).not.toContain('中小企业');
  });

  it('十(四): the cut-off date, the large equipment and the planned purchases', () => {
    const text = facts.get('explanation.10.4') ?? '';
    expect(text.startsWith('截至2023年12月31日，测试中心共有车辆0辆')).toBe(true);
    expect(text).toContain('单位价值200万元以上大型设备0台（套）。');
    expect(text).toContain('2024年预算未安排购置车辆及单位价值200万元以上大型设备。');
    expect(plain.get('explanation.10.4')?.startsWith('2023年期末，')).toBe(true);
    expect(plain.get('explanation.10.4')).not.toContain('大型设备');
  });

  it('prints the same under the 2022 and 2023 templates', () => {
    for (const profile of ['luoyang-2022', 'luoyang-2023']) {
      const s = sections({ ...withFacts(), year: profile === 'luoyang-2022' ? 2022 : 2023 }, profile);
      expect(s.get('explanation.7'), profile).toContain('主要原因：压减接待');
      expect(s.get('explanation.10.1'), profile).toContain('包含办公费、印刷费、水电费等');
    }
  });
});
