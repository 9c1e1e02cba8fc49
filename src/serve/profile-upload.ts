import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isProfilePath } from '../document/profile/locate.js';
import { readJson } from '../input/json.js';
import { DEFAULT_ZIP_LIMITS, describeZipProblem, readZip, ZipError } from '../zip/index.js';

/**
 * The files a profile folder holds (docs/profiles.md), as the only names unpacked: JSON beside profile.json,
 * templates in narrative/; names of at most 100 characters (a file system takes 255 bytes a name).
 */
const PROFILE_FILE = /^(?=.{1,100}$)(?:[A-Za-z0-9][A-Za-z0-9._-]*\.json|narrative\/[a-z0-9][a-z0-9-]*\.hbs)$/;
/** How much of a skipped entry's name is listed back. */
const SHOWN_NAME = 100;
/** A table's data file (`"data": "overall-performance.json"`): a file name beside profile.json, never a path. */
const DATA_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/;
/** The profile fields that name another profile: only a shipped id is allowed here, never a folder. */
const REFERENCES = ['extends', 'narrativeFrom', 'tablesFrom'];
/** Limits for a profile zip: a profile is a few small text files. */
const LIMITS = { ...DEFAULT_ZIP_LIMITS, maxEntries: 200, maxTotalBytes: 20 * 1024 * 1024 };
/** Most JSON values one file of a profile may hold: the shipped ones hold a few thousand. */
const MAX_VALUES = 100_000;

/**
 * Unpacks an uploaded profile folder (a zip of `profile.json`, `tables.json`, `narrative/*.hbs` …, or of one folder
 * holding them) into `dir`, a fresh folder the server named. Only names matching the profile layout are written,
 * so no entry name can reach outside `dir`; a profile that names another folder (`extends: "../x"`, a table's
 * `data` path) is refused here with its reason. (The workers load uploaded profiles confined besides, so nothing
 * outside `dir` and templates/ is read even if this check missed a reference.)
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
    const problem = referenceProblem(file.name, file.data);
    if (problem) return { ok: false, error: problem };
  }
  await mkdir(join(dir, 'narrative'), { recursive: true });
  for (const file of kept) await writeFile(join(dir, file.name), file.data);
  return { ok: true, skipped: files.filter((f) => !PROFILE_FILE.test(f.name)).map((f) => (f.name.length > SHOWN_NAME ? `${f.name.slice(0, SHOWN_NAME)}…` : f.name)) };
}

/** `模板/` when every entry is inside that one folder; '' otherwise. */
function commonFolder(names: readonly string[]): string {
  const first = names[0]?.split('/')[0];
  if (!first || names.some((n) => !n.startsWith(`${first}/`))) return '';
  return `${first}/`;
}

/**
 * Why a JSON file of the profile is refused: it cannot be read as the loader reads it (same decoding: BOM, UTF-16),
 * it is too large to check, or it names something outside its folder.
 */
function referenceProblem(file: string, bytes: Uint8Array): string | undefined {
  const read = readJson(bytes, file);
  if (!read.source) return `${file}：${read.diagnostics.map((d) => d.message).join('；')}`;
  const pending: unknown[] = [read.source.data];
  for (let seen = 0; pending.length > 0; seen++) {
    if (seen >= MAX_VALUES) return `${file}：内容过多（超过 ${MAX_VALUES} 项），不像模板文件`;
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'string' && REFERENCES.includes(key) && isProfilePath(child)) return `${file}：${key} 只能是随附模板的 id（如 luoyang-2024），网页版不读取本机目录“${child}”`;
      if (typeof child === 'string' && key === 'data' && !DATA_FILE.test(child)) return `${file}：表格数据文件“${child}”必须是模板目录中的文件名（如 overall-performance.json）`;
      if (typeof child === 'object' && child !== null) pending.push(child);
    }
  }
  return undefined;
}
