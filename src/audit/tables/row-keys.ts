/*
 * Row keys of a read table, given the way each table spec keys its rows (src/document/tables/*.ts): `total`,
 * `department`, `unit:113001`, `func:2010301`, `econ:30101/50101`, `project:<code>`. Rules find rows by these
 * keys, so a read table must carry the ones a generated table of the same content carries.
 */

/** One body row as read: the text of each column, by column key ('' when blank or covered). */
export type RowText = (column: string) => string;

/** What keying needs beyond the row: the scope, whether a 部门 row leads, and project codes by name (项目绩效表). */
export interface KeyContext {
  scope: '部门' | '单位';
  departmentGroupRow: boolean;
  projectCodes: ReadonlyMap<string, string>;
  /** The 项目绩效表's `leadingRows` option (project-performance.ts). */
  leadingRows: string;
}

type Keyer = (rows: readonly RowText[], ctx: KeyContext) => (string | undefined)[];

const code = (text: string) => text.replace(/\s+/g, '');
const isTotal = (text: string) => code(text) === '合计';

/** Group rows before the detail rows: `parent-department` (when the profile prints one), then `department`. */
function groupKeys(count: number, ctx: KeyContext): string[] {
  const keys = ctx.departmentGroupRow && ctx.scope === '单位' ? ['parent-department', 'department'] : ['department'];
  return Array.from({ length: count }, (_, i) => keys[i] ?? `group:${i + 1}`);
}

/** Rows keyed by a code cell after `合计` and the group rows (03/05/09/10, 02, 07). */
function codedRows(label: string, detail: (row: RowText) => string | undefined, isGroup: (row: RowText, seenDetail: boolean) => boolean): Keyer {
  return (rows, ctx) => {
    let groups = 0;
    let seenDetail = false;
    const groupCount = rows.filter((r) => !isTotal(r(label)) && isGroup(r, false)).length;
    const group = groupKeys(Math.min(groupCount, ctx.departmentGroupRow ? 2 : 1), ctx);
    return rows.map((row) => {
      if (isTotal(row(label))) return 'total';
      if (!seenDetail && isGroup(row, seenDetail) && groups < group.length) return group[groups++];
      const key = detail(row);
      if (key) seenDetail = true;
      return key;
    });
  };
}

const byFunction = codedRows(
  'name',
  (r) => {
    const c = code(r('class') + r('section') + r('item'));
    return /^\d{7}$/.test(c) ? `func:${c}` : undefined;
  },
  (r) => code(r('unitCode')) !== '',
);

const income: Keyer = (rows, ctx) => {
  const grouped = codedRows('name', () => undefined, (r) => code(r('code')) !== '')(rows, ctx);
  return rows.map((row, i) => grouped[i] ?? (code(row('code')) !== '' && ctx.scope === '部门' ? `unit:${code(row('code'))}` : undefined));
};

const economicSummary = codedRows(
  'econName',
  (r) => {
    const econ = code(r('econClass') + r('econSection'));
    const gov = code(r('govClass') + r('govSection'));
    return /^\d{5}$/.test(econ) && /^\d{5}$/.test(gov) ? `econ:${econ}/${gov}` : undefined;
  },
  (r) => code(r('econClass')) !== '' && code(r('govClass')) === '',
);

const basic: Keyer = (rows) =>
  rows.map((r) => {
    if (isTotal(r('econ'))) return 'total';
    const econ = code(r('econ'));
    const gov = code(r('govEcon'));
    return /^\d{5}$/.test(econ) && /^\d{5}$/.test(gov) ? `econ:${econ}/${gov}` : undefined;
  });

const operatingFunds: Keyer = (rows, ctx) => {
  let unit: string | undefined;
  let groups = 0;
  const group = groupKeys(ctx.departmentGroupRow ? 2 : 1, ctx);
  return rows.map((r) => {
    if (isTotal(r('category')) || isTotal(r('name'))) return 'total';
    const c = code(r('code'));
    if (/^\d{5}$/.test(c)) return unit ? `unit:${unit}/econ:${c}` : undefined;
    if (c === '') return undefined;
    if (groups < group.length) {
      unit = c;
      return group[groups++];
    }
    unit = c;
    return ctx.scope === '部门' ? `unit:${c}` : undefined;
  });
};

const projectExpenditure: Keyer = (rows, ctx) => {
  let groups = 0;
  const group = groupKeys(ctx.departmentGroupRow ? 2 : 1, ctx);
  return rows.map((r, i) => {
    const type = code(r('type'));
    const name = r('name').trim();
    if (i === 0 && type === '' && name === '' && code(r('unit')) === '') return 'total';
    if (isTotal(type) || isTotal(name)) return 'total';
    if (type === '' && /^[0-9A-Za-z]+$/.test(code(name)) && groups < group.length) return group[groups++];
    if (type === '') return undefined;
    const projectCode = ctx.projectCodes.get(code(name));
    return projectCode ? `project:${projectCode}` : `project-name:${code(name)}`;
  });
};

const projectPerformance: Keyer = (rows, ctx) => {
  let project: string | undefined;
  let line = 0;
  let orgRows = 0;
  const group = groupKeys(ctx.departmentGroupRow ? 2 : 1, ctx);
  return rows.map((r, i) => {
    const c = code(r('code'));
    const name = code(r('name'));
    if (c === '') {
      if (project && name === '') return `project:${project}/${++line + 1}`;
      return isTotal(name) || (i === 0 && name === '') ? 'total' : undefined;
    }
    if (c.length <= 10 && /^[0-9A-Za-z]+$/.test(c)) {
      project = undefined;
      const n = orgRows++;
      if (ctx.leadingRows !== 'total-units' && n < group.length) return group[n];
      return `unit:${c}`;
    }
    project = c;
    line = 0;
    return `project:${c}`;
  });
};

/** The keyer of each table spec whose rows are keyed by their codes; fixed-label tables are keyed from the reference. */
export const ROW_KEYERS: Readonly<Record<string, Keyer>> = {
  income,
  'expenditure-by-function': byFunction,
  'basic-expenditure': basic,
  'economic-summary': economicSummary,
  'operating-funds': operatingFunds,
  'project-expenditure': projectExpenditure,
  'project-performance': projectPerformance,
};
