import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Slot } from '../../src/document/narrative/slots.js';
import { traceOf } from '../../src/explain/index.js';
import { TEMPLATES_DIR } from '../../src/model/paths.js';
import { processInput } from '../../src/pipeline.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { readDocxText } from '../render/docx-parts.js';

const EXAMPLES = ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024'] as const;
const NUMBER = /\d+(?:\.\d+)?%?/g;
const numbers = (text: string) => [...text.matchAll(NUMBER)].map((m) => m[0]);

/** Numbers written into the shipped templates themselves (`单位价值50万元以上`): fixed wording, not figures. */
function templateNumbers(): Set<string> {
  const out = new Set<string>();
  for (const profile of readdirSync(TEMPLATES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const dir = join(TEMPLATES_DIR, profile.name);
    const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, 'narrative')).map((f) => join(dir, 'narrative', f))];
    for (const file of files.filter((f) => /\.(json|hbs)$/.test(f))) for (const n of numbers(readFileSync(file, 'utf8').replace(/\{\{[^}]*\}\}/g, ''))) out.add(n);
  }
  return out;
}

describe.each(EXAMPLES)('the trace covers every figure printed in %s (issue 13)', (name) => {
  it('every number in the re-read .docx is a traced figure, a typed text, or fixed template wording', async () => {
    const processed = await processInput(readFileSync(join('examples', name, 'input.json')), 'input.json', { trace: true });
    const document = processed.document!;
    const trace = traceOf(processed)!;
    const traced = new Set(trace.figures.flatMap((f) => numbers(f.printed)));
    const fixed = templateNumbers();
    const labels = new Set(
      document.parts.flatMap((p) =>
        p.blocks.flatMap((b) => (b.type === 'table' ? b.table.rows.flat().flatMap((c) => (c.kind === 'content' && !c.source && c.role !== 'amount' ? numbers(c.text) : [])) : [])),
      ),
    );
    const items = await readDocxText(await renderDocx(document));
    // A 目录 line ends in its page number (a place in the layout, not a figure): judge only its text.
    const tocEntries = new Set(document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'toc' ? b.entries.map((e) => e.text) : []))));
    const withoutPage = (text: string) => {
      const m = /^(.*?)\s*\t\s*\d+$/s.exec(text);
      return m && tocEntries.has(m[1] ?? '') ? (m[1] ?? '') : text;
    };
    const texts = items.flatMap((i) => (i.kind === 'paragraph' ? [withoutPage(i.text)] : i.rows.flat()));
    const untraced = [...new Set(texts.flatMap(numbers))].filter((n) => !traced.has(n) && !fixed.has(n) && !labels.has(n));
    expect(untraced).toEqual([]);
    expect(texts.flatMap(numbers).length).toBeGreaterThan(500);
  });

  it('every amount cell carries its provenance and every digit of a sentence sits in a slot', async () => {
    const processed = await processInput(readFileSync(join('examples', name, 'input.json')), 'input.json', { trace: true });
    const missing: string[] = [];
    for (const part of processed.document!.parts)
      for (const block of part.blocks) {
        if (block.type === 'table')
          block.table.rows.forEach((row, r) =>
            row.forEach((cell, c) => {
              if (cell.kind === 'content' && cell.role === 'amount' && cell.text !== '' && !cell.source) missing.push(`${block.table.label} (${r},${c}) ${cell.text}`);
            }),
          );
        if (block.type !== 'paragraph' && block.type !== 'heading') continue;
        const slots = (block as { slots?: Slot[] }).slots ?? [];
        for (const m of block.text.matchAll(NUMBER)) {
          const start = m.index ?? 0;
          const inSlot = slots.some((s) => s.start <= start && s.end >= start + m[0].length);
          if (!inSlot && !templateNumbers().has(m[0])) missing.push(`${block.section}: ${m[0]} in ${block.text.slice(0, 30)}`);
        }
      }
    expect(missing).toEqual([]);
  });
});
