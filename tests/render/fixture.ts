import type { BudgetDocument, ContentCell, CoveredCell, GridCell, GridTable } from '../../src/document/model.js';

/** A hand-made BudgetDocument in the shape of seed 002 (E2024, 部门), for the writer tests. */
export function fixtureDocument(): BudgetDocument {
  const name = '洛阳市城乡一体化示范区政务服务中心';
  return {
    meta: { title: `2024年${name}部门预算说明`, year: 2024, name, profile: 'luoyang-e2024', edition: 'E2024', source: 'fixture' },
    parts: [
      { id: 'cover', blocks: [{ type: 'partTitle', title: `2024年${name}部门预算说明` }] },
      {
        id: 'toc',
        blocks: [
          {
            type: 'toc',
            title: '目录',
            entries: [
              { level: 1, text: `第一部分 ${name}概况` },
              { level: 2, text: `一、${name}主要职责` },
              { level: 2, text: `二、${name}预算单位构成情况` },
              { level: 1, text: `第二部分 2024年${name}部门预算情况说明` },
              { level: 1, text: '第三部分 名词解释' },
              { level: 1, text: `附件：2024年${name}部门预算表` },
              { level: 2, text: '一、部门收支预算表' },
              { level: 2, text: '二、部门收入预算表' },
              { level: 2, text: '三、一般公共预算“三公”经费预算表' },
              { level: 2, text: '四、部门预算项目绩效目标表' },
            ],
          },
        ],
      },
      {
        id: 'overview',
        blocks: [
          { type: 'partTitle', label: '第一部分', title: `${name}概况`, outline: 1 },
          { type: 'heading', level: 2, text: `一、${name}主要职责`, section: 'overview.1' },
          { type: 'paragraph', style: 'list', text: '1.贯彻执行国家、省、市关于政务服务工作的方针政策和法律法规。' },
          { type: 'paragraph', style: 'list', text: '2.负责12345政务服务便民热线的受理、转办、督办和反馈工作。' },
          { type: 'heading', level: 2, text: `二、${name}预算单位构成情况`, section: 'overview.2' },
          { type: 'paragraph', text: '区政务服务中心无所属预算单位，部门预算包括：办公室、12345联动科、放管服科、数据资源科的预算。' },
        ],
      },
      {
        id: 'explanation',
        blocks: [
          { type: 'partTitle', label: '第二部分', title: `2024年${name}部门预算情况说明`, outline: 1 },
          { type: 'heading', level: 2, text: '一、收入支出预算总体情况说明', section: 'explanation.1' },
          {
            type: 'paragraph',
            section: 'explanation.1',
            text: '区政务服务中心2024年收入总计148.53万元，支出总计148.53万元，与2023年相比，收支总计各增加12.34万元，增长9.06%，主要原因是人员调整。',
          },
          { type: 'paragraph', section: 'explanation.2', text: '洛阳市西工区政务服务和大数据管理局2023年收入总计948.39万元，支出总计948.39万元，项目支出752.11万元，占79.30%。' },
          { type: 'heading', level: 2, text: '十、其他重要事项情况说明', section: 'explanation.10' },
          { type: 'heading', level: 3, text: '（一）行政（事业）单位机构运转经费支出预算情况', section: 'explanation.10.1' },
          { type: 'paragraph', section: 'explanation.10.1', text: '2024年区政务服务中心机构运转经费预算为16.00万元。' },
        ],
      },
      {
        id: 'glossary',
        blocks: [
          { type: 'partTitle', label: '第三部分', title: '名词解释', outline: 1 },
          { type: 'paragraph', text: '一、财政拨款收入：是指同级财政拨付的资金：包括一般公共预算拨款、政府性基金预算拨款、国有资本经营预算拨款。' },
          { type: 'paragraph', text: '二、“三公”经费：是指纳入同级财政预算管理，部门使用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。' },
        ],
      },
      {
        id: 'annex',
        blocks: [
          { type: 'paragraph', style: 'bold', text: `附件：2024年${name}部门预算表` },
          { type: 'table', table: budget01(name) },
          { type: 'table', table: budget02(name) },
          { type: 'table', table: budget08(name) },
          { type: 'table', table: projectPerformance(name) },
        ],
      },
    ],
  };
}

/**
 * The fixture with one printed figure changed (the last part's grid, row 3, column B: 148.53 → 148.54), as a model
 * a file written from `fixtureDocument()` no longer matches.
 */
export function fixtureWithChangedCell(): BudgetDocument {
  const changed = fixtureDocument();
  const grid = changed.parts.at(-1)?.blocks[1];
  if (grid?.type !== 'table') throw new Error('fixture changed');
  const cell = grid.table.rows[2]?.[1];
  if (cell?.kind !== 'content') throw new Error('fixture changed');
  cell.text = '148.54';
  return changed;
}

export function content(text: string, role: ContentCell['role'], extra: Partial<ContentCell> = {}): ContentCell {
  const align = role === 'amount' ? 'right' : role === 'header' ? 'center' : 'left';
  return { kind: 'content', text, role, rowSpan: 1, colSpan: 1, align, ...extra };
}

export const covered = (): CoveredCell => ({ kind: 'covered' });

function amount(value: string): ContentCell {
  return value ? content(value, 'amount', { value }) : content('', 'amount');
}

function table(partial: Omit<GridTable, 'notes' | 'density'> & Partial<Pick<GridTable, 'notes' | 'density'>>): GridTable {
  return { notes: [], density: 'normal', ...partial };
}

function budget01(name: string): GridTable {
  const rows: GridCell[][] = [
    [content('收入', 'header', { colSpan: 2 }), covered(), content('支出', 'header', { colSpan: 2 }), covered()],
    [content('项目', 'header'), content('金额', 'header'), content('项目', 'header'), content('金额', 'header')],
    [content('一、一般公共预算', 'label'), amount('148.53'), content('一、一般公共服务', 'label'), amount('129.57')],
    [content('其中：财政拨款', 'label'), amount('148.53'), content('八、社会保障和就业', 'label'), amount('7.82')],
    [content('', 'label'), amount(''), content('十、卫生健康', 'label'), amount('4.37')],
    [content('', 'label'), amount(''), content('二十一、住房保障支出', 'label'), amount('6.77')],
    [content('收入总计', 'label', { align: 'center', bold: true }), amount('148.53'), content('支出总计', 'label', { align: 'center', bold: true }), amount('148.53')],
  ];
  return table({ id: '预算01', key: 'test', columnKeys: [], rowKeys: [], label: '预算01表', title: '2024年部门收支预算表', nameLine: `部门名称：${name}`, unitLine: '单位：万元', columns: [30, 12, 30, 12], headerRows: 2, rows });
}

function budget02(name: string): GridTable {
  const leaves = ['合计', '小计', '其中：财政拨款', '政府性基金', '国有资本经营预算', '财政专户管理资金收入', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入', '合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金'];
  const head1: GridCell[] = [content('部门（单位）代码', 'header', { rowSpan: 3 }), content('部门（单位）名称', 'header', { rowSpan: 3 }), content('总计', 'header', { rowSpan: 3 }), content('本年收入', 'header', { colSpan: 11 })];
  for (let i = 0; i < 10; i++) head1.push(covered());
  head1.push(content('上年结转结余', 'header', { colSpan: 6 }), ...Array.from({ length: 5 }, covered));
  const head2: GridCell[] = [covered(), covered(), covered(), content('合计', 'header', { rowSpan: 2 }), content('一般公共预算', 'header', { colSpan: 2 }), covered()];
  for (const leaf of leaves.slice(3, 11)) head2.push(content(leaf, 'header', { rowSpan: 2 }));
  for (const leaf of leaves.slice(11)) head2.push(content(leaf, 'header', { rowSpan: 2 }));
  const head3: GridCell[] = [covered(), covered(), covered(), covered(), content('小计', 'header'), content('其中：财政拨款', 'header'), ...Array.from({ length: 14 }, covered)];
  const line = (code: string, label: string): GridCell[] => [content(code, 'code'), content(label, 'label'), amount('148.53'), amount('148.53'), amount('148.53'), amount('148.53'), ...Array.from({ length: 14 }, () => amount(''))];
  const rows = [head1, head2, head3, line('', '合计'), line('015', name), line('015001', name)];
  return table({ id: '预算02', key: 'test', columnKeys: [], rowKeys: [], label: '预算02表', title: '2024年部门收入预算表', nameLine: `部门名称：${name}`, unitLine: '单位：万元', columns: [8, 20, ...Array.from({ length: 18 }, () => 6)], headerRows: 3, rows, density: 'dense' });
}

function budget08(name: string): GridTable {
  const rows: GridCell[][] = [
    [content('“三公”经费合计', 'header', { rowSpan: 2 }), content('因公出国（境）费', 'header', { rowSpan: 2 }), content('公务用车购置及运行费', 'header', { colSpan: 3 }), covered(), covered(), content('公务接待费', 'header', { rowSpan: 2 })],
    [covered(), covered(), content('小计', 'header'), content('公务用车购置费', 'header'), content('公务用车运行费', 'header'), covered()],
  ];
  const notes = ['注：“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。', '备注：区政务服务中心2024年无一般公共预算“三公”经费预算拨款安排的支出，故此表无数据。'];
  return table({ id: '预算08', key: 'test', columnKeys: [], rowKeys: [], label: '预算08表', title: '2024年一般公共预算“三公”经费预算表', nameLine: `部门名称：${name}`, unitLine: '单位：万元', columns: [14, 14, 14, 14, 14, 14], headerRows: 2, rows, notes });
}

/** 15 columns, three header rows, then one 3-row block per project with A–G merged down the block. */
function projectPerformance(name: string): GridTable {
  const head1: GridCell[] = [
    content('单位编码（项目编码）', 'header', { rowSpan: 3 }),
    content('项目单位（项目名称）', 'header', { rowSpan: 3 }),
    content('项目分类', 'header', { rowSpan: 3 }),
    content('项目金额（万元）', 'header', { colSpan: 4, rowSpan: 2 }), covered(), covered(), covered(),
    content('绩效目标', 'header', { colSpan: 8 }), ...Array.from({ length: 7 }, covered),
  ];
  const head2: GridCell[] = [covered(), covered(), covered(), covered(), covered(), covered(), covered()];
  for (const group of ['成本指标', '产出指标', '效益指标', '满意度指标']) head2.push(content(group, 'header', { colSpan: 2 }), covered());
  const head3: GridCell[] = [covered(), covered(), covered(), ...['资金总额', '政府预算资金', '财政专户管理资金', '单位资金'].map((t) => content(t, 'header'))];
  for (let i = 0; i < 4; i++) head3.push(content('三级指标', 'header'), content('指标值', 'header'));
  const rows: GridCell[][] = [head1, head2, head3];
  rows.push([content('015', 'code'), content(name, 'label'), content('', 'text'), amount('41.05'), amount('41.05'), amount(''), amount(''), ...Array.from({ length: 8 }, () => content('', 'text'))]);
  const keepTogether: [number, number][] = [];
  for (let p = 1; p <= 12; p++) {
    const first = rows.length;
    const code = `41039524000000012${String(900 + p)}`;
    const indicator = (i: number): GridCell[] => [
      content(`成本指标${p}-${i}`, 'text'), content(`≤${p * 1000 + i}元`, 'text'),
      content(`产出数量${p}-${i}`, 'text'), content(i === 1 ? '≥95%' : `${i}套`, 'text'),
      content(`社会效益${p}-${i}`, 'text'), content('及时', 'text'),
      content('服务对象满意度', 'text'), content('≥90%', 'text'),
    ];
    rows.push([
      content(code, 'code', { rowSpan: 3 }),
      content(`政务服务事项标准化建设项目${p}`, 'label', { rowSpan: 3 }),
      content(p % 2 ? '其他运转类' : '特定目标类', 'text', { rowSpan: 3 }),
      content(`${p}.50`, 'amount', { rowSpan: 3, value: `${p}.50`, align: 'right' }),
      content(`${p}.50`, 'amount', { rowSpan: 3, value: `${p}.50`, align: 'right' }),
      content('', 'amount', { rowSpan: 3, align: 'right' }),
      content('', 'amount', { rowSpan: 3, align: 'right' }),
      ...indicator(1),
    ]);
    for (const i of [2, 3]) rows.push([covered(), covered(), covered(), covered(), covered(), covered(), covered(), ...indicator(i)]);
    keepTogether.push([first, first + 2]);
  }
  return table({
    id: '预算14', key: 'test', columnKeys: [], rowKeys: [], label: '预算14表', title: '2024年部门预算项目绩效目标表', nameLine: `部门名称：${name}`,
    columns: [16, 20, 8, 8, 8, 8, 8, 12, 10, 12, 10, 12, 10, 12, 10], headerRows: 3, rows, keepTogether, density: 'compact',
  });
}
