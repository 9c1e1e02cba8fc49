import { TERMS } from '../../../model/terms.js';
import { objectList, stringList } from '../place.js';
import type { FormField, SheetSpec } from '../spec.js';
import { NAMES } from './choices.js';
import { projectNameColumn } from './indicators.js';

const count = (label: string, path: string[]): FormField => ({ label, path, kind: 'count', required: true, hint: '整数，没有填 0。' });

/** 政府采购与资产: procurement, vehicles and equipment, 重点绩效评价项目, 专项转移支付 (spec §2.9). */
export const procurementAssetsSheet: SheetSpec = {
  name: '政府采购与资产',
  purpose: '政府采购预算、国有资产占用（车辆、大型设备）、部门重点绩效评价项目和专项转移支付。',
  blocks: [
    {
      kind: 'form',
      title: '政府采购预算（万元）',
      ensure: [['procurement']],
      fields: [
        { label: TERMS.goods, path: ['procurement', 'goods'], kind: 'money', required: true, hint: '没有填 0。' },
        { label: TERMS.works, path: ['procurement', 'works'], kind: 'money', required: true, hint: '没有填 0。' },
        { label: TERMS.services, path: ['procurement', 'services'], kind: 'money', required: true, hint: '没有填 0。' },
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
  ],
};
