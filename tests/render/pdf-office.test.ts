import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * A stand-in for LibreOffice that speaks the Serve macro's file protocol (src/render/pdf-macro.ts): it answers
 * each job.txt with a PDF, a 目录 and done.txt. FAKE_MODE makes its first serving instance hang (never answer)
 * or crash (exit on its first job); every instance appends its pid to $FAKE_LOG.
 */
const FAKE_SOFFICE = `#!/bin/sh
case "$*" in *--terminate_after_init*) exit 0 ;; esac
jobs=$(printf '%s' "$*" | sed -n 's/.*Serve("file:\\/\\/\\([^"]*\\)").*/\\1/p')
echo $$ >> "$FAKE_LOG"
mkdir -p "$TMPDIR/lu$$.tmp"
n=$(wc -l < "$FAKE_LOG")
if [ "$n" = 1 ] && [ "$FAKE_MODE" = hang ]; then sleep 300 & wait; fi
while [ -d "$jobs" ]; do
  if [ -f "$jobs/job.txt" ]; then
    if [ "$n" = 1 ] && [ "$FAKE_MODE" = crash ]; then exit 1; fi
    in=$(sed -n 1p "$jobs/job.txt" | sed 's|^file://||'); out=$(sed -n 2p "$jobs/job.txt" | sed 's|^file://||'); toc=$(sed -n 3p "$jobs/job.txt" | sed 's|^file://||')
    rm "$jobs/job.txt"
    printf '%%PDF-1.4 fake of %s\\n' "$(basename "$in")" > "$out"
    printf '第一部分 概况\\t3\\n第二部分 预算情况说明\\t5\\n' > "$toc"
    echo done > "$jobs/done.tmp"; mv "$jobs/done.tmp" "$jobs/done.txt"
  fi
  sleep 0.02
done
`;

let dir: string;
let temp: string;
const saved = { ...process.env };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yusuan-office-test-'));
  await writeFile(join(dir, 'soffice'), FAKE_SOFFICE);
  await chmod(join(dir, 'soffice'), 0o755);
  await writeFile(join(dir, '单位 甲.docx'), 'docx bytes');
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => {
  process.env = { ...saved };
});

/** The pdf module as a fresh import, with the fake LibreOffice and a private temp folder. */
async function pdfModule(name: string, env: Record<string, string>) {
  temp = join(dir, `tmp-${name}`);
  await mkdir(temp);
  Object.assign(process.env, { YUSUAN_SOFFICE: join(dir, 'soffice'), FAKE_LOG: join(dir, `${name}.pids`), TMPDIR: temp, ...env });
  vi.resetModules();
  return import('../../src/render/pdf.js');
}

async function pids(name: string): Promise<number[]> {
  return (await readFile(join(dir, `${name}.pids`), 'utf8').catch(() => '')).split('\n').filter(Boolean).map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(process.platform === 'win32')('PDF：每个线程一个 LibreOffice，逐份转换，卡住时重启', () => {
  it('三份文档由同一个 LibreOffice 转换，各得 PDF 和目录页码；关闭后不留进程和临时目录（LibreOffice 自己的 lu*.tmp 也在其中）', async () => {
    const pdf = await pdfModule('three', {});
    const out = join(dir, 'out-three');
    await mkdir(out);
    for (let i = 0; i < 3; i++) {
      const layout = await pdf.convertWithLayout(join(dir, '单位 甲.docx'), out);
      expect(layout.pdf).toBe(join(out, '单位 甲.pdf'));
      expect(await readFile(layout.pdf, 'utf8')).toMatch(/^%PDF-1\.4 fake of in-\d\.docx/);
      expect(layout.toc).toEqual(['第一部分 概况\t3', '第二部分 预算情况说明\t5']);
    }
    expect(await pids('three')).toHaveLength(1);
    pdf.closeOffice();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await pids('three')).filter(alive)).toEqual([]);
    expect(await readdir(temp)).toEqual([]);
  });

  it('卡住的 LibreOffice 超时后被停止（PdfTimeoutError），下一份文档由新启动的一个转换', async () => {
    const pdf = await pdfModule('hang', { FAKE_MODE: 'hang', YUSUAN_PDF_TIMEOUT_S: '1' });
    const out = join(dir, 'out-hang');
    await mkdir(out);
    await expect(pdf.convertWithLayout(join(dir, '单位 甲.docx'), out)).rejects.toThrow(/LibreOffice 在 1 秒内没有完成转换，已停止/);
    const [hung] = await pids('hang');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alive(hung ?? 0)).toBe(false);
    const layout = await pdf.convertWithLayout(join(dir, '单位 甲.docx'), out);
    expect(await readFile(layout.pdf, 'utf8')).toMatch(/^%PDF/);
    expect(await pids('hang')).toHaveLength(2);
    pdf.closeOffice();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await readdir(temp)).toEqual([]);
  });

  it('转换中途退出的 LibreOffice：同一份文档由新启动的一个重做一次，调用方只看到结果', async () => {
    const pdf = await pdfModule('crash', { FAKE_MODE: 'crash' });
    const out = join(dir, 'out-crash');
    await mkdir(out);
    const layout = await pdf.convertWithLayout(join(dir, '单位 甲.docx'), out);
    expect(await readFile(layout.pdf, 'utf8')).toMatch(/^%PDF/);
    expect(await pids('crash')).toHaveLength(2);
    pdf.closeOffice();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await readdir(temp)).toEqual([]);
  });
});
