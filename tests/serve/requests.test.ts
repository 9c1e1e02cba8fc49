import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/serve/app.js';
import { DEFAULT_LIMITS } from '../../src/input/limits.js';
import { INTERNAL_ERROR } from '../../src/serve/context.js';
import { WorkerPool } from '../../src/serve/pool.js';
import { readZip, writeZip } from '../../src/zip/index.js';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { Sessions } from '../../src/serve/sessions.js';

const HOST = '127.0.0.1:8080';
const ORIGIN = `http://${HOST}`;
let sessions: Sessions;
let pool: WorkerPool;
let app: ReturnType<typeof createApp>;
let cookie: string;
beforeAll(async () => {
  sessions = await Sessions.create(60_000);
  // the workers start only for the tests that run a job
  pool = new WorkerPool(1);
  app = createApp({ pool, sessions, maxUpload: 20 * 1024 * 1024, maxFiles: 20, limits: DEFAULT_LIMITS, hosts: () => new Set([HOST]), pdf: false });
  cookie = ((await call('/')).headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});
afterAll(async () => {
  await pool.close();
  sessions.close();
});

function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: string | FormData } = {}): Promise<Response> {
  return Promise.resolve(app.request(path, { ...init, headers: { host: HOST, 'sec-fetch-site': 'same-origin', ...(cookie ? { cookie } : {}), ...init.headers } }));
}

const errorOf = async (response: Response) => ((await response.json()) as { error: string }).error;

describe('请求体的大小与格式', () => {
  it('一次请求合计不超过 60 MB 余（每个文件仍可到 20 MB）：超出的在读入之前拒绝（413）', async () => {
    const refused = await call('/api/uploads', { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(100 * 1024 * 1024) }, body: '' });
    expect(refused.status).toBe(413);
    expect(await errorOf(refused)).toBe('上传的文件过大：每个文件不超过 20 MB，一次合计不超过 61 MB');
  });

  it('损坏的表单：400 和原因，不是“内部错误”', async () => {
    for (const path of ['/api/uploads', '/api/profiles', '/api/init']) {
      const response = await call(path, { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name="files"; filename="a.json"\r\n\r\n{"year"' });
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatch(/不是完整的表单/);
    }
  });
});

describe('错误信息不含服务器的路径和会话编号', () => {
  const form = (name: string, bytes: Uint8Array) => {
    const f = new FormData();
    f.append('files', new Blob([bytes]), name);
    return f;
  };

  it('从损坏的公开文档预填：说明中是官员的文件名，不是服务器存放它的路径', async () => {
    const response = await call('/api/init', { method: 'POST', headers: { origin: ORIGIN }, body: form('去年的公开文档.docx', new Uint8Array([1, 2, 3, 4])) });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toContain('去年的公开文档.docx');
    expect(error).not.toContain(sessions.root);
    expect(error).not.toContain(cookie.split('=')[1] ?? '-');
  });

  it('内部错误：详情只记入服务的日志，页面得到通用的中文说明', async () => {
    const logged: string[] = [];
    const closed = new WorkerPool(1);
    await closed.close();
    const broken = createApp({ pool: closed, sessions, maxUpload: 1024 * 1024, maxFiles: 20, limits: DEFAULT_LIMITS, hosts: () => new Set([HOST]), pdf: false, log: (t) => void logged.push(t) });
    const send = (path: string, body: FormData) => Promise.resolve(broken.request(path, { method: 'POST', headers: { host: HOST, origin: ORIGIN, cookie }, body }));
    const zip = writeZip([{ name: 'profile.json', data: Buffer.from('{"id":"x","extends":"luoyang-2024"}') }], new Date(Date.UTC(2024, 0, 1)));
    const profile = await send('/api/profiles', form('模板.zip', zip));
    expect(profile.status).toBe(500);
    expect(await errorOf(profile)).toBe(INTERNAL_ERROR);
    const upload = (await (await send('/api/uploads', form('x.json', Buffer.from('{}')))).json()) as { uploads: { error?: string }[] };
    expect(upload.uploads[0]?.error).toBe(INTERNAL_ERROR);
    expect(logged.join('')).toMatch(/POST \/api\/profiles：Error: 服务器正在关闭/);
    expect(logged.join('')).toMatch(/上传 x\.json：Error: 服务器正在关闭/);
    // the profile's folder went with the failed check
    const session = sessions.find(cookie.split('=')[1]);
    expect((await readdir(session?.dir ?? '')).filter((n) => n.startsWith('upload-'))).toEqual([]);
  });
});

describe('打包下载与上传的模板', () => {
  it('重复的编号只打包一次；Word、Excel、PDF 原样存入（不再压缩）', async () => {
    const session = sessions.find(cookie.split('=')[1]);
    if (!session) throw new Error('no session');
    const bytes = Buffer.alloc(64 * 1024, 7);
    const ids: string[] = [];
    for (const name of ['a.docx', 'a.xlsx']) {
      const id = await session.store(bytes);
      session.files.set(id, { id, name, size: bytes.length });
      ids.push(id);
    }
    const repeated = Array.from({ length: 200 }, () => ids).flat().join(',');
    const response = await call(`/api/bundle?files=${repeated}`);
    expect(response.status).toBe(200);
    const zip = Buffer.from(await response.arrayBuffer());
    expect(readZip(zip).map((e) => e.name)).toEqual(['a.docx', 'a.xlsx']);
    // method 0 (stored) in the first local header; 64 KB of one byte would deflate to almost nothing
    expect(zip.readUInt16LE(8)).toBe(0);
    expect(zip.length).toBeGreaterThan(2 * bytes.length);
  });

  it('模板压缩包中过长的文件名不解出（列为跳过）；模板照常可用', async () => {
    const long = `narrative/${'a'.repeat(300)}.hbs`;
    const zip = writeZip([{ name: 'profile.json', data: Buffer.from('{"id":"x","extends":"luoyang-2024"}') }, { name: long, data: Buffer.from('x') }], new Date(Date.UTC(2024, 0, 1)));
    const f = new FormData();
    f.append('files', new Blob([zip]), '模板.zip');
    const response = await call('/api/profiles', { method: 'POST', headers: { origin: ORIGIN }, body: f });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { skipped: string[] };
    expect(body.skipped).toEqual([`${long.slice(0, 100)}…`]);
    const session = sessions.find(cookie.split('=')[1]);
    const dirs = (await readdir(session?.dir ?? '')).filter((n) => n.startsWith('upload-'));
    expect(dirs).toHaveLength(1);
    expect(existsSync(`${session?.dir}/${dirs[0]}/${long}`)).toBe(false);
  });
});
