import type { ReadDocument } from '../read-document.js';
import { changeAfter, divisionsIn, numberIn, priorOf, reasonsIn, sectionText } from './narrative-facts.js';

type Json = Record<string, unknown>;

const NUM = '(\\d+(?:\\.\\d+)?)';

/**
 * The prior-year figures the narrative implies (spec §2.0, §2.10): each printed change taken from the printed
 * current figure — 一 the totals, 四 一般公共预算 (and 政府性基金 in E2022), 七 each 三公 item, 十(一) the
 * 机构运转经费 (E2024). A figure the document does not compare is the current one where the wording shows no
 * change (政府性基金 not mentioned: none), else left out.
 */
export function priorFromNarrative(read: ReadDocument): { prior: Json; notes: string[] } {
  const s1 = sectionText(read, 'explanation.1');
  const s4 = sectionText(read, 'explanation.4');
  const s7 = sectionText(read, 'explanation.7');
  const s101 = sectionText(read, 'explanation.10.1');
  const total = numberIn(s1, new RegExp(`收入总计${NUM}万元`));
  const notes: string[] = [];
  const prior: Json = {};
  const compared1 = s1.slice(Math.max(0, s1.indexOf('相比')));
  const both = changeAfter(compared1, '收支总计各') ?? changeAfter(compared1, '收支总计');
  const income = changeAfter(compared1, '收入');
  const spending = changeAfter(compared1, '；支出') ?? changeAfter(compared1, ';支出');
  if (both) prior.total = priorOf(total, both);
  else if (income) {
    prior.total = priorOf(total, income);
    if (spending && !spending.equals(income)) [prior.totalIncome, prior.totalExpenditure] = [priorOf(total, income), priorOf(total, spending)];
  }
  const compared = s4.slice(Math.max(0, s4.indexOf('相比')));
  prior.generalPublic = priorOf(numberIn(s4, new RegExp(`一般公共预算收支预算${NUM}万元`)), changeAfter(compared, '一般公共预算收支预算'));
  const fund = numberIn(s4, new RegExp(`政府性基金收支预算${NUM}万元`));
  prior.govFund = fund === undefined ? '0' : (priorOf(fund, changeAfter(s4.slice(s4.indexOf('；')), '政府性基金收支预算')) ?? fund);
  prior.threePublic = threePublicPrior(s7);
  const operating = numberIn(s101, new RegExp(`经费支出预算${NUM}万元`));
  const change = changeAfter(s101, '预算数');
  if (operating !== undefined && change !== undefined) prior.operatingFunds = priorOf(operating, change);
  for (const [k, v] of Object.entries(prior)) if (v === undefined) delete prior[k];
  if (prior.total === undefined) notes.push('说明“一”中没有读到收支总计的增减，上年收支总计未预填');
  return { prior, notes };
}

/** 七 (spec §2.7): each item's prior = its printed amount less the printed change (none for 保持一致). */
function threePublicPrior(text: string): Json {
  const item = (label: string, until: string) => {
    const at = text.indexOf(label);
    const end = until ? text.indexOf(until, at + 1) : -1;
    return at < 0 ? '' : text.slice(at, end < 0 ? undefined : end);
  };
  const abroad = item('（一）', '（二）');
  const reception = item('（二）', '（三）');
  const vehicles = item('（三）', '');
  const current = (t: string, label: string) => numberIn(t, new RegExp(`${label}${NUM}万元`));
  const both = /购置费预算数和公务用车运行维护费预算数与\d{4}年保持一致/.test(vehicles);
  const purchase = current(vehicles, '公务用车购置费');
  const ops = current(vehicles, '公务用车运行维护费');
  // E2022 compares each at the end (`公务用车购置费预算数比…`); E2023 after each amount (`一是公务用车购置费X万元，预算数…`).
  const after = (marker: string) => changeAfter(vehicles.slice(Math.max(0, vehicles.indexOf(marker))), '预算数');
  const out: Json = {
    abroad: priorOf(current(abroad, '因公出国（境）费'), changeAfter(abroad, '预算数')),
    reception: priorOf(current(reception, '公务接待费'), changeAfter(reception, '预算数')),
    vehiclePurchase: both ? purchase : priorOf(purchase, changeAfter(vehicles, '公务用车购置费预算数') ?? after('一是')),
    vehicleOps: both ? ops : priorOf(ops, changeAfter(vehicles, '公务用车运行维护费预算数') ?? after('二是')),
  };
  for (const [k, v] of Object.entries(out)) if (v === undefined) delete out[k];
  return out;
}

/** The reasons printed after 主要原因 (spec §2.10): 一 (E2022: 收入, 支出), 四 (when it differs), 十(一). */
export function reasonsFromNarrative(read: ReadDocument): Json {
  const [first, second] = reasonsIn(sectionText(read, 'explanation.1'));
  const general = reasonsIn(sectionText(read, 'explanation.4'))[0];
  const operating = reasonsIn(sectionText(read, 'explanation.10.1'))[0];
  const reasons: Json = {};
  if (first !== undefined) reasons.total = first;
  if (second !== undefined) [reasons.income, reasons.expenditure] = [first, second];
  if (general !== undefined && general !== first) reasons.generalPublic = general;
  if (operating !== undefined) reasons.operatingFunds = operating;
  return reasons;
}

/** 十(二) 政府采购 (spec §2.9): the three amounts as printed. */
export function procurementFromNarrative(read: ReadDocument): Json | undefined {
  const t = sectionText(read, 'explanation.10.2');
  const m = new RegExp(`货物预算${NUM}万元、政府采购工程预算${NUM}万元、政府采购服务预算${NUM}万元`).exec(t);
  return m ? { goods: plain(m[1]!), works: plain(m[2]!), services: plain(m[3]!) } : undefined;
}

/** A printed amount as the input writes it: a zero as `0` (the narrative prints `0.00` in E2023, spec §2.12). */
function plain(text: string): string {
  return Number(text) === 0 ? '0' : text;
}

/** 十(四) 国有资产占用 (spec §2.9): vehicle counts by type (tolerating 002's 一般公备用车), the note, equipment. */
export function assetsFromNarrative(read: ReadDocument): Json | undefined {
  const t = sectionText(read, 'explanation.10.4');
  const count = (re: RegExp) => Number(re.exec(t)?.[1] ?? NaN);
  const vehicles = { general: count(/一般公[务备]用车(\d+)辆/), lawEnforcement: count(/一般执法执勤用车(\d+)辆/), special: count(/特种专业技术用车(\d+)辆/), other: count(/其他用车(\d+)辆/) };
  if (Object.values(vehicles).some((n) => Number.isNaN(n))) return undefined;
  const note = /（其他用车是(.+?)）/.exec(t)?.[1];
  return {
    vehicles,
    ...(note ? { otherVehicleNote: note } : {}),
    generalEquipmentOver50: count(/通用设备(\d+)套/) || 0,
    specialEquipmentOver100: count(/专用设备(\d+)套/) || 0,
  };
}

/**
 * 十(三): the names of the 部门重点绩效目标项目 (`选定党建经费等1个项目作为…`, or one named alone: `选定党建经费项目作为…`),
 * to be matched to project codes.
 */
export function keyProjectNames(read: ReadDocument): string[] {
  const m = /选定(.+?)(?:等\s*\d+\s*个项目|\d+个项目|项目)作为/.exec(sectionText(read, 'explanation.10.3'));
  return m ? m[1]!.split('、').map((s) => s.trim()) : [];
}

/** 概况 (spec §1.3): the duties without their numbers, the numbering style, the divisions and the 机关称谓. */
export function overviewFromNarrative(read: ReadDocument): { duties: string[]; dutyNumbering?: string; divisions: string[]; bodyWord?: string } {
  const duties = read.document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'paragraph' && b.section === 'overview.1' ? [b.text] : [])));
  const paren = duties.filter((d) => /^[（(][一二三四五六七八九十]+[）)]/.test(d)).length;
  const arabic = duties.filter((d) => /^\d+[.．、]/.test(d)).length;
  const s2 = sectionText(read, 'overview.2');
  const bodyWord = /部门预算包括(.+?)本级预算和所属单位预算/.exec(s2)?.[1];
  return {
    duties: duties.map((d) => d.replace(/^([（(][一二三四五六七八九十]+[）)]|\d+[.．、]\s*)/, '')),
    ...(paren > arabic ? { dutyNumbering: 'cn-paren' } : arabic > 0 ? { dutyNumbering: 'arabic-dot' } : {}),
    divisions: divisionsIn(s2),
    ...(bodyWord ? { bodyWord } : {}),
  };
}
