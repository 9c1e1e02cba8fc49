import { basename, extname, join } from 'node:path';
import type { Context, Hono } from 'hono';
import { profileIds } from '../document/profile/locate.js';
import { TEMPLATES_DIR } from '../model/paths.js';
import { mb, type AppEnv, type ServeContext } from './app.js';
import type { Analyzed, Audited, JobInput } from './jobs.js';
import type { Session, StoredFile, Upload } from './sessions.js';

/** What the page may upload as an input (a published document only for `init --from`). */
const INPUT_EXTENSIONS = ['.xlsx', '.json'];
const PUBLISHED_EXTENSIONS = ['.docx', '.pdf'];

/** One uploaded file's outcome: its analysis (an input) or audit (a published document), or why it was refused. */
type UploadOutcome =
  | { id: string; fileName: string; analyzed: Analyzed }
  | { id: string; fileName: string; audited: Omit<Audited, 'report'>; report: StoredFile }
  | { fileName: string; error: string };

/** Upload and analyze inputs, list the shipped profiles, write a fresh or pre-filled `init` workbook. */
export function uploadRoutes(app: Hono<AppEnv>, ctx: ServeContext): void {
  app.get('/api/profiles', (c) => c.json({ profiles: profileIds([TEMPLATES_DIR]), uploaded: [...c.get('session').profiles.values()].map(({ key, name }) => ({ key, name })) }));

  app.post('/api/profiles', async (c) => {
    const session = c.get('session');
    const { files } = await formFiles(c);
    const file = files[0];
    if (!file || extname(file.name).toLowerCase() !== '.zip') return c.json({ error: '请选择模板目录打包成的 .zip 文件' }, 400);
    if (file.size > ctx.maxUpload) return c.json({ error: tooLarge(file.size, ctx.maxUpload) }, 413);
    const key = `upload:${crypto.randomUUID()}`;
    const dir = session.path(key.replace(':', '-'));
    const { unpackProfile } = await import('./profile-upload.js');
    const unpacked = await unpackProfile(new Uint8Array(await file.arrayBuffer()), dir);
    const checked = unpacked.ok ? await ctx.pool.run({ kind: 'profile', dir }) : undefined;
    const error = !unpacked.ok ? unpacked.error : checked?.kind === 'profile' && checked.error ? `模板有错误：\n${checked.error}` : undefined;
    if (error || checked?.kind !== 'profile' || !checked.id) {
      const { rm } = await import('node:fs/promises');
      await rm(dir, { recursive: true, force: true });
      return c.json({ error: error ?? '模板无法读取' }, 400);
    }
    const profile = { key, name: `${checked.id}（上传的模板 ${cleanFileName(file.name)}）`, dir };
    session.profiles.set(key, profile);
    return c.json({ profile: { key, name: profile.name }, skipped: unpacked.ok ? unpacked.skipped : [] });
  });

  app.post('/api/uploads', async (c) => {
    const session = c.get('session');
    const { files, profile } = await formFiles(c);
    if (files.length === 0) return c.json({ error: '请选择要上传的填报文件（.xlsx 或 .json）' }, 400);
    if (files.length > ctx.maxFiles) return c.json({ error: `一次最多上传 ${ctx.maxFiles} 个文件` }, 400);
    if (profile === null) return c.json({ error: '未知的模板' }, 400);
    const uploads = await Promise.all(files.map((file) => acceptUpload(file, profile, session, ctx)));
    return c.json({ uploads });
  });

  app.get('/api/init', async (c) => {
    const year = Number(c.req.query('year') ?? new Date().getFullYear());
    const scope = c.req.query('scope') === '单位' ? '单位' : '部门';
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return c.json({ error: '年度必须是 2000–2100 之间的四位年份' }, 400);
    return initWorkbook(c, ctx, { year, scope }, `${year}年预算填报.xlsx`);
  });

  app.post('/api/init', async (c) => {
    const session = c.get('session');
    const { files } = await formFiles(c);
    const file = files[0];
    if (!file) return c.json({ error: '请选择去年的公开文档（.docx、.pdf）或填报文件（.xlsx、.json）' }, 400);
    const extension = extname(file.name).toLowerCase();
    if (![...INPUT_EXTENSIONS, ...PUBLISHED_EXTENSIONS].includes(extension)) return c.json({ error: `无法预填：只接受 .docx、.pdf、.xlsx 或 .json 文件，实际为“${file.name}”` }, 400);
    if (file.size > ctx.maxUpload) return c.json({ error: tooLarge(file.size, ctx.maxUpload) }, 413);
    // The reader is chosen by extension, so the copy keeps it (one of the few allowed above), under a fresh id.
    const from = session.path(`${crypto.randomUUID()}${extension}`);
    const { rm, writeFile } = await import('node:fs/promises');
    await writeFile(from, new Uint8Array(await file.arrayBuffer()));
    try {
      return await initWorkbook(c, ctx, { from: { path: from } }, `${basename(cleanFileName(file.name), extension)}-预填.xlsx`);
    } finally {
      await rm(from, { force: true });
    }
  });
}

/** The multipart form's files (field `files`) and profile: a shipped id, an uploaded profile's folder, null for anything else. */
async function formFiles(c: Context<AppEnv>): Promise<{ files: File[]; profile: string | undefined | null }> {
  const body = await c.req.parseBody({ all: true });
  const files = [body.files ?? []].flat().filter((f): f is File => f instanceof File);
  const raw = typeof body.profile === 'string' ? body.profile : '';
  const uploaded = c.get('session').profiles.get(raw)?.dir;
  const profile = raw === '' ? undefined : uploaded ?? (profileIds([TEMPLATES_DIR]).includes(raw) ? raw : null);
  return { files, profile };
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
    const result = await ctx.pool.run({ kind: 'analyze', input: jobInput(upload, bytes, ctx) });
    if (result.kind !== 'analyze') throw new Error('意外的结果');
    upload.analyzed = result.analyzed;
    return { id, fileName, analyzed: result.analyzed };
  } catch (error) {
    session.uploads.delete(id);
    return { fileName, error: `内部错误：${error instanceof Error ? error.message : String(error)}（请报告此问题）` };
  }
}

/** A published document: `yusuan audit` in a worker; its report kept for download. */
async function auditUpload(upload: Upload, bytes: Uint8Array, session: Session, ctx: ServeContext): Promise<UploadOutcome> {
  const result = await ctx.pool.run({ kind: 'audit', input: jobInput(upload, bytes, ctx) });
  if (result.kind !== 'audit') throw new Error('意外的结果');
  const { report, ...audited } = result.audited;
  const id = await session.store(report.bytes);
  const stored = { id, name: report.name, size: report.bytes.length };
  session.files.set(id, stored);
  return { id: upload.id, fileName: upload.fileName, audited, report: stored };
}

/** The input of a job for an upload: its bytes, its file name, its profile and the CLI's limits. */
export function jobInput(upload: Upload, bytes: Uint8Array, ctx: ServeContext): JobInput {
  return { bytes, fileName: upload.fileName, limits: ctx.limits, ...(upload.profile ? { profile: upload.profile } : {}) };
}

/** The officer's file name as the readers see it: the last path segment, control characters dropped, not empty. */
function cleanFileName(name: string): string {
  const base = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').slice(-200);
  return base === '' || base === '.' || base === '..' ? 'upload' : base;
}

function tooLarge(size: number, max: number): string {
  return `文件过大（${mb(size)} MB），上限为 ${mb(max)} MB`;
}

/** The workbook's name inside its fresh folder; a published document's suggested profile goes beside it as `预算填报-模板/`. */
const INIT_NAME = '预算填报';

/**
 * Runs `yusuan init` in a worker into a fresh folder of the session and sends the workbook, or, when it wrote the
 * suggested profile folder the workbook names (`init --from` a published document), a zip of both.
 */
async function initWorkbook(c: Context<AppEnv>, ctx: ServeContext, args: { year?: number; scope?: '部门' | '单位'; from?: { path: string } }, downloadName: string): Promise<Response> {
  const session = c.get('session');
  const { mkdir, readFile, readdir, rm } = await import('node:fs/promises');
  const dir = session.path(crypto.randomUUID());
  await mkdir(dir);
  try {
    const result = await ctx.pool.run({ kind: 'init', ...args, output: join(dir, `${INIT_NAME}.xlsx`), cwd: dir });
    if (result.kind !== 'init' || result.code !== 0) return c.json({ error: result.kind === 'init' ? result.stderr.trim() || '无法生成填报表' : '无法生成填报表' }, 400);
    const notes = { 'X-Yusuan-Notes': encodeURIComponent(result.stdout.trim()) };
    const workbook = await readFile(join(dir, `${INIT_NAME}.xlsx`));
    const profileDir = `${INIT_NAME}-模板`;
    const profileFiles = await readdir(join(dir, profileDir)).catch(() => []);
    if (profileFiles.length === 0) return c.body(new Uint8Array(workbook), 200, { 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(downloadName), ...notes });
    const { writeZip } = await import('../zip/index.js');
    const entries = [{ name: `${INIT_NAME}.xlsx`, data: workbook }];
    for (const file of profileFiles.sort()) entries.push({ name: `${profileDir}/${file}`, data: await readFile(join(dir, profileDir, file)) });
    const zip = writeZip(entries, new Date());
    return c.body(new Uint8Array(zip), 200, { 'Content-Type': 'application/zip', 'Content-Disposition': attachment(downloadName.replace(/\.xlsx$/, '.zip')), ...notes });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A Content-Disposition for a Chinese file name (RFC 6266 / 5987). */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
