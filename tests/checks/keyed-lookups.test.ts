import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/model/paths.js';

const CHECKS = join(PACKAGE_ROOT, 'src', 'checks');
const CJK = '[\\u3400-\\u9fff\\uff00-\\uffef“”‘’（）]';
const LITERAL_WITH_CJK = `(?:'[^'\\n]*${CJK}[^'\\n]*'|"[^"\\n]*${CJK}[^"\\n]*"|\`[^\`\\n]*${CJK}[^\`\\n]*\`)`;

/**
 * What a table, column or row lookup by words or printed number looks like. A profile may renumber and retitle
 * tables and the layout may reword headers and labels, so rules find them by key (TableView.col/row); Chinese
 * in src/checks is for messages, descriptions and the narrative phrases whose amounts a rule reads.
 */
/** Arguments before the one that matters: names, numbers or plain strings (`t, 'incomeItem', `). */
const ARGS_BEFORE = `(?:\\s*(?:[\\w.?!]+|'[^'\\n]*'|"[^"\\n]*")\\s*,)*\\s*`;

const LOOKUPS: readonly [string, RegExp][] = [
  ['印刷的表号（预算01）', /预算\s*\d{2}/],
  ['按文字查找的旧接口（columnsOf 表头路径、findRow、column）', /\b(findRow|findColumn)\s*\(|\.column\s*\(|columnsOf\s*\(\s*[\w.]+\s*,\s*\[/],
  ['以中文作为表、列、行的键', new RegExp(`\\.(col|row|rowsWith|rowKey|table|read|label|income|expenditure)\\s*\\(${ARGS_BEFORE}${LITERAL_WITH_CJK}`)],
  ['以中文作为列键列表', new RegExp(`columnsOf\\s*\\(${ARGS_BEFORE}${LITERAL_WITH_CJK}`)],
  ['把打印的文字与中文字面量比较来找行或列', new RegExp(`(\\.text\\s*\\([^()]*\\)|squeeze\\s*\\((?:[^()]|\\([^()]*\\))*\\)|[\\w\\])]\\??\\.path\\b[^;]*|\\.title\\b)\\s*(===|!==|\\.includes\\s*\\(|\\.startsWith\\s*\\()\\s*${LITERAL_WITH_CJK}`)],
  ['把中文字面量整理后与打印的文字比较', new RegExp(`squeeze\\s*\\(\\s*${LITERAL_WITH_CJK}`)],
  ['按中文表头路径找列', new RegExp(`[\\w\\])]\\??\\.path\\b[^;\\n]*${LITERAL_WITH_CJK}|${LITERAL_WITH_CJK}[^;\\n]*[\\w\\])]\\??\\.path\\b`)],
  ['按印刷的表号或标题找表', /\.(id|title|label)\s*===|\btable\.id\b\s*===/],
];

/** The code of a file without its comments (comments may quote the spec: `预算01表`). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every line of `text` that looks like a lookup by words or printed number, with the kind of lookup. */
export function lookupsIn(text: string): string[] {
  return code(text)
    .split('\n')
    .flatMap((line) => LOOKUPS.filter(([, re]) => re.test(line)).map(([what]) => `${what}：${line.trim()}`));
}

describe('规则按键读表（issue 13）：src/checks 中没有按中文或印刷表号查找表、列、行', () => {
  it('检测器能认出旧式的查找写法', () => {
    const bad = [
      "const cols = columnsOf(t, ['收入', '项目'], ['收入', '金额']);",
      "const totalRow = t.findRow(col, '本年收入合计');",
      "const gp = o.t.column('一般公共预算资金', '小计');",
      "return { at: tableAt('预算01', '本年收入合计', '金额') };",
      "const t = view.table('预算08');",
      "const r = b.income('一、一般公共预算');",
      "const c = t.col('金额');",
      "if (squeeze(t.text(r, c)) === squeeze('本年收入合计')) return r;",
      "const cols = columnsOf(t, 'total', '合计');",
      "const hit = squeeze(t.text(r, c)) === '合计';",
      "const isSum = ['小计', '合计'].includes(t.columns[i]?.path.at(-1) ?? '');",
      "const doc = tables.find((x) => x.title.includes('整体绩效目标表'));",
      "const t = tables.find((x) => x.id === id);",
    ];
    for (const line of bad) expect(lookupsIn(line), line).not.toEqual([]);
    const good = [
      "const cols = columnsOf(t, 'incomeItem', 'incomeAmount');",
      "const row = b.income('income-total');",
      "const said = amountAfter(text, '收入总计');",
      "what: `${view.label('income-expenditure')}“类”${code}不大于${one}该类`,",
      "// 预算01表 in a comment quotes the spec",
    ];
    for (const line of good) expect(lookupsIn(line), line).toEqual([]);
  });

  it('src/checks 的每个源文件都通过（注释除外）', () => {
    const found = sources(CHECKS).flatMap((file) => lookupsIn(readFileSync(file, 'utf8')).map((hit) => `${relative(PACKAGE_ROOT, file)}：${hit}`));
    expect(found).toEqual([]);
  });
});
