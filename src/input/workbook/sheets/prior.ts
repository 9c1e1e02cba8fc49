import { TERMS } from '../../../model/terms.js';
import type { SheetSpec } from '../spec.js';

const money = (label: string, path: string[], hint: string, required = false) => ({ label, path, kind: 'money' as const, hint, required });

/** 上年数: last year's budget figures the narrative compares with (spec §4.4). */
export const priorSheet: SheetSpec = {
  name: '上年数',
  purpose: '上年预算数（万元），用于说明增减变化；用 --from 去年的填报表 生成时已自动填好。',
  blocks: [
    {
      kind: 'form',
      ensure: [['prior'], ['prior', 'threePublic']],
      fields: [
        money(TERMS.priorTotal, ['prior', 'total'], '上年收支预算总计。', true),
        money(TERMS.priorIncome, ['prior', 'totalIncome'], '可不填：仅当上年收入总计与支出总计不同（E2022 版式分别说明）时填写。'),
        money(TERMS.priorExpenditure, ['prior', 'totalExpenditure'], '可不填：同上。'),
        money(TERMS.priorGeneralPublic, ['prior', 'generalPublic'], '上年一般公共预算收支预算。', true),
        money(TERMS.priorGovFund, ['prior', 'govFund'], '不填按 0。'),
        money(TERMS.priorStateCapital, ['prior', 'stateCapital'], '不填按 0。'),
        money(`上年${TERMS.abroad}`, ['prior', 'threePublic', 'abroad'], '不填按 0。'),
        money(`上年${TERMS.reception}`, ['prior', 'threePublic', 'reception'], '不填按 0。'),
        money(`上年${TERMS.vehiclePurchase}`, ['prior', 'threePublic', 'vehiclePurchase'], '不填按 0。'),
        money(`上年${TERMS.vehicleOps}`, ['prior', 'threePublic', 'vehicleOps'], '不填按 0。'),
        money(TERMS.priorOperatingFunds, ['prior', 'operatingFunds'], '可不填：E2024 版式说明机构运转经费增减时需要。'),
      ],
    },
  ],
};
