import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/api.js';
import { readZip } from '../../src/zip/index.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { NO_BROWSER, SEEDS, chromiumPath, scratch, seedWorkbook } from './helpers.js';

const executablePath = chromiumPath();
if (!executablePath) console.warn(NO_BROWSER);

/** Small enough to test an oversized upload quickly; every seed workbook is far below it. */
const MAX_UPLOAD = 2 * 1024 * 1024;

describe.skipIf(!executablePath)('yusuan serve 在真实的浏览器中', () => {
  let server: RunningServer;
  let browser: Browser;
  let dir: string;
  const workbooks = new Map<string, string>();

  beforeAll(async () => {
    dir = await scratch();
    [server, browser] = await Promise.all([
      startServer({ port: 0, workers: 2, maxUpload: MAX_UPLOAD }),
      chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] }),
    ]);
    for (const seed of SEEDS) workbooks.set(seed, await seedWorkbook(seed, dir));
  });

  afterAll(async () => {
    if (server) expect(requested.filter((url) => !url.startsWith(server.url) && !url.startsWith('blob:'))).toEqual([]);
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Every URL any page asked for: the page works offline, so all of them are this server's (or the page's own blobs). */
  const requested: string[] = [];

  async function openPage(): Promise<Page> {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(server.url);
    return page;
  }

  async function uploadFiles(page: Page, files: string[]): Promise<void> {
    await page.setInputFiles('#files', files);
    // the status line says the files were read, or why one was refused (a locator: the page's CSP forbids eval)
    await page.locator('#status', { hasText: /已读取|：/ }).waitFor();
  }

  async function downloaded(page: Page, format: string): Promise<Buffer> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#downloads a[data-format=${format}]`)]);
    return readFile(await download.path());
  }

  it.each(SEEDS)('%s：上传填报表 → 没有错误 → 预览含每一张表 → 下载的 docx、xlsx 与 generate 逐字节相同', async (seed) => {
    const workbook = workbooks.get(seed) ?? '';
    // what the library gives for the same bytes and file name, computed while the page works
    const generating = generate({ bytes: await readFile(workbook), fileName: basename(workbook) }, { formats: ['docx', 'xlsx'] });
    const page = await openPage();
    await uploadFiles(page, [workbook]);
    await expect.poll(() => page.locator('#findings-summary').textContent()).toMatch(/错误 0 条|没有发现问题/);
    expect(await page.locator('#findings li.error').count()).toBe(0);

    const expected = await generating;
    const tables = expected.document?.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [b.table.key] : []))) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(12);
    const shown = await page.locator('#preview figure.table').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-table')));
    expect(shown).toEqual(tables);
    expect(await page.locator('#preview .part-explanation p.paragraph').count()).toBeGreaterThan(5);

    await page.click('#generate');
    await page.locator('#downloads a[data-format=xlsx]').waitFor();
    expect((await downloaded(page, 'docx')).equals(Buffer.from(expected.files.find((f) => f.format === 'docx')?.bytes ?? []))).toBe(true);
    expect((await downloaded(page, 'xlsx')).equals(Buffer.from(expected.files.find((f) => f.format === 'xlsx')?.bytes ?? []))).toBe(true);

    await page.context().close();
  });

  it('代码写错的填报表：问题列出单元格，点击后在工作表预览中标出；点文档中的数字看来源和它读取的单元格', async () => {
    const wrong = await seedWorkbook('000-luoyang-2022', dir, (data) => {
      (data.lineItems as { unit: string }[])[0]!.unit = '157099';
    });
    const page = await openPage();
    await uploadFiles(page, [wrong]);
    const finding = page.locator('#findings li.error button', { hasText: '157099' });
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.textContent()).toContain('I01 支出明细!A2');
    await finding.click();
    const hit = page.locator('#sheet-table td.hit');
    await hit.waitFor();
    expect(await hit.getAttribute('data-cell')).toBe('A2');
    expect(await hit.textContent()).toBe('157099');
    expect(await page.locator('#sheet-title').textContent()).toContain('支出明细');

    // a figure of the preview, chosen with the keyboard, says where it comes from (yusuan explain), and links each
    // input cell it reads to the same sheet preview
    await page.locator('#preview td[data-figure]').nth(3).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#explain-body').textContent(), { timeout: 20_000 }).toMatch(/打印值：[\s\S]*公式：[\s\S]*读取的填报数据/);
    const input = page.locator('#explain-body .input-cells button').first();
    await input.waitFor({ timeout: 20_000 });
    const at = ((await input.textContent()) ?? '').replace('在填报表中查看 ', '');
    await input.click();
    await expect.poll(() => page.locator('#sheet-table td.hit').getAttribute('data-cell')).toBe(at.split('!')[1]);
    await page.context().close();
  });

  it('键盘可达、下载空白填报表；过大的文件、不是填报表的文件：给出明确的原因，服务照常工作', async () => {
    const big = join(dir, '很大的填报表.xlsx');
    await writeFile(big, Buffer.alloc(MAX_UPLOAD + 1024, 1));
    const text = join(dir, '说明.txt');
    await writeFile(text, '不是填报表');
    const fake = join(dir, '假的填报表.xlsx');
    await writeFile(fake, 'PK 这不是压缩包');
    const page = await openPage();
    // keyboard first: Tab reaches the skip link, then the page's controls; every field has a label
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('跳到主要内容');
    const unlabelled = await page.evaluate("[...document.querySelectorAll('input, select')].filter((n) => n.labels.length === 0).map((n) => n.id)");
    expect(unlabelled).toEqual([]);
    // no workbook yet: a blank one for the year, as yusuan init writes it
    await page.locator('summary', { hasText: '还没有填报表' }).click();
    await page.fill('#init-year', '2025');
    const [blank] = await Promise.all([page.waitForEvent('download'), page.click('#init-form button')]);
    expect(blank.suggestedFilename()).toBe('2025年预算填报.xlsx');
    expect((await readFile(await blank.path())).subarray(0, 2).toString()).toBe('PK');
    await uploadFiles(page, [big, text]);
    const status = page.locator('#status');
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await status.textContent()).toMatch(/很大的填报表\.xlsx：文件过大（2 MB），上限为 2 MB/);
    expect(await status.textContent()).toMatch(/说明\.txt：不是填报文件/);
    await uploadFiles(page, [fake]);
    await expect.poll(() => page.locator('#findings li.error').count()).toBeGreaterThan(0);
    expect(await page.locator('#findings li.error').first().textContent()).toMatch(/假的填报表\.xlsx/);
    await uploadFiles(page, [workbooks.get('000-luoyang-2022') ?? '']);
    await expect.poll(() => page.locator('#preview figure.table').count()).toBeGreaterThanOrEqual(12);
    await page.context().close();
  });

  it('放入已公开的文档（.docx）：列出审查发现，可下载审查报告', async () => {
    const published = await generate(join(workbooks.get('000-luoyang-2022') ?? ''), { formats: ['docx'] });
    const docx = join(dir, '2022年部门预算公开.docx');
    await writeFile(docx, published.files[0]?.bytes ?? new Uint8Array());
    const page = await openPage();
    await uploadFiles(page, [docx]);
    await expect.poll(() => page.locator('#unit-title').textContent()).toContain('审查公开文档：2022年部门预算公开.docx');
    expect(await page.locator('#ledger').textContent()).toMatch(/规则 \d+ 条/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#audit-report')]);
    expect(download.suggestedFilename()).toBe('2022年部门预算公开.审查报告.md');
    expect((await readFile(await download.path(), 'utf8')).startsWith('# 预算公开文档审查报告')).toBe(true);
    await page.context().close();
  });

  it('两个会话同时上传不同的单位，各自只看到自己的结果；多个单位全部生成，显示进度，打包成一个 zip', async () => {
    const [a, b] = await Promise.all([openPage(), openPage()]);
    await Promise.all([
      uploadFiles(a, [workbooks.get('000-luoyang-2022') ?? '', workbooks.get('002-chengxiang-2024') ?? '']),
      uploadFiles(b, [workbooks.get('004-xigong-2023') ?? '']),
    ]);
    expect(await a.locator('#unit-title').textContent()).toContain('洛阳市政务服务中心');
    expect(await b.locator('#unit-title').textContent()).toContain('西工区');
    expect(await a.locator('#units li').count()).toBe(2);
    expect(await b.locator('#units li').count()).toBe(1);
    const idOfA = await a.locator('#unit').getAttribute('data-upload');
    const fromB = await b.evaluate(async (id) => (await fetch(`/api/uploads/${id}/explain?figure=x`)).status, idOfA);
    expect(fromB).toBe(404);

    await a.click('#generate-all');
    const link = a.locator('#batch-status a');
    await link.waitFor({ timeout: 30_000 });
    expect(await a.locator('#batch-status').textContent()).toContain('已完成 2 / 2');
    expect(await a.locator('#batch-progress').getAttribute('max')).toBe('2');
    const [download] = await Promise.all([a.waitForEvent('download'), link.click()]);
    const names = readZip(await readFile(await download.path())).map((e) => e.name);
    expect(names).toHaveLength(4);
    expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(2);
    await Promise.all([a.context().close(), b.context().close()]);
  });
});
