import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { UsageError } from './io.js';

const INPUT_EXTENSIONS = new Set(['.json', '.xlsx']);

/**
 * Expands the command line's files and directories into input files. In a directory: its own .json/.xlsx
 * files, and `input.json`/`input.xlsx` one level down (the examples/ layout). JSON Schemas are skipped.
 */
export async function collectInputs(args: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`找不到文件或目录：${arg}`);
    if (info.isDirectory()) files.push(...(await inputsIn(path)));
    else files.push(path);
  }
  if (files.length === 0) throw new UsageError(`在 ${args.join('、')} 中没有找到 .xlsx 或 .json 填报文件`);
  return [...new Set(files)];
}

async function inputsIn(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isFile() && isInput(entry.name)) found.push(path);
    if (entry.isDirectory()) {
      for (const name of ['input.json', 'input.xlsx']) {
        if (await stat(join(path, name)).catch(() => undefined)) found.push(join(path, name));
      }
    }
  }
  return found;
}

function isInput(name: string): boolean {
  return INPUT_EXTENSIONS.has(extname(name).toLowerCase()) && !name.endsWith('.schema.json') && !name.startsWith('~$');
}

/** Output base name: the file name, or its folder's name for `…/<case>/input.json` (the library API's rule). */
export { outputName } from '../api/input.js';
