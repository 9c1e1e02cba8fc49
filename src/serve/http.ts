/** Bytes as MB for messages (`20`, `0.3`). */
export function mb(bytes: number): string {
  return String(Math.round((bytes / 1048576) * 10) / 10);
}

/** `文件过大（25.3 MB），上限为 20 MB`: the CLI's S04 wording. */
export function tooLarge(size: number, max: number): string {
  return `文件过大（${mb(size)} MB），上限为 ${mb(max)} MB`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const CONTENT_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: XLSX_TYPE,
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  zip: 'application/zip',
};

/** The Content-Type of a download by its extension. */
export function contentType(name: string): string {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}

/** A Content-Disposition for a Chinese file name (RFC 6266 / 5987). */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
