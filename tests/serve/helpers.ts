import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initCommand } from '../../src/cli/init-command.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS = ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024'] as const;

/** The Chromium the browser tests drive: YUSUAN_CHROMIUM, else Debian's; undefined when neither is installed. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.YUSUAN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p));
}

export const NO_BROWSER = '未找到 Chromium：以 root 运行 bash scripts/install-browser.sh（或设置 YUSUAN_CHROMIUM），浏览器测试已跳过';

/** A folder for one test file's inputs. */
export function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'yusuan-serve-test-'));
}

/** A seed's workbook as `yusuan init --from input.json` writes it, saved as `<dir>/<name>.xlsx`. */
export async function seedWorkbook(seed: string, dir: string, edit?: (data: Record<string, unknown>) => void): Promise<string> {
  let from = join(ROOT, 'examples', seed, 'input.json');
  if (edit) {
    const data = JSON.parse(await readFile(from, 'utf8')) as Record<string, unknown>;
    delete data.$schema;
    edit(data);
    from = join(dir, `${seed}-edited.json`);
    await writeFile(from, JSON.stringify(data));
  }
  const output = join(dir, `${seed}${edit ? '-edited' : ''}.xlsx`);
  const io = { stdout: () => undefined, stderr: (t: string) => void process.stderr.write(t), cwd: dir, env: {}, isTTY: false };
  const code = await initCommand([], { output, from, force: true }, io);
  if (code !== 0) throw new Error(`init --from ${seed} 失败（${code}）`);
  return output;
}
