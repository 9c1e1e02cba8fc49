import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, UsageError, type Io } from './io.js';
import { InternalError } from '../model/diagnostic.js';
import { PdfToolError } from '../render/soffice.js';
import { OutputBusyError } from './commit.js';
import { isProfilePath } from '../document/profile/locate.js';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  force: { type: 'boolean' },
  profile: { type: 'string' },
  json: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  year: { type: 'string' },
  scope: { type: 'string' },
  from: { type: 'string' },
  jobs: { type: 'string' },
  extends: { type: 'string' },
  name: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  open: { type: 'boolean' },
} as const;

export type CliValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** The package's version, read from package.json beside dist/ (or the repository root when run from source). */
async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const { PACKAGE_ROOT } = await import('../model/paths.js');
  const text = await readFile(resolve(PACKAGE_ROOT, 'package.json'), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/**
 * Runs one command line; returns the exit code. Only bin/yusuan.ts touches `process`. Each command's module is
 * imported when the command runs, so `--help`, `--version` and `validate` do not load the writers (docx, exceljs).
 */
export async function execute(argv: readonly string[], io: Io): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    const { positionals } = parsed;
    // A profile directory on the command line is relative to where the command runs (docs/profiles.md).
    const values = parsed.values.profile && isProfilePath(parsed.values.profile) ? { ...parsed.values, profile: resolve(io.cwd, parsed.values.profile) } : parsed.values;
    debug = values.debug ?? false;
    const [command, ...rest] = positionals;
    if (values.version && !command) {
      io.stdout(`yusuan ${await version()}\n`);
      return EXIT.ok;
    }
    if (values.help || !command || command === 'help') {
      io.stdout((await import('./help.js')).HELP);
      return command || values.help ? EXIT.ok : EXIT.usage;
    }
    switch (command) {
      case 'generate':
        return await (await import('./generate-command.js')).generateCommand(rest, values, io);
      case 'validate':
        return await (await import('./validate-command.js')).validateCommand(rest, values, io);
      case 'init':
        return await (await import('./init-command.js')).initCommand(rest, values, io);
      case 'verify':
        return await (await import('./verify-command.js')).verifyCommand(rest, values, io);
      case 'audit':
        return await (await import('./audit-command.js')).auditCommand(rest, values, io);
      case 'explain':
        return await (await import('./explain-command.js')).explainCommand(rest, values, io);
      case 'profile':
        return await (await import('./profile-command.js')).profileCommand(rest, values, io);
      case 'serve':
        return await (await import('./serve-command.js')).serveCommand(rest, values, io);
      case 'schema':
        io.stdout((await import('./schema-command.js')).inputJsonSchemaText());
        return EXIT.ok;
      default:
        throw new UsageError(`未知命令“${command}”。可用命令：generate、validate、explain、init、verify、audit、serve、schema、profile（yusuan --help 查看帮助）`);
    }
  } catch (error) {
    return reportFailure(error, io, debug);
  }
}

function reportFailure(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof PdfToolError) {
    io.stderr(`无法生成 PDF：${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof UsageError || isParseArgsError(error)) {
    io.stderr(`用法错误：${usageMessage(error)}\n（yusuan --help 查看帮助）\n`);
    return EXIT.usage;
  }
  if (error instanceof OutputBusyError) {
    io.stderr(`无法写入：${error.message}\n`);
    return EXIT.usage;
  }
  if (isFileSystemError(error)) {
    io.stderr(`无法读写文件：${error.path ?? error.message}（${error.code}）\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`内部错误：${message}\n请报告此问题（附上输入文件和命令）。${debug ? '' : '加 --debug 可查看详细信息。'}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  if (debug && error instanceof InternalError && error.cause) io.stderr(`${String(error.cause)}\n`);
  return EXIT.internal;
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

function usageMessage(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  const raw = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(raw)?.[1];
  if (/Unknown option/.test(raw)) return `未知选项 ${option ?? ''}`;
  if (/argument missing/.test(raw)) return `选项 ${option ?? ''} 缺少取值`;
  return raw;
}

function isFileSystemError(error: unknown): error is Error & { code: string; path?: string } {
  return error instanceof Error && 'code' in error && ['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'EEXIST', 'EPERM', 'ENOSPC', 'EROFS', 'ENAMETOOLONG', 'EMFILE', 'EBUSY'].includes(String(error.code));
}
