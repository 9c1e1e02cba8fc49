import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/serve/app.js';
import { DEFAULT_LIMITS } from '../../src/input/limits.js';
import { WorkerPool } from '../../src/serve/pool.js';
import { Sessions } from '../../src/serve/sessions.js';

const HOST = '127.0.0.1:8080';
let sessions: Sessions;
let pool: WorkerPool;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  sessions = await Sessions.create(60_000, 3);
  // no job runs in these tests, so the pool starts no worker
  pool = new WorkerPool(1);
  app = createApp({ pool, sessions, maxUpload: 1024 * 1024, maxFiles: 20, limits: DEFAULT_LIMITS, hosts: () => new Set([HOST]), pdf: false });
});
afterAll(async () => {
  await pool.close();
  sessions.close();
});

const call = (path: string, init: { method?: string; headers?: Record<string, string>; body?: FormData } = {}) => app.request(path, { ...init, headers: { host: HOST, ...init.headers } });
const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('别的网站不能动用或挤掉官员的会话', () => {
  it('跨站、同站（另一个端口或子域）的 API 请求一律拒绝，GET 和 HEAD 也不例外；页面本身可从链接打开', async () => {
    for (const site of ['cross-site', 'same-site']) {
      for (const method of ['GET', 'HEAD']) {
        for (const path of ['/api/profiles', '/api/init?year=2025', '/api/bundle?files=x']) expect((await call(path, { method, headers: { 'sec-fetch-site': site } })).status).toBe(403);
      }
    }
    expect((await call('/api/profiles', { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await call('/', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(200);
  });

  it('没有 cookie 的 GET 不建立会话；另一个网站的请求再多，也不会挤掉已有的会话', async () => {
    const page = await call('/', { headers: { 'sec-fetch-site': 'none' } });
    const cookie = cookieOf(page);
    expect(cookie).toMatch(/^yusuan_session=/);
    expect(sessions.size).toBe(1);
    for (let i = 0; i < 20; i++) {
      const answer = await call('/api/profiles');
      expect(answer.status).toBe(403);
      expect(answer.headers.get('set-cookie')).toBeNull();
      expect((await call('/', { headers: { 'sec-fetch-site': 'cross-site' } })).headers.get('set-cookie')).toBeNull();
    }
    expect(sessions.size).toBe(1);
    expect((await call('/api/profiles', { headers: { cookie } })).status).toBe(200);
  });

  it('会话已满时新来的浏览器得到 503 和中文说明，已有的会话照常可用', async () => {
    while (sessions.size < 3) await call('/', { headers: { 'sec-fetch-site': 'none' } });
    const first = cookieOf(await call('/', { headers: { 'sec-fetch-site': 'same-origin' } }));
    expect(first).toBe('');
    const refused = await call('/api/uploads', { method: 'POST', headers: { 'sec-fetch-site': 'same-origin', origin: `http://${HOST}` }, body: new FormData() });
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: string }).error).toMatch(/同时使用本服务的浏览器已达上限/);
    expect(sessions.size).toBe(3);
  });
});
