import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { Sessions } from '../../src/serve/sessions.js';
import { generate } from '../../src/api.js';
import { initCommand } from '../../src/cli/init-command.js';
import { findSoffice } from '../../src/render/pdf.js';
import { readZip, writeZip } from '../../src/zip/index.js';
import { ROOT, SEEDS, scratch } from './helpers.js';

const hasSoffice = await findSoffice().then(
  () => true,
  () => false,
);

/** A client with its own cookie jar: one browser, which opens the page first (that starts its session). */
class Client {
  private cookie = '';
  constructor(private readonly base: string) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    if (!this.cookie && path !== '/') await this.fetch('/');
    const response = await fetch(new URL(path, this.base), { ...init, headers: { ...(init.headers as Record<string, string>), ...(this.cookie ? { cookie: this.cookie } : {}) } });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    return response;
  }

  async upload(files: { name: string; bytes: Uint8Array }[]): Promise<{ uploads: { id?: string; fileName: string; error?: string }[] }> {
    const form = new FormData();
    for (const f of files) form.append('files', new Blob([f.bytes]), f.name);
    return (await (await this.fetch('/api/uploads', { method: 'POST', body: form })).json()) as { uploads: { id?: string; fileName: string; error?: string }[] };
  }
}

/** A raw request with any Host and Origin (fetch does not let a test forge Host). */
function raw(url: string, method: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A POST announcing `size` bytes: the answer, which may come (and the socket close) before the body is sent. */
function oversized(url: string, size: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(size) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', (error) => (req.writableEnded ? undefined : reject(error)));
    req.write(Buffer.alloc(64 * 1024));
    setTimeout(() => req.destroy(), 2000).unref();
  });
}

async function seedInput(seed: string): Promise<{ name: string; bytes: Buffer }> {
  return { name: `${seed}.json`, bytes: await readFile(join(ROOT, 'examples', seed, 'input.json')) };
}

/** One server for the whole file (each server's workers load the pipeline once): uploads up to 256 KB, seeds are far below. */
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, workers: 2, maxUpload: 256 * 1024 });
});
afterAll(async () => {
  await server?.close();
});

describe('yusuan serve：并发、隔离与安全', () => {

  it('5 个会话同时 20 个生成请求都成功，生成在工作线程中进行，页面不被阻塞', async () => {
    const clients = Array.from({ length: 5 }, () => new Client(server.url));
    const uploaded = await Promise.all(clients.map(async (c, k) => (await c.upload([await seedInput(SEEDS[k % SEEDS.length] ?? '')])).uploads[0]?.id ?? ''));
    expect(uploaded.every(Boolean)).toBe(true);
    const generating = Array.from({ length: 20 }, (_, i) =>
      clients[i % 5]?.fetch(`/api/uploads/${uploaded[i % 5]}/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ formats: ['docx', 'xlsx'] }) }) ?? Promise.reject(new Error('no client')),
    );
    const client = clients[0] ?? new Client(server.url);
    let finished = 0;
    for (const request of generating) void request.then(() => finished++);
    // While the pool works through them, the page and a light API call answer at once.
    const started = Date.now();
    const page = await new Client(server.url).fetch('/');
    const profiles = await client.fetch('/api/profiles');
    const waited = Date.now() - started;
    expect(page.status).toBe(200);
    expect(profiles.status).toBe(200);
    // generation on the event loop would hold these for seconds (20 units of about half a second each)
    expect(waited).toBeLessThan(2000);
    expect(finished).toBeLessThan(20);
    const results = await Promise.all(generating);
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const bodies = (await Promise.all(results.map((r) => r.json()))) as { files: { id: string; name: string; format: string }[] }[];
    expect(bodies.every((b) => b.files.length === 2)).toBe(true);
    // requests 0 and 5 are the same unit of one session: in one zip the second gets （2）, as the CLI names a second unit of one name
    const both = [...(bodies[0]?.files ?? []), ...(bodies[5]?.files ?? [])].map((f) => f.id).join(',');
    const zipped = readZip(Buffer.from(await (await client.fetch(`/api/bundle?files=${both}`)).arrayBuffer())).map((e) => e.name);
    expect(zipped).toEqual([...(bodies[0]?.files ?? []).map((f) => f.name), ...(bodies[0]?.files ?? []).map((f) => f.name.replace(/(\.\w+)$/, '（2）$1'))]);
    const first = await (await client.fetch(`/api/files/${bodies[0]?.files[0]?.id}`)).arrayBuffer();
    const again = await (await client.fetch(`/api/files/${bodies[5]?.files[0]?.id}`)).arrayBuffer();
    expect(Buffer.from(first).equals(Buffer.from(again))).toBe(true);
  });

  it('另一个会话取不到别人的文件；请求中的字符串从不当作路径', async () => {
    const a = new Client(server.url);
    const b = new Client(server.url);
    const { uploads } = await a.upload([await seedInput('000-luoyang-2022')]);
    const id = uploads[0]?.id ?? '';
    expect((await a.fetch(`/api/uploads/${id}/sheet?sheet=x`)).status).toBe(404);
    expect((await b.fetch(`/api/uploads/${id}/explain?figure=x`)).status).toBe(404);
    for (const bad of ['..%2F..%2Fetc%2Fpasswd', '..', '%2Fetc%2Fpasswd']) expect((await a.fetch(`/api/files/${bad}`)).status).toBe(404);
    expect((await a.fetch('/api/bundle?files=../../etc/passwd')).status).toBe(404);
  });

  it('拒绝 Host 不符（DNS 重绑定）和跨站的请求；会话 cookie 为 HttpOnly、SameSite=Strict', async () => {
    const url = new URL(server.url);
    expect(await raw(server.url, 'GET', { host: `evil.example:${url.port}` })).toBe(403);
    expect(await raw(server.url, 'GET', { host: `localhost:${url.port}` })).toBe(200);
    expect(await raw(`${server.url}api/uploads`, 'POST', { origin: 'http://evil.example' })).toBe(403);
    expect(await raw(`${server.url}api/uploads`, 'POST', { 'sec-fetch-site': 'cross-site' })).toBe(403);
    const response = await fetch(new URL('/', server.url));
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(response.headers.get('set-cookie')).toMatch(/SameSite=Strict/i);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('不是填报文件：给出原因', async () => {
    const client = new Client(server.url);
    const { uploads } = await client.upload([{ name: '照片.png', bytes: new Uint8Array([137, 80, 78, 71]) }]);
    expect(uploads[0]?.error).toMatch(/不是填报文件/);
  });

  it('空白填报表与 yusuan init 的相同；从 JSON 预填；从去年的公开文档预填时连同建议的模板打包', async () => {
    const dir = await scratch();
    try {
      const client = new Client(server.url);
      const blank = await client.fetch('/api/init?year=2025&scope=单位');
      expect(blank.headers.get('content-disposition')).toContain(encodeURIComponent('2025年预算填报.xlsx'));
      const output = join(dir, 'cli.xlsx');
      const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir, env: {}, isTTY: false };
      expect(await initCommand([], { output, year: '2025', scope: '单位' }, io)).toBe(0);
      // exceljs stamps the time it writes into the package, so compare the parts and the sheets, not the bytes
      const parts = (bytes: Uint8Array) => readZip(bytes).map((e) => e.name).sort();
      const served = Buffer.from(await blank.arrayBuffer());
      expect(parts(served)).toEqual(parts(await readFile(output)));
      const sheetXml = (bytes: Uint8Array) => Buffer.from(readZip(bytes).find((e) => e.name === 'xl/worksheets/sheet2.xml')?.data ?? []).toString();
      expect(sheetXml(served).length).toBeGreaterThan(1000);
      expect(sheetXml(served)).toBe(sheetXml(await readFile(output)));

      const form = new FormData();
      form.append('files', new Blob([await readFile(join(ROOT, 'examples', '000-luoyang-2022', 'input.json'))]), 'input.json');
      const prefilled = await client.fetch('/api/init', { method: 'POST', body: form });
      expect(prefilled.status).toBe(200);
      expect(decodeURIComponent(prefilled.headers.get('x-yusuan-notes') ?? '')).toContain('已按 ');
      const workbook = Buffer.from(await prefilled.arrayBuffer());
      const { uploads } = await client.upload([{ name: '预填.xlsx', bytes: workbook }]);
      expect(uploads[0]?.error).toBeUndefined();

      const published = await generate(join(ROOT, 'examples', '000-luoyang-2022', 'input.json'), { formats: ['docx'] });
      const docxForm = new FormData();
      docxForm.append('files', new Blob([published.files[0]?.bytes ?? new Uint8Array()]), '2022年公开.docx');
      const fromDocument = await client.fetch('/api/init', { method: 'POST', body: docxForm });
      expect(fromDocument.status).toBe(200);
      expect(fromDocument.headers.get('content-type')).toBe('application/zip');
      const names = readZip(Buffer.from(await fromDocument.arrayBuffer())).map((e) => e.name);
      expect(names).toContain('预算填报.xlsx');
      expect(names).toContain('预算填报-模板/profile.json');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasSoffice)('装有 LibreOffice 时', () => {
  it('网页版也生成 PDF', async () => {
    const client = new Client(server.url);
    expect(await (await client.fetch('/api/config')).json()).toMatchObject({ pdf: true });
    const { uploads } = await client.upload([await seedInput('000-luoyang-2022')]);
    const generated = (await (await client.fetch(`/api/uploads/${uploads[0]?.id}/generate`, { method: 'POST', body: JSON.stringify({ formats: ['pdf'] }) })).json()) as { files: { id: string; name: string }[] };
    expect(generated.files.map((f) => f.name)).toEqual(['2022年洛阳市政务服务中心单位预算公开.pdf']);
    const pdf = Buffer.from(await (await client.fetch(`/api/files/${generated.files[0]?.id}`)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('关闭服务时，工作线程各自的 LibreOffice 和临时目录都不留下', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'yusuan-serve-close-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = temp; // the workers, spawned on the first job, and their LibreOffice use it
    const own = await startServer({ port: 0, workers: 1, maxUpload: 256 * 1024 });
    try {
      const client = new Client(own.url);
      const { uploads } = await client.upload([await seedInput('004-xigong-2023')]);
      const response = await client.fetch(`/api/uploads/${uploads[0]?.id}/generate`, { method: 'POST', body: JSON.stringify({ formats: ['pdf'] }) });
      expect(response.status).toBe(200);
      expect((await readdir(temp)).some((name) => name.startsWith('yusuan-lo-'))).toBe(true);
    } finally {
      await own.close();
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    // (from source the workers load through tsx, which keeps its cache there too)
    expect((await readdir(temp)).filter((name) => name.startsWith('yusuan-'))).toEqual([]);
    await rm(temp, { recursive: true, force: true });
  });
});

describe('上传的模板（zip）与填报数据中的模板目录', () => {
  const zipOf = (entries: Record<string, string>) => writeZip(Object.entries(entries).map(([name, text]) => ({ name, data: Buffer.from(text) })), new Date(Date.UTC(2024, 0, 1)));
  async function postProfile(client: Client, zip: Uint8Array): Promise<{ profile?: { key: string }; error?: string }> {
    const form = new FormData();
    form.append('files', new Blob([zip]), '我的模板.zip');
    return (await (await client.fetch('/api/profiles', { method: 'POST', body: form })).json()) as { profile?: { key: string }; error?: string };
  }

  it('用上传的模板生成，与命令行 --profile 该目录逐字节相同', async () => {
    const dir = await scratch();
    try {
      const profileJson = JSON.stringify({ id: 'county', extends: 'luoyang-2024', texts: { 'part.overview.label': '第一部分' } });
      const client = new Client(server.url);
      const uploaded = await postProfile(client, zipOf({ '我的模板/profile.json': profileJson, '我的模板/说明.txt': '不是模板文件' }));
      expect(uploaded.error).toBeUndefined();
      const input = await seedInput('002-chengxiang-2024');
      const form = new FormData();
      form.append('files', new Blob([input.bytes]), input.name);
      form.append('profile', uploaded.profile?.key ?? '');
      const { uploads } = (await (await client.fetch('/api/uploads', { method: 'POST', body: form })).json()) as { uploads: { id: string; analyzed: { diagnostics: { severity: string }[] } }[] };
      expect(uploads[0]?.analyzed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const generated = (await (await client.fetch(`/api/uploads/${uploads[0]?.id}/generate`, { method: 'POST', body: JSON.stringify({ formats: ['docx'] }) })).json()) as { files: { id: string }[] };
      const served = Buffer.from(await (await client.fetch(`/api/files/${generated.files[0]?.id}`)).arrayBuffer());
      await mkdir(join(dir, 'county'));
      await writeFile(join(dir, 'county', 'profile.json'), profileJson);
      const expected = await generate({ bytes: input.bytes, fileName: input.name }, { formats: ['docx'], profile: join(dir, 'county') });
      expect(served.equals(Buffer.from(expected.files[0]?.bytes ?? []))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('模板或填报数据指向本机其他目录：拒绝并说明原因，不读不写模板目录以外的文件', async () => {
    const client = new Client(server.url);
    const escape = await postProfile(client, zipOf({ 'profile.json': JSON.stringify({ id: 'x', extends: '../../../templates/luoyang-2024' }) }));
    expect(escape.error).toMatch(/extends 只能是随附模板的 id/);
    const data = await postProfile(client, zipOf({ 'profile.json': JSON.stringify({ id: 'x', extends: 'luoyang-2024' }), 'tables.json': JSON.stringify({ patch: [{ key: 'x', data: '../../etc/passwd.json' }] }) }));
    expect(data.error).toMatch(/必须是模板目录中的文件名/);
    const slip = await postProfile(client, zipOf({ 'profile.json': JSON.stringify({ id: 'x', extends: 'luoyang-2024' }), '../../逃出.json': '{}' }));
    expect(slip.error).toBeUndefined();
    expect(existsSync(join(tmpdir(), '逃出.json'))).toBe(false);
    expect(await postProfile(client, new Uint8Array([1, 2, 3]))).toEqual({ error: expect.stringMatching(/模板压缩包无法读取/) });

    const input = JSON.parse((await seedInput('000-luoyang-2022')).bytes.toString()) as Record<string, unknown>;
    const { uploads } = (await client.upload([{ name: 'x.json', bytes: Buffer.from(JSON.stringify({ ...input, profile: '../../templates/luoyang-2022' })) }])) as unknown as { uploads: { analyzed: { diagnostics: { rule: string; at: { path: string }; message: string }[] } }[] };
    expect(uploads[0]?.analyzed.diagnostics).toEqual([expect.objectContaining({ rule: 'S07', at: { kind: 'json', path: 'profile' }, message: expect.stringMatching(/网页版不读取本机目录中的模板/) })]);
  });
});

describe('过大的请求体', () => {
  it('在读入之前拒绝（413 和原因），服务照常工作', async () => {
    const client = new Client(server.url);
    const refused = await oversized(`${server.url}api/uploads`, 8 * 1024 * 1024);
    expect(refused.status).toBe(413);
    expect(refused.body).toMatch(/上传的文件过大：每个文件不超过 0.3 MB/);
    const { uploads } = await client.upload([{ name: '大.xlsx', bytes: new Uint8Array(300 * 1024) }]);
    expect(uploads[0]?.error).toMatch(/文件过大（0.3 MB），上限为 0.3 MB/);
    expect((await client.fetch('/api/profiles')).status).toBe(200);
  });
});

describe('会话的临时文件', () => {
  it('空闲过期的会话和服务关闭时，文件全部删除', async () => {
    const sessions = await Sessions.create(1000);
    const old = await sessions.open();
    await old.store(new Uint8Array([1, 2, 3]));
    const fresh = await sessions.open();
    await fresh.store(new Uint8Array([1]));
    await sessions.sweep(Date.now() + 500);
    expect(existsSync(old.dir)).toBe(true);
    fresh.lastSeen = Date.now() + 5000;
    await sessions.sweep(Date.now() + 2000);
    expect(existsSync(old.dir)).toBe(false);
    expect(await readdir(sessions.root)).toEqual([fresh.id]);
    sessions.close();
    expect(existsSync(sessions.root)).toBe(false);
  });

  it('会话数有上限：已满时拒绝新会话（503），不删除正在使用的会话；会话的目录在第一次存文件时才建立', async () => {
    const sessions = await Sessions.create(60_000, 2);
    try {
      const first = await sessions.open();
      const second = await sessions.open();
      expect(existsSync(first.dir)).toBe(false);
      await first.store(new Uint8Array([1]));
      expect(existsSync(first.dir)).toBe(true);
      await expect(sessions.open()).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/已达上限/) });
      expect(sessions.find(first.id)).toBe(first);
      expect(sessions.find(second.id)).toBe(second);
      expect(existsSync(first.dir)).toBe(true);
    } finally {
      sessions.close();
    }
  });
});
