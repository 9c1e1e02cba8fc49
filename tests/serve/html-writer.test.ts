import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/api.js';
import { htmlWriter } from '../../src/render/writers/html.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', '002-chengxiang-2024', 'input.json');

describe('文档的网页预览（src/render/html）', () => {
  it('包含说明和每一张表，每个标注的数字都能在数字来源中找到', async () => {
    const { files, document } = await generate(EXAMPLE, { formats: ['trace'] });
    if (!document) throw new Error('示例应能生成文档');
    const [page] = await htmlWriter.render(document, { name: '002', diagnostics: [], docx: () => Promise.reject(new Error('不需要')), processed: { diagnostics: [] } });
    const html = Buffer.from(page?.bytes ?? []).toString('utf8');
    const trace = JSON.parse(Buffer.from(files.find((f) => f.format === 'trace')?.bytes ?? []).toString('utf8')) as { figures: { id: string }[] };
    expect(page?.name).toBe('002.html');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    const tables = document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [b.table.key] : [])));
    expect(tables.length).toBe(14);
    for (const key of tables) expect(html).toContain(`data-table="${key}"`);
    const marked = [...html.matchAll(/data-figure="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
    const ids = new Set(trace.figures.map((f) => f.id));
    expect(marked.length).toBeGreaterThan(100);
    expect(marked.filter((id) => !ids.has(id))).toEqual([]);
    expect(html).not.toMatch(/<script|https?:\/\//);
  });
});
