import type { Hono } from 'hono';
import { formatMatch, matchRef, type Trace, type TraceEntry } from '../explain/index.js';
import { isFormat, type Format } from '../render/writers/index.js';
import { jobInput, type AppEnv, type ServeContext } from './context.js';
import { attachment, contentType } from './http.js';
import type { Session, Upload } from './sessions.js';

/** Formats the page may ask for (the CLI's writers; the page shows docx, xlsx and pdf). */
const OFFERED: readonly Format[] = ['docx', 'xlsx', 'pdf', 'html', 'md', 'json'];
/** Files whose bytes are compressed already (zip packages, PDF streams). */
const COMPRESSED = /\.(?:docx|xlsx|pdf|zip)$/i;


/** Explain a figure, preview a sheet around a cell, generate the files, download them one by one or as a zip. */
export function documentRoutes(app: Hono<AppEnv>, ctx: ServeContext): void {
  app.get('/api/uploads/:id/explain', async (c) => {
    const session = c.get('session');
    const upload = session.uploads.get(c.req.param('id'));
    const figure = c.req.query('figure') ?? '';
    if (!upload) return c.json({ error: '找不到该文件（会话可能已过期，请重新上传）' }, 404);
    const trace = await traceOf(upload, session, ctx);
    if (!trace) return c.json({ error: '输入有错误，无法生成文档，因此没有数字来源' }, 400);
    const match = matchRef(trace, figure);
    return c.json({ text: formatMatch(match, trace), entries: match.entries.map(entryView) });
  });

  app.get('/api/uploads/:id/sheet', async (c) => {
    const session = c.get('session');
    const upload = session.uploads.get(c.req.param('id'));
    const bytes = upload ? await session.read(upload.id) : undefined;
    if (!upload || !bytes) return c.json({ error: '找不到该文件（会话可能已过期，请重新上传）' }, 404);
    const cell = c.req.query('cell');
    const result = await ctx.pool.run({ kind: 'sheet', input: jobInput(upload, bytes, ctx), sheet: c.req.query('sheet') ?? '', ...(cell ? { cell } : {}) }, session.id);
    if (result.kind !== 'sheet' || !result.preview) return c.json({ error: '无法显示该工作表' }, 404);
    return c.json(result.preview);
  });

  app.post('/api/uploads/:id/generate', async (c) => {
    const session = c.get('session');
    const upload = session.uploads.get(c.req.param('id'));
    const bytes = upload ? await session.read(upload.id) : undefined;
    if (!upload || !bytes) return c.json({ error: '找不到该文件（会话可能已过期，请重新上传）' }, 404);
    const body: unknown = await c.req.json().catch(() => ({}));
    const asked = typeof body === 'object' && body !== null && 'formats' in body && Array.isArray(body.formats) ? body.formats.map(String) : ['docx', 'xlsx'];
    const formats = asked.filter((f): f is Format => isFormat(f) && OFFERED.includes(f));
    if (formats.length === 0) return c.json({ error: `请选择输出格式（${OFFERED.join('、')}）` }, 400);
    const result = await ctx.pool.run({ kind: 'generate', input: jobInput(upload, bytes, ctx), formats }, session.id);
    if (result.kind !== 'generate') throw new Error('意外的结果');
    const files = [];
    for (const file of result.generated.files) {
      const id = await session.store(file.bytes);
      const stored = { id, name: file.name, size: file.bytes.length };
      session.files.set(id, stored);
      files.push({ ...stored, format: file.format });
    }
    return c.json({ files, diagnostics: result.generated.diagnostics });
  });

  app.get('/api/files/:id', async (c) => {
    const session = c.get('session');
    const file = session.files.get(c.req.param('id'));
    const bytes = file ? await session.read(file.id) : undefined;
    if (!file || !bytes) return c.json({ error: '找不到该文件（会话可能已过期，请重新生成）' }, 404);
    return c.body(new Uint8Array(bytes), 200, { 'Content-Type': contentType(file.name), 'Content-Disposition': attachment(file.name) });
  });

  app.get('/api/bundle', async (c) => {
    const session = c.get('session');
    // Each file once, so a zip holds at most the session's own files.
    const ids = [...new Set((c.req.query('files') ?? '').split(',').filter(Boolean))];
    const files = ids.map((id) => session.files.get(id));
    if (ids.length === 0 || ids.length > session.files.size || files.some((f) => !f)) return c.json({ error: '找不到要打包的文件（会话可能已过期，请重新生成）' }, 404);
    const { writeZip } = await import('../zip/index.js');
    const entries: { name: string; data: Uint8Array }[] = [];
    const taken = new Set<string>();
    for (const file of files) if (file) entries.push({ name: uniqueName(file.name, taken), data: (await session.read(file.id)) ?? new Uint8Array() });
    // Word, Excel and PDF files are compressed already: stored as they are, the zip is a copy, not a second compression.
    const zip = writeZip(entries, new Date(), entries.every((e) => COMPRESSED.test(e.name)) ? 'store' : 'deflate');
    return c.body(new Uint8Array(zip), 200, { 'Content-Type': contentType('x.zip'), 'Content-Disposition': attachment('预算公开文档.zip') });
  });
}

/** The name itself, or with （2）（3）… before its extension when an earlier file took it (two uploads of one unit), as the CLI names them. */
function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}（${n}）${extension}`;
  taken.add(candidate);
  return candidate;
}

/** The upload's trace, built once in a worker (a traced build) and kept for the session's later clicks. */
async function traceOf(upload: Upload, session: Session, ctx: ServeContext): Promise<Trace | undefined> {
  upload.trace ??= (async () => {
    const bytes = await session.read(upload.id);
    if (!bytes) return undefined;
    const result = await ctx.pool.run({ kind: 'explain', input: jobInput(upload, bytes, ctx) }, session.id);
    return result.kind === 'explain' ? result.trace : undefined;
  })();
  try {
    return await upload.trace;
  } catch (error) {
    delete upload.trace;
    throw error;
  }
}

function entryView(entry: TraceEntry): Pick<TraceEntry, 'place' | 'label' | 'printed' | 'value' | 'formula' | 'inputs'> {
  return { place: entry.place, label: entry.label, printed: entry.printed, ...(entry.value !== undefined ? { value: entry.value } : {}), formula: entry.formula, inputs: entry.inputs };
}
