import { isBlank } from '../../model/blank.js';
import type { Decimal } from '../../model/money.js';
import type { DocumentContext } from '../context.js';

const THREE_PUBLIC_ITEMS = ['total', 'abroad', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleOps'] as const;

/**
 * The optional facts of issue 14 as the narrative prints them (variations.md §11–§15): each is null (or false)
 * when the input leaves it out, so a template prints its own words there and the seeds print unchanged.
 */
export interface FactsView {
  /** 七: the reason typed for each 三公 item, printed after its change; null when absent or the change is flat. */
  threePublicReasons: Record<(typeof THREE_PUBLIC_ITEMS)[number], string | null>;
  /** 十(一): the 机关运行经费 contents joined with `、`. */
  operatingContents: string | null;
  /** 十(二): the 政府采购 parts published blank (printed `—`), and the amount reserved for 中小企业. */
  procurementBlank: { goods: boolean; works: boolean; services: boolean };
  smeReserved: Decimal | null;
  /** 十(四): the asset cut-off date as `2023年12月31日`. */
  assetsAsOf: string | null;
  largeEquipment: { threshold: Decimal; count: number } | null;
  /** 十(四): `单位价值200万元以上大型设备` when a threshold is given, else `大型设备`. */
  equipmentLabel: string;
  /** 十(四): planned purchases; `note` (ending in 。) replaces the sentence; `none` when nothing is planned. */
  plannedPurchases: { note: string | null; none: boolean; vehicles: number; largeEquipment: number } | null;
}

/** Builds the facts view from the input and its changes. */
export function factsView(ctx: DocumentContext): FactsView {
  const { input, figures } = ctx;
  const reasons = input.reasons.threePublic ?? {};
  const p = input.procurement;
  const { asOf, largeEquipment, plannedPurchases } = input.assets;
  return {
    threePublicReasons: Object.fromEntries(
      THREE_PUBLIC_ITEMS.map((k) => [k, figures.changes.threePublic[k].direction === 'flat' ? null : (reasons[k] ?? null)]),
    ) as FactsView['threePublicReasons'],
    operatingContents: input.operatingFundsContents?.join('、') ?? null,
    procurementBlank: { goods: isBlank(p.goods), works: isBlank(p.works), services: isBlank(p.services) },
    smeReserved: p.smeReserved === undefined || isBlank(p.smeReserved) ? null : p.smeReserved,
    assetsAsOf: asOf === undefined ? null : chineseDate(asOf),
    largeEquipment: largeEquipment ?? null,
    equipmentLabel: largeEquipment ? `单位价值${largeEquipment.threshold.toFixed()}万元以上大型设备` : '大型设备',
    plannedPurchases: plannedPurchases
      ? {
          note: plannedPurchases.note === undefined ? null : plannedPurchases.note.replace(/[。；;，,]?$/, '。'),
          none: (plannedPurchases.vehicles ?? 0) === 0 && (plannedPurchases.largeEquipment ?? 0) === 0,
          vehicles: plannedPurchases.vehicles ?? 0,
          largeEquipment: plannedPurchases.largeEquipment ?? 0,
        }
      : null,
  };
}

/** `2023-12-31` → `2023年12月31日`. */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
