import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalInput } from '../fixtures/minimal.js';

const CLI = join(import.meta.dirname, '..', '..', 'bin', 'yusuan.ts');
let dir: string;
let fake: string;

/**
 * A stand-in for LibreOffice that hangs: it starts a child of its own (as soffice starts soffice.bin), writes
 * both process ids, and waits.
 */
const FAKE_SOFFICE = `#!/bin/sh
sleep 300 &
echo "$$ $!" > "$FAKE_PIDS"
wait
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yusuan-interrupt-'));
  fake = join(dir, 'soffice');
  await writeFile(fake, FAKE_SOFFICE);
  await chmod(fake, 0o755);
  await writeFile(join(dir, 'input.json'), JSON.stringify(minimalInput()));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Starts `yusuan generate --format docx,pdf` with the hanging LibreOffice and a private temp folder. */
async function start(name: string, env: Record<string, string> = {}) {
  const temp = await mkdtemp(join(dir, `tmp-${name}-`));
  const pids = join(dir, `${name}.pids`);
  // Run from the repository, where `--import tsx` resolves; the files are named by absolute paths.
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'generate', join(dir, 'input.json'), '-o', join(dir, `out-${name}`), '--format', 'docx,pdf'], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, YUSUAN_SOFFICE: fake, FAKE_PIDS: pids, TMPDIR: temp, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, temp, pids, exited, stderr: () => stderr };
}

async function waitFor(path: string, stderr: () => string): Promise<string> {
  for (let i = 0; i < 400; i++) {
    const text = await readFile(path, 'utf8').catch(() => '');
    if (text.trim()) return text.trim();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${path} never appeared\n${stderr()}`);
}

/** Whether a process still runs (a zombie no one has reaped yet, as in a container without init, has stopped). */
async function alive(pid: number): Promise<boolean> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  if (status !== undefined) return !/^State:\s+Z/m.test(status);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(process.platform === 'win32')('中断或超时的 PDF 生成：停止 LibreOffice，不留下装有未公开文档的临时目录', () => {
  it('Ctrl+C（SIGINT）：LibreOffice 及其子进程被停止，yusuan-pdf-*、yusuan-lo-* 与输出目录中的暂存目录都被删除，退出码 130', async () => {
    const run = await start('sigint');
    const [soffice, grandchild] = (await waitFor(run.pids, run.stderr)).split(' ').map(Number);
    expect((await readdir(run.temp)).some((n) => n.startsWith('yusuan-pdf-'))).toBe(true);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(130);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([await alive(soffice ?? 0), await alive(grandchild ?? 0)]).toEqual([false, false]);
    expect((await readdir(run.temp)).filter((n) => n.startsWith('yusuan-'))).toEqual([]);
    expect((await readdir(join(dir, 'out-sigint'))).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(run.stderr()).toMatch(/已中断（SIGINT）/);
  }, 60_000);

  it('LibreOffice 超时：是工具的问题（退出码 2，说明超时），不是“输入有错误”；Word 文档照常写出，临时目录删除', async () => {
    const run = await start('timeout', { YUSUAN_PDF_TIMEOUT_S: '1' });
    const [soffice] = (await waitFor(run.pids, run.stderr)).split(' ').map(Number);
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toMatch(/LibreOffice 在 1 秒内没有完成转换/);
    expect(run.stderr()).not.toMatch(/输入有错误，未生成文档/);
    expect(run.stderr()).toMatch(/PDF 未生成：这是 LibreOffice 的问题/);
    expect(await alive(soffice ?? 0)).toBe(false);
    expect((await readdir(run.temp)).filter((n) => n.startsWith('yusuan-'))).toEqual([]);
    expect((await readdir(join(dir, 'out-timeout'))).filter((n) => n.endsWith('.docx'))).toHaveLength(1);
  }, 60_000);
});
