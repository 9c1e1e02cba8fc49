import { extname } from 'node:path';
import type { Hono } from 'hono';
import { cleanFileName, formFiles, INTERNAL_ERROR, jobInput, logError, type AppEnv, type ServeContext } from './context.js';
import { Refused } from './errors.js';
import { tooLarge } from './http.js';
import type { Analyzed, Audited } from './jobs.js';
import type { Session, StoredFile, Upload } from './sessions.js';

/** What the page may upload as an input ; a published document is audited. */
const INPUT_EXTENSIONS = ['.xlsx', '.json'];
const PUBLISHED_EXTENSIONS = ['.docx', '.pdf'];
/** Files of one upload analyzed at once: within the session's limit of jobs (fair-queue.ts), with room for a click. */
const UPLOAD_LANES = 2;

/** One uploaded file's outcome: its analysis (an input) or audit (a published document), or why it was refused. */
type UploadOutcome =
  | { id: string; fileName: string; analyzed: Analyzed }
  | { id: string; fileName: string; audited: Omit<Audited, 'report'>; report: StoredFile }
  | { fileName: string; error: string };

/** Upload inputs (analyzed: findings, ledger, preview) and published documents (audited), several at once. */
export function uploadRoutes(app: Hono<AppEnv>, ctx: ServeContext): void {
  app.post('/api/uploads', async (c) => {
    const session = c.get('session');
    const { files, profile } = await formFiles(c);
    if (files.length === 0) return c.json({ error: '请选择要上传的填报文件（.xlsx 或 .json）' }, 400);
    if (files.length > ctx.maxFiles) return c.json({ error: `一次最多上传 ${ctx.maxFiles} 个文件` }, 400);
    if (profile === null) return c.json({ error: '未知的模板' }, 400);
    const uploads = await inLanes(files, UPLOAD_LANES, (file) => acceptUpload(file, profile, session, ctx));
    return c.json({ uploads });
  });
}

/** `f` over the items, at most `lanes` at a time; results in the items' order. */
async function inLanes<T, R>(items: readonly T[], lanes: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await f(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
  return results;
}

async function acceptUpload(file: File, profile: string | undefined, session: Session, ctx: ServeContext): Promise<UploadOutcome> {
  const fileName = cleanFileName(file.name);
  const extension = extname(fileName).toLowerCase();
  if (file.size > ctx.maxUpload) return { fileName, error: tooLarge(file.size, ctx.maxUpload) };
  if (!INPUT_EXTENSIONS.includes(extension) && !PUBLISHED_EXTENSIONS.includes(extension)) {
    return { fileName, error: `不是填报文件：只接受 .xlsx（填报表）、.json，或要审查的公开文档 .docx、.pdf，实际为“${fileName}”` };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const id = await session.store(bytes);
  const upload: Upload = { id, fileName, size: file.size, ...(profile ? { profile } : {}) };
  session.uploads.set(id, upload);
  try {
    if (PUBLISHED_EXTENSIONS.includes(extension)) return await auditUpload(upload, bytes, session, ctx);
    const result = await ctx.pool.run({ kind: 'analyze', input: jobInput(upload, bytes, ctx) }, session.id);
    if (result.kind !== 'analyze') throw new Error('意外的结果');
    upload.analyzed = result.analyzed;
    return { id, fileName, analyzed: result.analyzed };
  } catch (error) {
    session.uploads.delete(id);
    if (error instanceof Refused) return { fileName, error: error.message };
    logError(ctx, `上传 ${fileName}`, error);
    return { fileName, error: INTERNAL_ERROR };
  }
}

/** A published document: `yusuan audit` in a worker; its report kept for download. */
async function auditUpload(upload: Upload, bytes: Uint8Array, session: Session, ctx: ServeContext): Promise<UploadOutcome> {
  const result = await ctx.pool.run({ kind: 'audit', input: jobInput(upload, bytes, ctx) }, session.id);
  if (result.kind !== 'audit') throw new Error('意外的结果');
  const { report, ...audited } = result.audited;
  const id = await session.store(report.bytes);
  const stored = { id, name: report.name, size: report.bytes.length };
  session.files.set(id, stored);
  return { id: upload.id, fileName: upload.fileName, audited, report: stored };
}
