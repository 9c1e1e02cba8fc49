import { basename, extname, join } from 'node:path';
import type { Context, Hono } from 'hono';
import { cleanFileName, formFiles, type AppEnv, type ServeContext } from './context.js';
import { attachment, tooLarge, XLSX_TYPE } from './http.js';

/** What `init --from` reads: an input file, or last year's published document. */
const FROM_EXTENSIONS = ['.xlsx', '.json', '.docx', '.pdf'];

/** A blank `init` workbook for a year and scope, or one pre-filled from an uploaded file (`init --from`). */
export function initRoutes(app: Hono<AppEnv>, ctx: ServeContext): void {
  app.get('/api/init', async (c) => {
    const year = Number(c.req.query('year') ?? new Date().getFullYear());
    const scope = c.req.query('scope') === '单位' ? '单位' : '部门';
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return c.json({ error: '年度必须是 2000–2100 之间的四位年份' }, 400);
    return initWorkbook(c, ctx, { year, scope }, `${year}年预算填报.xlsx`);
  });

  app.post('/api/init', async (c) => {
    const { files } = await formFiles(c);
    const file = files[0];
    if (!file) return c.json({ error: '请选择去年的公开文档（.docx、.pdf）或填报文件（.xlsx、.json）' }, 400);
    const extension = extname(file.name).toLowerCase();
    if (!FROM_EXTENSIONS.includes(extension)) return c.json({ error: `无法预填：只接受 .docx、.pdf、.xlsx 或 .json 文件，实际为“${file.name}”` }, 400);
    if (file.size > ctx.maxUpload) return c.json({ error: tooLarge(file.size, ctx.maxUpload) }, 413);
    const bytes = new Uint8Array(await file.arrayBuffer());
    return initWorkbook(c, ctx, { from: { name: fromName(file.name), bytes } }, `${basename(cleanFileName(file.name), extension)}-预填.xlsx`);
  });
}

/** The workbook's name inside its fresh folder; a published document's suggested profile goes beside it as `预算填报-模板/`. */
const INIT_NAME = '预算填报';

/**
 * The name the uploaded file is stored under in init's folder, which init's messages show: the officer's own (its
 * extension, which chooses the reader, is one of the few allowed), never the workbook's.
 */
function fromName(name: string): string {
  const clean = cleanFileName(name);
  return clean.toLowerCase() === `${INIT_NAME}.xlsx` ? `上传的${clean}` : clean;
}

/**
 * Runs `yusuan init` in a worker into a fresh folder of the session and sends the workbook, or, when it wrote the
 * suggested profile folder the workbook names (`init --from` a published document), a zip of both.
 */
async function initWorkbook(c: Context<AppEnv>, ctx: ServeContext, args: { year?: number; scope?: '部门' | '单位'; from?: { name: string; bytes: Uint8Array } }, downloadName: string): Promise<Response> {
  const session = c.get('session');
  const { mkdir, readFile, readdir, rm, writeFile } = await import('node:fs/promises');
  await session.folder();
  const dir = session.path(crypto.randomUUID());
  await mkdir(dir);
  try {
    // init runs in this folder and is given the file by its name only, so its messages name the officer's file.
    if (args.from) await writeFile(join(dir, args.from.name), args.from.bytes);
    const { from, ...rest } = args;
    const job = { kind: 'init' as const, ...rest, ...(from ? { from: { path: from.name } } : {}), output: join(dir, `${INIT_NAME}.xlsx`), cwd: dir };
    const result = await ctx.pool.run(job, session.id);
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
