import type { CliValues } from './execute.js';
import { EXIT, UsageError, type Io } from './io.js';
import { limitsFromEnv } from '../input/limits.js';

/** Addresses that reach only this machine. */
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * `yusuan serve [--port N] [--host 地址] [--open]`: the local page for the finance office. Runs until Ctrl+C;
 * every session's files are removed then (and when a session has been idle for two hours).
 */
export async function serveCommand(args: readonly string[], values: CliValues, io: Io): Promise<number> {
  if (args.length) throw new UsageError(`serve 不接受文件参数“${args.join(' ')}”：在打开的网页中选择文件`);
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port 必须是 0–65535 之间的整数，实际为“${values.port}”`);
  const host = values.host ?? '127.0.0.1';
  const limits = limitsFromEnv(io.env);
  const maxUpload = uploadLimit(io.env.YUSUAN_SERVE_MAX_UPLOAD, limits.maxFileBytes);
  if (!LOOPBACK.has(host)) io.stderr(`警告：服务绑定在 ${host}，同一网络中的其他电脑也能打开本页并上传文件。只在可信的网络中这样做；平时请不加 --host（只允许本机访问）。\n`);
  const { startServer } = await import('../serve/server.js');
  const server = await startServer({ port, host, limits, maxUpload, log: io.stderr });
  io.stdout(`预算公开文档生成器已在本机运行：${server.url}\n用浏览器打开上面的地址；按 Ctrl+C 停止（上传和生成的文件随之删除）。\n`);
  if (values.open) await openBrowser(server.url, io);
  // Runs until Ctrl+C or SIGTERM: bin/yusuan.ts's handlers then stop the workers' LibreOffice and remove the files.
  await new Promise<never>(() => undefined);
  return EXIT.ok;
}

/** YUSUAN_SERVE_MAX_UPLOAD (MB) when set and positive; never above the input file limit (YUSUAN_MAX_FILE_MB). */
function uploadLimit(value: string | undefined, maxFileBytes: number): number {
  const mb = value === undefined ? NaN : Number(value);
  return Number.isFinite(mb) && mb > 0 ? Math.min(Math.floor(mb * 1048576), maxFileBytes) : maxFileBytes;
}

/** Opens the page in the system's browser (`xdg-open`, `open`, `start`); says so when it cannot. */
async function openBrowser(url: string, io: Io): Promise<void> {
  const { spawn } = await import('node:child_process');
  const [command, args] = process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : [process.platform === 'darwin' ? 'open' : 'xdg-open', [url]];
  await new Promise<void>((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.once('error', () => {
      io.stderr(`无法自动打开浏览器，请手动打开 ${url}\n`);
      resolve();
    });
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
