import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, relative, resolve } from 'node:path';
import { codeListsFor } from '../compute/codes.js';
import { computeFigures } from '../compute/figures.js';
import { chooseProfile, loadProfile } from '../document/profile.js';
import { overallPerformanceData } from '../document/tables/overall-performance-data.js';
import { limitsFromEnv } from '../input/limits.js';
import { parseBudget } from '../input/parse.js';
import { readInput } from '../input/readers.js';
import { rollForward, type PriorFigures } from '../input/workbook/roll.js';
import { ROLL_NOTE } from '../input/workbook/sheets/instructions.js';
import { writeWorkbook } from '../input/workbook/write-workbook.js';
import type { JsonObject } from '../input/workbook/spec.js';
import { formatDiagnostic, hasErrors } from '../model/diagnostic.js';
import { formatAmount } from '../model/money.js';
import type { BudgetInput } from '../model/schema.js';
import type { CliValues } from './execute.js';
import { EXIT, UsageError, type Io } from './io.js';
import { writeAtomic } from './write.js';
import { isPublishedDocument, prefillPublished } from './audit-command.js';

/** `yusuan init [-o 预算填报.xlsx] [--year Y] [--scope 部门|单位] [--from input.json|last-year.xlsx|公开文档.pdf]`: the fill-in workbook. */
export async function initCommand(args: readonly string[], values: CliValues, io: Io): Promise<number> {
  if (args.length) throw new UsageError(`init 不接受文件参数“${args.join(' ')}”：输出文件用 -o 指定，预填来源用 --from 指定`);
  const output = resolve(io.cwd, values.output ?? '预算填报.xlsx');
  if (extname(output).toLowerCase() !== '.xlsx') throw new UsageError('填报表必须保存为 .xlsx 文件，例如：-o 预算填报.xlsx');
  if (existsSync(output) && !values.force) throw new UsageError(`文件已存在：${relative(io.cwd, output) || output}（为免覆盖已填写的内容，如确需覆盖请加 --force）`);
  const year = values.year === undefined ? undefined : parseYear(values.year);
  const scope = parseScope(values.scope);
  const from = values.from;
  const start = from
    ? isPublishedDocument(from)
      ? await prefillPublished(from, year, output, values, io)
      : await prefill(from, year, io)
    : { data: blank(year ?? new Date().getFullYear(), scope ?? '部门'), notes: [] };
  if ('exit' in start) return start.exit;
  const data = scope ? { ...start.data, scope } : start.data;
  const dataYear = typeof data.year === 'number' ? data.year : (year ?? new Date().getFullYear());
  const bytes = await writeWorkbook(data, {
    codes: codeListsFor(dataYear),
    notes: start.notes,
    maxTextLength: limitsFromEnv(io.env).maxTextLength,
    ...inputIndicatorsFor(data, dataYear),
  });
  await writeAtomic(output, bytes);
  io.stdout(`已生成填报表：${relative(io.cwd, output) || output}（${dataYear}年，${String(data.scope)}）\n`);
  for (const note of start.notes) io.stdout(`${note}\n`);
  io.stdout(`下一步：用 Excel 或 WPS 填写浅黄色单元格（先看“填表说明”），然后运行 yusuan validate ${basename(output)}\n`);
  return EXIT.ok;
}

function blank(year: number, scope: string): JsonObject {
  return { year, scope };
}

function parseYear(text: string): number {
  const year = Number(text);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError(`--year 必须是 2000–2100 之间的四位年份，实际为“${text}”`);
  return year;
}

function parseScope(text: string | undefined): '部门' | '单位' | undefined {
  if (text === undefined) return undefined;
  if (text === '部门' || text === '单位') return text;
  throw new UsageError(`--scope 必须是“部门”或“单位”，实际为“${text}”`);
}

/** Reads `--from`: same year pre-fills as is; a later year (default for a workbook: next year) rolls forward. */
async function prefill(from: string, year: number | undefined, io: Io): Promise<{ data: JsonObject; notes: string[] } | { exit: number }> {
  const path = resolve(io.cwd, from);
  const extension = extname(path).toLowerCase();
  const read = await readInput(await readFile(path), basename(path), extension, limitsFromEnv(io.env));
  const parsed = read.source ? parseBudget(read.source) : { diagnostics: [] };
  const diagnostics = [...read.diagnostics, ...parsed.diagnostics];
  if (!('budget' in parsed) || !parsed.budget || hasErrors(diagnostics)) {
    io.stderr(`--from 的文件有错误，无法预填（改正后重试）：\n${diagnostics.map((d) => `  ${formatDiagnostic(d)}`).join('\n')}\n`);
    return { exit: EXIT.inputErrors };
  }
  const budget = parsed.budget;
  const target = year ?? (extension === '.xlsx' ? budget.year + 1 : budget.year);
  if (target < budget.year) throw new UsageError(`--year ${target} 早于 --from 文件的年度 ${budget.year}`);
  const json = toJson(budget);
  if (target === budget.year) return { data: json, notes: [`已按 ${basename(path)} 预填（${budget.year}年）。`] };
  const rolled = rollForward(json, target, priorFigures(budget));
  return { data: rolled, notes: [`已由 ${basename(path)}（${budget.year}年）滚动生成 ${target}年填报表。`, ROLL_NOTE] };
}

/** The parsed input back in JSON shape (Decimals become their decimal strings). */
function toJson(budget: BudgetInput): JsonObject {
  const value: unknown = JSON.parse(JSON.stringify(budget));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('预填数据不是对象');
  return { ...value };
}

function priorFigures(budget: BudgetInput): PriorFigures {
  const f = computeFigures(budget);
  return {
    total: formatAmount(f.total),
    generalPublic: formatAmount(f.generalPublic.total),
    govFund: formatAmount(f.govFund),
    stateCapital: formatAmount(f.stateCapital),
    threePublic: {
      abroad: formatAmount(f.threePublic.abroad),
      reception: formatAmount(f.threePublic.reception),
      vehiclePurchase: formatAmount(f.threePublic.vehiclePurchase),
      vehicleOps: formatAmount(f.threePublic.vehicleOps),
    },
    operatingFunds: formatAmount(f.operatingFunds),
  };
}

/** The profile's 投入管理 rows for the year, when its template has a 整体绩效目标表; the built-in list otherwise. */
function inputIndicatorsFor(data: JsonObject, year: number): { inputIndicators?: { level2: string; name: string; value: string }[] } {
  try {
    const edition = typeof data.edition === 'string' ? data.edition : undefined;
    const profileId = typeof data.profile === 'string' ? data.profile : undefined;
    const choice = chooseProfile({ year, ...(edition ? { edition } : {}), ...(profileId ? { profile: profileId } : {}) });
    const rows = overallPerformanceData(loadProfile(choice.profile), 'overall-performance.json').inputIndicators;
    return { inputIndicators: rows.map(({ level2, name, value }) => ({ level2, name, value })) };
  } catch {
    return {};
  }
}
