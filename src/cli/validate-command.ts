import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { processInput } from '../pipeline.js';
import { formatLocation, hasErrors, type Diagnostic } from '../model/diagnostic.js';
import { limitsFromEnv } from '../input/limits.js';
import { formatReport } from '../checks/report.js';
import { collectInputs } from './files.js';
import { EXIT, type Io } from './io.js';
import type { CliValues } from './execute.js';

/** `yusuan validate <file>… [--json]`: diagnostics grouped by severity; exit 1 when any file has errors. */
export async function validateCommand(args: readonly string[], values: CliValues, io: Io): Promise<number> {
  const files = await collectInputs(args, io.cwd);
  const limits = limitsFromEnv(io.env);
  const all: { file: string; diagnostics: Diagnostic[] }[] = [];
  for (const file of files) {
    const processed = await processInput(await readFile(file), basename(file), { limits, ...(values.profile ? { profile: values.profile } : {}) });
    all.push({ file, diagnostics: processed.diagnostics });
  }
  if (values.json) {
    const rows = all.flatMap(({ file, diagnostics }) =>
      diagnostics.map((d) => ({ file: basename(file), rule: d.rule, severity: d.severity, location: formatLocation(d.at), message: d.message })),
    );
    io.stdout(`${JSON.stringify(files.length === 1 ? rows.map(({ file: _file, ...rest }) => rest) : rows, null, 2)}\n`);
  } else {
    for (const { file, diagnostics } of all) {
      if (files.length > 1) io.stdout(`\n== ${basename(file)} ==\n`);
      io.stdout(formatReport(diagnostics));
    }
  }
  return all.some((r) => hasErrors(r.diagnostics)) ? EXIT.inputErrors : EXIT.ok;
}
