import { basename } from 'node:path';
import type { Context } from 'hono';
import { profileIds } from '../document/profile/locate.js';
import type { InputLimits } from '../input/limits.js';
import { TEMPLATES_DIR } from '../model/paths.js';
import { Refused } from './errors.js';
import type { JobInput } from './jobs.js';
import type { WorkerPool } from './pool.js';
import type { Session, Sessions, Upload } from './sessions.js';

/** What the routes share: the worker pool, the sessions, the limits. */
export interface ServeContext {
  pool: WorkerPool;
  sessions: Sessions;
  /** Largest file accepted in one upload, bytes. */
  maxUpload: number;
  /** Most files in one upload. */
  maxFiles: number;
  limits: InputLimits;
  /** The Host values this server answers to. */
  hosts: () => Set<string>;
  /** Whether LibreOffice was found (the page offers PDF only then). */
  pdf: boolean;
  /** Where the details of an internal error go (the console of `yusuan serve`); the page gets a generic message. */
  log?: (text: string) => void;
}

/** What the page reads for an internal error: no path, no session, no stack (those go to the log). */
export const INTERNAL_ERROR = '内部错误：处理该请求时出错（详情已记录在运行 yusuan serve 的窗口中，请报告此问题）';

/** Logs an internal error with its details for the one running the server. */
export function logError(ctx: ServeContext, where: string, error: unknown): void {
  const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
  (ctx.log ?? ((text: string) => void process.stderr.write(text)))(`${new Date().toISOString()} ${where}：${details}\n`);
}

export type AppEnv = { Variables: { session: Session } };

/** The input of a job for an upload: its bytes, its file name, its profile and the CLI's limits. */
export function jobInput(upload: Upload, bytes: Uint8Array, ctx: ServeContext): JobInput {
  return { bytes, fileName: upload.fileName, limits: ctx.limits, ...(upload.profile ? { profile: upload.profile } : {}) };
}

/**
 * The multipart form's files (field `files`) and profile: a shipped id, an uploaded profile's folder, null for anything
 * else. A body that is no form is the request's error (400), not the server's.
 */
export async function formFiles(c: Context<AppEnv>): Promise<{ files: File[]; profile: string | undefined | null }> {
  const body = await c.req.parseBody({ all: true }).catch(() => {
    throw new Refused(400, '上传的内容不是完整的表单，无法读取：请重新选择文件上传');
  });
  const files = [body.files ?? []].flat().filter((f): f is File => f instanceof File);
  const raw = typeof body.profile === 'string' ? body.profile : '';
  const uploaded = c.get('session').profiles.get(raw)?.dir;
  const profile = raw === '' ? undefined : uploaded ?? (profileIds([TEMPLATES_DIR]).includes(raw) ? raw : null);
  return { files, profile };
}

/** The officer's file name as the readers see it: the last path segment, control characters dropped, not empty. */
export function cleanFileName(name: string): string {
  const base = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').slice(-200);
  return base === '' || base === '.' || base === '..' ? 'upload' : base;
}
