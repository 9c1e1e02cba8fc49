/** Finding LibreOffice (soffice) and running it: in its own process group, with a timeout, stopped on an interrupt. */
import { spawn, spawnSync } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { posix, win32 } from 'node:path';
import { whileRunning } from './interrupt.js';

/** LibreOffice is missing or failed: not a yusuan bug, so the CLI prints the message (with what to do) as is. */
export class PdfToolError extends Error {
  override name = 'PdfToolError';
}

/** LibreOffice did not finish in time: a tool failure (exit 2), never an input error. */
export class PdfTimeoutError extends PdfToolError {
  override name = 'PdfTimeoutError';

  /** LibreOffice ran past `ms` and was stopped. */
  static after(ms: number): PdfTimeoutError {
    return new PdfTimeoutError(`LibreOffice 在 ${ms / 1000} 秒内没有完成转换，已停止。可能是 LibreOffice 卡住或文档过大；请重试，或去掉 --format 中的 pdf。`);
  }
}

/** How long one LibreOffice run may take before it is stopped; YUSUAN_PDF_TIMEOUT_S overrides it. */
export const TIMEOUT_MS = Number(process.env.YUSUAN_PDF_TIMEOUT_S) > 0 ? Number(process.env.YUSUAN_PDF_TIMEOUT_S) * 1000 : 180_000;

/** Where LibreOffice installs itself when it is not on PATH: Linux packages, the official tarball, macOS, Windows. */
export function knownLocations(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.ProgramW6432, 'C:\\Program Files', 'C:\\Program Files (x86)'].filter((r): r is string => Boolean(r));
    return [...new Set(roots)].map((root) => win32.join(root, 'LibreOffice', 'program', 'soffice.exe'));
  }
  return ['/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/usr/local/bin/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice', '/snap/bin/libreoffice'];
}

/**
 * Where soffice may be, in order: $YUSUAN_SOFFICE, then soffice/libreoffice on PATH (`soffice.exe` on Windows, PATH
 * split on `;`), then the usual install folders (`Program Files\\LibreOffice\\program` on Windows).
 */
export function sofficeCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, known?: readonly string[]): string[] {
  const paths = platform === 'win32' ? win32 : posix;
  const names = platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const pathVar = env.PATH ?? env.Path ?? '';
  const onPath = pathVar.split(paths.delimiter).filter(Boolean).flatMap((dir) => names.map((name) => paths.join(dir.replace(/^"|"$/g, ''), name)));
  return [...(env.YUSUAN_SOFFICE ? [env.YUSUAN_SOFFICE] : []), ...onPath, ...(known ?? knownLocations(platform, env))];
}

/** The soffice binary (see sofficeCandidates); PdfToolError, saying how to install it, when there is none. */
export async function findSoffice(env: NodeJS.ProcessEnv = process.env, known?: readonly string[], platform: NodeJS.Platform = process.platform): Promise<string> {
  for (const candidate of sofficeCandidates(env, platform, known)) {
    if (await exists(candidate, platform === 'win32' ? constants.F_OK : constants.X_OK)) return candidate;
  }
  throw new PdfToolError(
    '生成 PDF 需要 LibreOffice（soffice），但本机没有找到。\n' +
      '在 Debian/Ubuntu 上运行 scripts/install-pdf-tools.sh（需要 root）即可安装 LibreOffice、中文字体和字体别名；\n' +
      'Windows 上从 https://www.libreoffice.org 安装（默认装在 C:\\Program Files\\LibreOffice，会自动找到）；\n' +
      '其他系统请安装 LibreOffice，并把 soffice 加入 PATH，或设置环境变量 YUSUAN_SOFFICE 指向它。\n' +
      '不需要 PDF 时，去掉 --format 中的 pdf 即可。',
  );
}

export async function exists(path: string, mode: number = constants.F_OK): Promise<boolean> {
  return access(path, mode).then(
    () => true,
    () => false,
  );
}

/**
 * Runs soffice in its own process group (soffice starts soffice.bin, so only the group can be stopped whole) and
 * resolves with its output. The group is stopped on timeout, and on an interrupt of yusuan (interrupt.ts): a
 * detached group does not get the terminal's Ctrl+C.
 */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, timeoutMs: number = TIMEOUT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    const windows = process.platform === 'win32';
    // A detached child on Windows opens a console window of its own; there the tree is stopped with taskkill.
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env, detached: !windows, windowsHide: true });
    const stop = () => {
      if (child.pid && child.exitCode === null) stopTree(child.pid, windows);
    };
    let interrupted = false;
    // Stopped by an interrupt: the conversion must not go on (it would recreate the folders just removed).
    const release = whileRunning(() => {
      interrupted = true;
      stop();
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      stop();
      reject(PdfTimeoutError.after(timeoutMs));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      release();
      reject(new PdfToolError(`无法启动 LibreOffice（${command}）：${error.message}`));
    });
    child.on('close', () => {
      clearTimeout(timer);
      release();
      if (interrupted) reject(new PdfToolError('已中断，LibreOffice 已停止。'));
      else resolve(output);
    });
  });
}

/** Stops a process and everything it started: its process group, or on Windows its tree (taskkill /T). */
export function stopTree(pid: number, windows: boolean): void {
  if (windows) spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
  else process.kill(-pid, 'SIGKILL');
}
