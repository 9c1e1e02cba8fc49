import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { processInput } from '../pipeline.js';
import { formatLocation, hasErrors, type Diagnostic } from '../model/diagnostic.js';
import { limitsFromEnv } from '../input/limits.js';
import { nothingChecked, type CheckSummary } from '../checks/index.js';
import { formatReport } from '../checks/report.js';
import { collectInputs } from './files.js';
import { EXIT, type Io } from './io.js';
import type { CliValues } from './execute.js';

/** What one file gave: its findings and the ledger of every rule. */
interface Checked {
  file: string;
  diagnostics: Diagnostic[];
  ledger: CheckSummary;
}

/**
 * `yusuan validate <file>… [--json]`: diagnostics grouped by severity, then the ledger in one line (规则 N 条：
 * 通过…); `--json` prints `{ diagnostics, ledger }` (an array of them with `file` for several files). Exit 1
 * when any file has errors.
 */
export async function validateCommand(args: readonly string[], values: CliValues, io: Io): Promise<number> {
  const files = await collectInputs(args, io.cwd);
  const limits = limitsFromEnv(io.env);
  const all: Checked[] = [];
  for (const file of files) {
    const processed = await processInput(await readFile(file), basename(file), { limits, baseDir: dirname(file), ...(values.profile ? { profile: values.profile } : {}) });
    all.push({ file, diagnostics: processed.diagnostics, ledger: processed.ledger ?? nothingChecked('输入无法检查') });
  }
  if (values.json) {
    const results = all.map((r) => ({ file: basename(r.file), ...jsonOf(r) }));
    io.stdout(`${JSON.stringify(files.length === 1 ? jsonOf(all[0]!) : results, null, 2)}\n`);
  } else {
    for (const { file, diagnostics, ledger } of all) {
      if (files.length > 1) io.stdout(`\n== ${basename(file)} ==\n`);
      io.stdout(formatReport(diagnostics, ledger));
    }
  }
  return all.some((r) => hasErrors(r.diagnostics)) ? EXIT.inputErrors : EXIT.ok;
}

function jsonOf({ diagnostics, ledger }: Checked): { diagnostics: object[]; ledger: CheckSummary } {
  return {
    diagnostics: diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, location: formatLocation(d.at), message: d.message })),
    ledger,
  };
}
