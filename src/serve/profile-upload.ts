import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isProfilePath } from '../document/profile/locate.js';
import { DEFAULT_ZIP_LIMITS, describeZipProblem, readZip, ZipError } from '../zip/index.js';

/** The files a profile folder holds (docs/profiles.md), as the only names unpacked: JSON beside profile.json, templates in narrative/. */
const PROFILE_FILE = /^(?:[A-Za-z0-9][A-Za-z0-9._-]*\.json|narrative\/[a-z0-9][a-z0-9-]*\.hbs)$/;
/** A table's data file (`"data": "overall-performance.json"`): a file name beside profile.json, never a path. */
const DATA_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/;
/** The profile fields that name another profile: only a shipped id is allowed here, never a folder. */
const REFERENCES = ['extends', 'narrativeFrom', 'tablesFrom'];
/** Limits for a profile zip: a profile is a few small text files. */
const LIMITS = { ...DEFAULT_ZIP_LIMITS, maxEntries: 200, maxTotalBytes: 20 * 1024 * 1024 };

/**
 * Unpacks an uploaded profile folder (a zip of `profile.json`, `tables.json`, `narrative/*.hbs` …, or of one folder
 * holding them) into `dir`, a fresh folder the server named. Only names matching the profile layout are written,
 * so no entry name can reach outside `dir`; a profile that names another folder (`extends: "../x"`, a table's
 * `data` path) is refused, so loading it reads nothing outside `dir` and templates/.
 */
export async function unpackProfile(bytes: Uint8Array, dir: string): Promise<{ ok: true; skipped: string[] } | { ok: false; error: string }> {
  let entries;
  try {
    entries = readZip(bytes, LIMITS).filter((e) => !e.name.endsWith('/') && !e.name.startsWith('__MACOSX/'));
  } catch (error) {
    if (error instanceof ZipError) return { ok: false, error: `模板压缩包无法读取：${describeZipProblem(error.problem)}` };
    return { ok: false, error: '模板压缩包无法读取：不是 zip 文件' };
  }
  const prefix = commonFolder(entries.map((e) => e.name));
  const files = entries.map((e) => ({ name: e.name.slice(prefix.length), data: e.data }));
  const kept = files.filter((f) => PROFILE_FILE.test(f.name));
  const profile = kept.find((f) => f.name === 'profile.json');
  if (!profile) return { ok: false, error: '压缩包中没有 profile.json：请把整个模板目录（含 profile.json）打包成 zip' };
  for (const file of kept.filter((f) => f.name.endsWith('.json'))) {
    const problem = referenceProblem(file.name, Buffer.from(file.data).toString('utf8'));
    if (problem) return { ok: false, error: problem };
  }
  await mkdir(join(dir, 'narrative'), { recursive: true });
  for (const file of kept) await writeFile(join(dir, file.name), file.data);
  return { ok: true, skipped: files.filter((f) => !PROFILE_FILE.test(f.name)).map((f) => f.name) };
}

/** `模板/` when every entry is inside that one folder; '' otherwise. */
function commonFolder(names: readonly string[]): string {
  const first = names[0]?.split('/')[0];
  if (!first || names.some((n) => !n.startsWith(`${first}/`))) return '';
  return `${first}/`;
}

/** Why a JSON file of the profile names something outside its folder, if it does (invalid JSON is left to the loader). */
function referenceProblem(file: string, text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const pending: unknown[] = [data];
  for (let value = pending.pop(), seen = 0; value !== undefined && seen < 100_000; value = pending.pop(), seen++) {
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'string' && REFERENCES.includes(key) && isProfilePath(child)) return `${file}：${key} 只能是随附模板的 id（如 luoyang-2024），网页版不读取本机目录“${child}”`;
      if (typeof child === 'string' && key === 'data' && !DATA_FILE.test(child)) return `${file}：表格数据文件“${child}”必须是模板目录中的文件名（如 overall-performance.json）`;
      if (typeof child === 'object' && child !== null) pending.push(child);
    }
  }
  return undefined;
}
