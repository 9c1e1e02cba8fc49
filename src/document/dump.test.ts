import { describe, expect, it } from 'vitest';
import { documentToText } from './dump.js';
import type { BudgetDocument, GridCell } from './model.js';

const cell = (text: string, rowSpan = 1, colSpan = 1): GridCell => ({ kind: 'content', text, role: 'text', rowSpan, colSpan, align: 'left' });
const covered: GridCell = { kind: 'covered' };

describe('documentToText', () => {
  it('prints parts, headings, paragraphs, the 目录 and tables with merged cells blank', () => {
    const doc: BudgetDocument = {
      meta: { title: '2024年某单位预算说明', year: 2024, name: '某单位', profile: 'p', edition: 'E2024' },
      parts: [
        { id: 'cover', blocks: [{ type: 'partTitle', title: '2024年某单位预算说明' }] },
        { id: 'toc', blocks: [{ type: 'toc', title: '目录', entries: [{ level: 1, text: '第一部分 某单位概况' }, { level: 2, text: '一、主要职责' }] }] },
        {
          id: 'overview',
          blocks: [
            { type: 'partTitle', label: '第一部分', title: '某单位概况', outline: 1 },
            { type: 'heading', level: 2, text: '一、主要职责', section: 'overview.1' },
            { type: 'paragraph', text: '1.负责测试。', section: 'overview.1' },
          ],
        },
        {
          id: 'annex',
          blocks: [
            { type: 'paragraph', text: '附件：2024年某单位预算表', style: 'bold', section: 'annex' },
            {
              type: 'table',
              table: {
                id: '预算01', key: 'test', columnKeys: [], rowKeys: [], label: '预算01表', title: '2024年单位收支预算表', nameLine: '单位名称：某单位', unitLine: '单位：万元',
                columns: [10, 10, 10], headerRows: 1, density: 'normal', notes: ['注：测试'],
                rows: [
                  [cell('收入', 1, 2), covered, cell('支出')],
                  [cell('合计'), cell('1.00'), cell('')],
                ],
              },
            },
          ],
        },
      ],
    };
    expect(documentToText(doc)).toBe(
      [
        '# 2024年某单位预算说明',
        '# 目录\n- 第一部分 某单位概况\n  - 一、主要职责',
        '# 第一部分\n# 某单位概况',
        '## 一、主要职责',
        '1.负责测试。',
        '**附件：2024年某单位预算表**',
        '预算01表\n### 2024年单位收支预算表\n单位名称：某单位\t单位：万元\n收入\t\t支出\n---\n合计\t1.00\n注：测试',
      ].join('\n\n') + '\n',
    );
  });
});
