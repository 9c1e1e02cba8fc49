import { PROCUREMENT_CATEGORIES, SERVICE_FUNDS } from '../../../model/schema-matters.js';
import { TERMS } from '../../../model/terms.js';
import { objectList, stringList } from '../place.js';
import type { Choice, FormField, SheetSpec } from '../spec.js';
import { NAMES } from './choices.js';
import { projectNameColumn } from './indicators.js';

const count = (label: string, path: string[], required = true): FormField => ({ label, path, kind: 'count', required, hint: required ? '整数，没有填 0。' : '可不填：整数。' });
const choices = (values: readonly string[]): Choice[] => values.map((v) => ({ label: v, value: v }));

/** 政府采购与资产: procurement, vehicles and equipment, 重点绩效评价项目, 专项转移支付, 采购项目, 购买服务 (spec §2.9). */
export const procurementAssetsSheet: SheetSpec = {
  name: '政府采购与资产',
  purpose: '政府采购预算、国有资产占用（车辆、大型设备）、部门重点绩效评价项目、专项转移支付，以及可不填的采购项目和政府购买服务。',
  blocks: [
    {
      kind: 'form',
      title: '政府采购预算（万元）',
      ensure: [['procurement']],
      fields: [
        { label: TERMS.goods, path: ['procurement', 'goods'], kind: 'money', required: true, hint: '没有填 0。' },
        { label: TERMS.works, path: ['procurement', 'works'], kind: 'money', required: true, hint: '没有填 0。' },
        { label: TERMS.services, path: ['procurement', 'services'], kind: 'money', required: true, hint: '没有填 0。' },
        { label: TERMS.smeReserved, path: ['procurement', 'smeReserved'], kind: 'money', hint: '可不填：政府采购预算中面向中小企业预留的金额。' },
      ],
    },
    {
      kind: 'form',
      title: '国有资产占用情况',
      ensure: [['assets'], ['assets', 'vehicles']],
      fields: [
        count(`${TERMS.generalVehicles}（辆）`, ['assets', 'vehicles', 'general']),
        count(`${TERMS.lawEnforcementVehicles}（辆）`, ['assets', 'vehicles', 'lawEnforcement']),
        count(`${TERMS.specialVehicles}（辆）`, ['assets', 'vehicles', 'special']),
        count(`${TERMS.otherVehicles}（辆）`, ['assets', 'vehicles', 'other']),
        { label: TERMS.otherVehicleNote, path: ['assets', 'otherVehicleNote'], kind: 'text', hint: '可不填：例如“大洋电动四轮车1辆”。' },
        count(`${TERMS.generalEquipmentOver50}（台/套）`, ['assets', 'generalEquipmentOver50']),
        count(`${TERMS.specialEquipmentOver100}（台/套）`, ['assets', 'specialEquipmentOver100']),
        { label: TERMS.assetsAsOf, path: ['assets', 'asOf'], kind: 'date', hint: '可不填：资产数的统计截止日期，例如 2023-12-31；填了正文写“截至2023年12月31日”。' },
        { label: TERMS.largeEquipmentThreshold, path: ['assets', 'largeEquipment', 'threshold'], kind: 'money', hint: '可不填：例如 200（单位价值200万元以上大型设备）；与下一行同时填写。' },
        count(`${TERMS.largeEquipmentCount}（台/套）`, ['assets', 'largeEquipment', 'count'], false),
        count(`本年${TERMS.plannedVehicles}（辆）`, ['assets', 'plannedPurchases', 'vehicles'], false),
        count(`本年${TERMS.plannedLargeEquipment}（台/套）`, ['assets', 'plannedPurchases', 'largeEquipment'], false),
        { label: TERMS.plannedNote, path: ['assets', 'plannedPurchases', 'note'], kind: 'text', hint: '可不填：例如“未安排购置车辆及单位价值200万元以上大型设备”。' },
      ],
    },
    {
      kind: 'table',
      title: '部门重点绩效评价项目（每行一个项目编码；没有则留空）',
      path: ['keyEvaluationProjects'],
      spare: 15,
      ...stringList(['keyEvaluationProjects'], 'code'),
      columns: [{ key: 'code', label: TERMS.projectCode, kind: 'code', list: NAMES.projectCodes, width: 30 }, projectNameColumn('code')],
    },
    {
      kind: 'table',
      title: '专项转移支付（每行一个项目；没有则留空）',
      path: ['transferPayments'],
      spare: 15,
      ...objectList(['transferPayments'], true),
      columns: [
        { key: 'name', label: '专项转移支付项目名称', kind: 'text', required: true, width: 30 },
        { key: 'amount', label: '金额（万元）', kind: 'money', required: true, width: 30 },
      ],
    },
    {
      kind: 'table',
      title: '政府采购项目（政府采购预算明细表用，每行一个；可不填）',
      path: ['procurement', 'items'],
      spare: 20,
      ...objectList(['procurement', 'items'], false),
      columns: [
        { key: 'name', label: TERMS.procurementItemName, kind: 'text', required: true, width: 30 },
        { key: 'category', label: TERMS.procurementCategory, kind: 'enum', choices: choices(PROCUREMENT_CATEGORIES), required: true, width: 30 },
        { key: 'amount', label: '采购金额（万元）', kind: 'money', required: true, width: 18 },
        { key: 'smeReserved', label: '其中：面向中小企业预留（万元）', kind: 'money', width: 18 },
      ],
    },
    {
      kind: 'table',
      title: '政府购买服务（政府购买服务预算表用，每行一个；可不填）',
      path: ['purchaseOfServices'],
      spare: 20,
      ...objectList(['purchaseOfServices'], false),
      columns: [
        { key: 'name', label: TERMS.serviceName, kind: 'text', required: true, width: 30 },
        { key: 'category', label: TERMS.serviceCategory, kind: 'text', width: 30 },
        { key: 'source', label: TERMS.source, kind: 'enum', choices: choices(SERVICE_FUNDS), width: 18 },
        { key: 'amount', label: '金额（万元）', kind: 'money', required: true, width: 18 },
      ],
    },
  ],
};
