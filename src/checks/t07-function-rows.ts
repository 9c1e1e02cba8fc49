import type { Profile } from '../document/profile.js';
import type { ResolvedItem } from '../compute/items.js';
import type { Location } from '../model/diagnostic.js';
import { add } from '../model/money.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt, wan } from './locations.js';
import { finding, notRun, type DocumentRule, type InputRule } from './rule.js';
import { functionTable } from './view/budget03.js';
import { FUNCTION_TABLES, FUNCTION_TABLE_KINDS } from './view/families.js';
import { acrossRows } from './view/table-equations.js';

const description = '支出预算表及一般公共预算、政府性基金、国有资本经营支出预算表每行：合计 = 基本支出小计 + 项目支出小计；基本支出小计 = 四个经济分类列之和；项目支出小计 = 其他运转类 + 特定目标类';
const BASIC_CLASSES = ['301', '302', '303', '309', '310'];

/**
 * T07 (spec §5.1) on figures, and the input contradiction behind it: a 基本 item whose 部门经济 class has
 * no 03 column (anything but 301/302/303/309/310) would make 基本小计 ≠ the four columns.
 */
export const t07Input: InputRule = {
  id: 'T07',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  anyTables: FUNCTION_TABLE_KINDS,
  run(ctx) {
    const { figures, at } = ctx;
    const misfits = figures.items.filter((i) => i.kind === '基本' && !BASIC_CLASSES.includes(i.econClass));
    const eqs = printedFamilies(ctx.profile).flatMap(([family, table]) =>
      [{ label: '合计', b: figures.func[family].total }, ...figures.func[family].rows.map((r) => ({ label: r.code, b: r.breakdown }))].flatMap(({ label, b }): Equation[] => [
        { at: tableAt(ctx, table, label, '合计'), what: '合计 = 基本支出小计 + 项目支出小计', expected: add(b.basic, b.project), actual: b.total },
        { at: tableAt(ctx, table, label, '项目支出小计'), what: '项目支出小计 = 其他运转类 + 特定目标类', expected: add(b.projectOperating, b.projectSpecific), actual: b.project },
        // A misfit item already explains why 基本小计 ≠ its four columns; report it once, at the item.
        ...(misfits.length > 0 ? [] : [{ at: tableAt(ctx, table, label, '基本支出小计'), what: '基本支出小计 = 工资福利 + 对个人和家庭 + 商品和服务 + 资本性', expected: add(add(add(b.wages, b.personalFamily), b.goodsServices), b.capital), actual: b.basic }]),
      ]),
    );
    return [...misfits.map((i) => misfit(this, i, at(['lineItems', i.index, 'econ']))), ...checkEquations(this, eqs)];
  },
};

function misfit(rule: InputRule, i: ResolvedItem, at: Location) {
  return finding(rule, at, `基本支出明细 ${i.func} ${i.econ} ${wan(i.amount)} 的经济分类 ${i.econClass} 类不属于工资福利、对个人和家庭、商品和服务或资本性支出，无法列入支出预算表的基本支出各列`);
}

/** T07 (spec §5.1) as printed, on every row of each 功能分类 table (03, 05, 09, 10) (000's blank 基本小计: defect 000-6). */
export const t07Document: DocumentRule = {
  id: 'T07',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  anyTables: FUNCTION_TABLE_KINDS,
  run(view) {
    const tables = FUNCTION_TABLE_KINDS.flatMap((k) => view.read(k, functionTable) ?? []);
    if (tables.length === 0) return notRun('功能分类支出表缺少金额列');
    const eqs = tables.flatMap((f) => [
      ...acrossRows(f.t, f.t.body, f.total, [f.basic, f.project], '合计 = 基本支出小计 + 项目支出小计'),
      ...acrossRows(f.t, f.t.body, f.basic, [f.wages, f.personalFamily, f.goodsServices, f.capital], '基本支出小计 = 工资福利 + 对个人和家庭 + 商品和服务 + 资本性'),
      ...(f.projectOperating !== undefined && f.projectSpecific !== undefined
        ? acrossRows(f.t, f.t.body, f.project, [f.projectOperating, f.projectSpecific], '项目支出小计 = 其他运转类 + 特定目标类')
        : []),
    ]);
    return checkEquations(this, eqs);
  },
};

/** The 功能分类 tables the profile prints (all four without a profile), with their budget family. */
export function printedFamilies(profile: Profile | undefined): (typeof FUNCTION_TABLES)[number][] {
  return FUNCTION_TABLES.filter(([, kind]) => !profile || profile.tables.some((t) => t.key === kind));
}
