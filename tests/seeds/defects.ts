import { chineseNumeral } from '../../src/document/narrative/numbering.js';

/**
 * A defect of a published seed (spec §2.11, §5.3) that the tool must not reproduce: the golden test replaces
 * `published` by `corrected` in the squashed seed text (exactly `count` times) before comparing.
 */
export interface SeedDefect {
  id: string;
  what: string;
  published: string;
  corrected: string;
  count?: number;
}

/** 000-12: the 职责 numbering, printed half-width `(一)` except `（十二）`, becomes full-width `（一）`. */
const dutyNumbering: SeedDefect[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14].map((n) => ({
  id: '000-12',
  what: '职责编号用全角括号（一）…（十四）',
  published: `(${chineseNumeral(n)})`,
  corrected: `（${chineseNumeral(n)}）`,
}));

/** Defects in the narrative parts, by seed. Squashed text: no whitespace. */
export const NARRATIVE_DEFECTS: Record<'000' | '004' | '002', SeedDefect[]> = {
  '000': [
    ...dutyNumbering,
    { id: '000-12', what: '职责（一）“互联网十”应为“互联网+”', published: '互联网十政务服务', corrected: '互联网+政务服务' },
    { id: '000-12', what: '职责（十）（十一）“平合”应为“平台”', published: '平合', corrected: '平台', count: 3 },
    { id: '000-12', what: '职责（十）“机房。市级”应为“机房、市级”', published: '机房。市级', corrected: '机房、市级' },
    { id: '000-12', what: '职责（十四）缺句末“。”', published: '其他工作二、', corrected: '其他工作。二、' },
    { id: '000-5', what: '一 半角分号', published: '收入增加;支出', corrected: '收入增加；支出' },
    {
      id: '000-1',
      what: '四 政府性基金 Δ=0 未解析的“增加（减少）…增长（下降）0.00%”',
      published: '政府性基金收支预算增加（减少）0万元，增长（下降）0.00%。',
      corrected: '政府性基金收支预算与2021年保持一致。',
    },
    {
      id: '000-2',
      what: '七 “三公”经费合计 Δ=0 写成“与…增加（减少）0万元”',
      published: '“三公”经费支出预算数与2021年增加（减少）0万元。',
      corrected: '“三公”经费支出预算数与2021年保持一致。',
    },
    {
      id: '000-3',
      what: '七(二) 公务接待费 Δ=0 写成“与…增加（减少）0万元”',
      published: '支出，预算数与2021年增加（减少）0万元。',
      corrected: '支出，预算数与2021年保持一致。',
    },
    {
      id: '000-4',
      what: '七(三) 公务用车购置费、运行维护费 Δ=0 写成“比…增加（减少）0万元”',
      published: '公务用车购置费预算数比2021年增加（减少）0万元，公务用车运行维护费预算数比2021年增加（减少）0万元。',
      corrected: '公务用车购置费预算数与2021年保持一致，公务用车运行维护费预算数与2021年保持一致。',
    },
  ],
  '004': [
    {
      id: '004-1',
      what: '三 基本支出占比只印一位小数',
      published: '占20.7%；项目支出752.11万元，占79.30%',
      corrected: '占20.70%；项目支出752.11万元，占79.30%',
    },
    {
      id: '004-2',
      what: '五 “其中：”重复、占比只印一位小数',
      published: '其中：其中：基本支出196.28万元，占20.7%；项目支出752.11万元，占79.3%',
      corrected: '其中：基本支出196.28万元，占20.70%；项目支出752.11万元，占79.30%',
    },
    { id: '004-3', what: '七(三) 漏“和”', published: '公务用车购置开展工作所需', corrected: '公务用车购置和开展工作所需' },
    { id: '004-4', what: '十(三) 半角逗号', published: '752.11万元,共16个项目', corrected: '752.11万元，共16个项目' },
    {
      id: '004-4',
      what: '十(三) 只有一个重点项目，却写“等 1个项目”“这些项目”（spec §2.10：K = 1 时单独点名）',
      published: '选定党建经费等1个项目作为部门重点绩效目标项目。按照预算绩效管理相关要求，我单位将对这些项目开展',
      corrected: '选定党建经费项目作为部门重点绩效目标项目。按照预算绩效管理相关要求，我单位将对该项目开展',
    },
    { id: '004-9', what: '附件行漏“洛阳市”', published: '附件：2023年西工区', corrected: '附件：2023年洛阳市西工区' },
  ],
  '002': [
    {
      id: '002-4',
      what: '七 “三公”经费 Δ=0 写成“比2023年增加0万元”',
      published: '“三公”经费支出预算数比2023年增加0万元。',
      corrected: '“三公”经费支出预算数与2023年保持一致。',
    },
    { id: '002-5', what: '十(四) “一般公备用车”', published: '一般公备用车0辆', corrected: '一般公务用车0辆' },
  ],
};

/** 002's 目录 defects: its headings and table titles disagree with the body (002-2, 002-3). */
export const TOC_DEFECTS_002: SeedDefect[] = [
  {
    id: '002-2',
    what: '目录中第一部分的标题与正文标题不一致',
    published: '一、主要职责二、部门所属预算单位构成情况',
    corrected: '一、洛阳市城乡一体化示范区政务服务中心主要职责二、洛阳市城乡一体化示范区政务服务中心预算单位构成情况',
  },
  {
    id: '002-3',
    what: '目录中九、十的表名与表页标题不一致',
    published: '九、政府性基金预算支出预算表十、国有资本经营预算支出预算表',
    corrected: '九、政府性基金支出预算表十、国有资本经营支出预算表',
  },
];

/** 002-1: the cover title repeats `中心`. */
export const COVER_DEFECT_002: SeedDefect = {
  id: '002-1',
  what: '封面标题“中心 中心”重复',
  published: '政务服务中心中心部门预算说明',
  corrected: '政务服务中心部门预算说明',
};

/** Applies defects to squashed seed text; throws when a published text is not found exactly `count` times. */
export function correct(text: string, defects: readonly SeedDefect[]): string {
  return defects.reduce((acc, d) => {
    const found = acc.split(d.published).length - 1;
    if (found !== (d.count ?? 1)) throw new Error(`${d.id}：种子中“${d.published}”出现 ${found} 次，应为 ${d.count ?? 1} 次`);
    return acc.split(d.published).join(d.corrected);
  }, text);
}
