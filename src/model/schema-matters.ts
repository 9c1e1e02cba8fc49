import * as z from 'zod';
import { count, isoDate, money, optionalText, text } from './schema-fields.js';
import { TERMS } from './terms.js';

/** The three 政府采购 categories (spec §2.9; variations.md §14). */
export const PROCUREMENT_CATEGORIES = ['货物', '工程', '服务'] as const;
export type ProcurementCategory = (typeof PROCUREMENT_CATEGORIES)[number];

/** The fund sources a 政府购买服务 item names (RA 2019's 政府购买服务预算表). */
export const SERVICE_FUNDS = ['一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'] as const;

const procurementItemSchema = z.strictObject({
  name: text(TERMS.procurementItemName, 500),
  category: z
    .enum(PROCUREMENT_CATEGORIES, { message: `采购类别必须是：${PROCUREMENT_CATEGORIES.join('、')}` })
    .meta({ title: TERMS.procurementCategory }),
  amount: money(),
  smeReserved: money(TERMS.smeReserved).optional(),
});

/** 政府采购 (spec §2.9): the three category totals, and optionally the 中小企业 share and the items (政府采购预算明细表). */
export const procurementSchema = z
  .strictObject({
    goods: money(TERMS.goods),
    works: money(TERMS.works),
    services: money(TERMS.services),
    smeReserved: money(TERMS.smeReserved)
      .optional()
      .meta({ title: TERMS.smeReserved, description: '政府采购预算中面向中小企业预留的金额（万元），可不填' }),
    items: z
      .array(procurementItemSchema)
      .max(10_000)
      .optional()
      .meta({ title: TERMS.procurementItems, description: '政府采购预算明细表的各采购项目，可不填' }),
  })
  .meta({ title: TERMS.procurement });

/** 政府购买服务 items (政府购买服务预算表), absent when the profile prints no such table. */
export const purchaseOfServicesSchema = z
  .array(
    z.strictObject({
      name: text(TERMS.serviceName, 500),
      category: optionalText(TERMS.serviceCategory, 200),
      source: z
        .enum(SERVICE_FUNDS, { message: `资金来源必须是：${SERVICE_FUNDS.join('、')}` })
        .optional()
        .meta({ title: TERMS.source }),
      amount: money(),
    }),
  )
  .max(10_000)
  .meta({ title: TERMS.purchaseOfServices, description: '政府购买服务预算表的各项目，可不填' });

/** 国有资产占用 (spec §2.9; variations.md §15): vehicles and equipment, and the optional cut-off date and plans. */
export const assetsSchema = z
  .strictObject({
    vehicles: z
      .strictObject({
        general: count(TERMS.generalVehicles),
        lawEnforcement: count(TERMS.lawEnforcementVehicles),
        special: count(TERMS.specialVehicles),
        other: count(TERMS.otherVehicles),
      })
      .meta({ title: TERMS.vehicles }),
    otherVehicleNote: optionalText(TERMS.otherVehicleNote, 200),
    generalEquipmentOver50: count(TERMS.generalEquipmentOver50),
    specialEquipmentOver100: count(TERMS.specialEquipmentOver100),
    asOf: isoDate(TERMS.assetsAsOf).optional().meta({ title: TERMS.assetsAsOf, description: '资产数的统计截止日期，例如 "2023-12-31"，可不填' }),
    largeEquipment: z
      .strictObject({ threshold: money(TERMS.largeEquipmentThreshold), count: count(TERMS.largeEquipmentCount) })
      .optional()
      .meta({ title: TERMS.largeEquipment, description: '单位价值在标准（万元）以上的大型设备台（套）数，例如标准 200，可不填' }),
    plannedPurchases: z
      .strictObject({
        vehicles: count(TERMS.plannedVehicles).optional(),
        largeEquipment: count(TERMS.plannedLargeEquipment).optional(),
        note: optionalText(TERMS.plannedNote, 500),
      })
      .optional()
      .meta({ title: TERMS.plannedPurchases, description: '本年预算安排购置的车辆和大型设备，可不填' }),
  })
  .meta({ title: TERMS.assets });

/** 机关运行经费 contents listed in the sentence (variations.md §13), e.g. 办公费、印刷费、水电费. */
export const operatingFundsContentsSchema = z
  .array(text('开支内容', 200))
  .min(1, { message: '机关运行经费开支内容至少填写一项' })
  .max(200)
  .meta({ title: TERMS.operatingFundsContents, description: '正文中列举的机关运行经费开支内容，例如 ["办公费", "印刷费"]，可不填' });

/** A reason per 三公 sub-item (variations.md §11), printed after that item's change when given. */
export const threePublicReasonsSchema = z
  .strictObject({
    total: optionalText(`${TERMS.threePublicCosts}变动的主要原因`, 2000),
    abroad: optionalText(`${TERMS.abroad}变动的主要原因`, 2000),
    reception: optionalText(`${TERMS.reception}变动的主要原因`, 2000),
    vehicles: optionalText('公务用车购置及运行费变动的主要原因', 2000),
    vehiclePurchase: optionalText(`${TERMS.vehiclePurchase}变动的主要原因`, 2000),
    vehicleOps: optionalText(`${TERMS.vehicleOps}变动的主要原因`, 2000),
  })
  .meta({ title: TERMS.threePublicReasons });
