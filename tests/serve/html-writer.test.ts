import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/api.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', '002-chengxiang-2024', 'input.json');

describe('--format html：文档的网页预览', () => {
  it('包含说明和每一张表，每个标注的数字都能在数字来源中找到', async () => {
    const { files, document } = await generate(EXAMPLE, { formats: ['html', 'trace'] });
    const html = Buffer.from(files.find((f) => f.format === 'html')?.bytes ?? []).toString('utf8');
    const trace = JSON.parse(Buffer.from(files.find((f) => f.format === 'trace')?.bytes ?? []).toString('utf8')) as { figures: { id: string }[] };
    expect(html).toMatch(/^<!DOCTYPE html>/);
    const tables = document?.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [b.table.key] : []))) ?? [];
    expect(tables.length).toBe(14);
    for (const key of tables) expect(html).toContain(`data-table="${key}"`);
    const marked = [...html.matchAll(/data-figure="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
    const ids = new Set(trace.figures.map((f) => f.id));
    expect(marked.length).toBeGreaterThan(100);
    expect(marked.filter((id) => !ids.has(id))).toEqual([]);
    expect(html).not.toMatch(/<script|https?:\/\//);
  });
});
