import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { explainInput, formatMatch } from '../explain/index.js';
import { formatReport } from '../checks/report.js';
import { limitsFromEnv } from '../input/limits.js';
import type { CliValues } from './execute.js';
import { EXIT, UsageError, type Io } from './io.js';

/**
 * `yusuan explain <input> [<ref>…] [--json]`: where each printed figure comes from — its printed and exact
 * value, its formula and every input cell it reads. Without refs, the number of traced figures and how to ask.
 */
export async function explainCommand(args: readonly string[], values: CliValues, io: Io): Promise<number> {
  const [file, ...refs] = args;
  if (!file) throw new UsageError('请指定填报文件，例如：yusuan explain 预算填报.xlsx "预算01 支出总计"');
  const bytes = await readFile(resolve(io.cwd, file));
  const options = { limits: limitsFromEnv(io.env), baseDir: dirname(resolve(io.cwd, file)), ...(values.profile ? { profile: values.profile } : {}) };
  const explained = await explainInput(bytes, basename(file), refs, options);
  const trace = explained.trace;
  if (!trace) {
    io.stderr(`${basename(file)}：输入有错误，无法生成文档，也就无法说明数字的来源。\n${formatReport(explained.diagnostics)}`);
    return EXIT.inputErrors;
  }
  if (values.json) {
    const out = refs.length > 0 ? { matches: explained.matches, definitions: trace.definitions } : trace;
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else if (refs.length === 0) {
    const tables = trace.figures.filter((f) => f.kind === 'table').length;
    io.stdout(`${trace.title}：共 ${trace.figures.length} 个打印的数字可以说明来源（表格 ${tables} 个，说明文字 ${trace.figures.length - tables} 个）。\n`);
    io.stdout('请指定要说明的数字，例如：yusuan explain 输入文件 "预算05!D12" "预算01 支出总计" "三公经费 增长率"（--json 输出全部）\n');
  } else {
    io.stdout(`${explained.matches.map((m) => formatMatch(m, trace)).join('\n\n')}\n`);
  }
  return explained.matches.some((m) => m.entries.length === 0) ? EXIT.inputErrors : EXIT.ok;
}
