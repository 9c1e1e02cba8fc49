import { readJson } from './json.js';
import type { InputLimits } from './limits.js';
import { fileError, type ReadResult } from './source.js';
import { applyTextPolicy } from './text-policy.js';

type Reader = (bytes: Uint8Array, name: string, limits: InputLimits) => ReadResult | Promise<ReadResult>;

/** The one place input formats are listed (pandoc's readers list). */
export const READERS: Record<string, Reader> = {
  '.json': readJson,
  // The workbook reader (about 40 modules: sheet specs, the XML scanner, the zip layer) loads only for a workbook.
  '.xlsx': async (bytes, name, limits) => (await import('./xlsx.js')).readXlsx(bytes, name, limits),
};

/**
 * Reads input bytes with the reader for the file's extension, then applies the text policy to every string
 * (text-policy.ts), so that every writer sees the same, printable text.
 */
export async function readInput(bytes: Uint8Array, name: string, extension: string, limits: InputLimits): Promise<ReadResult> {
  const reader = READERS[extension];
  if (!reader) {
    return { diagnostics: [fileError('S05', name, `不支持的文件类型“${extension || '无扩展名'}”：请使用 .xlsx 填报表或 .json 文件`)] };
  }
  const read = await reader(bytes, name, limits);
  if (!read.source) return read;
  const normalized = applyTextPolicy(read.source);
  return { source: normalized.source, diagnostics: [...read.diagnostics, ...normalized.diagnostics] };
}
