import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { codeListsFor } from '../../src/compute/codes.js';
import { writeWorkbook } from '../../src/input/workbook/write-workbook.js';
import { budgetFromJson, edit, jsonOf, repoFile } from './helpers.js';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const available = has('soffice') && has('pdftotext') && has('pdftoppm');
const work = mkdtempSync(join(tmpdir(), 'yusuan-look-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A private LibreOffice profile that recalculates .xlsx formulas on load (so the display formulas are really evaluated). */
function recalculatingProfile(): string {
  const dir = join(work, 'profile', 'user');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry">' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>',
  );
  return pathToFileURL(join(work, 'profile')).href;
}

describe.skipIf(!available)('用 LibreOffice 看一眼填报表', () => {
  it('支出明细：重新计算后显示科目名称和默认政府经济科目，没有错误值；转成 PNG', async () => {
    const data = jsonOf(budgetFromJson(repoFile('examples/004-xigong-2023/input.json')));
    const written = await writeWorkbook(data, { codes: codeListsFor(2023) });
    const stale = await edit(written, (wb) => {
      for (const ws of wb.worksheets) {
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const value = cell.value;
            if (value && typeof value === 'object' && 'formula' in value && value.formula) cell.value = { formula: value.formula, result: '旧缓存' };
          }),
        );
      }
    });
    const xlsx = join(work, 'look.xlsx');
    writeFileSync(xlsx, stale);
    execFileSync('soffice', [`-env:UserInstallation=${recalculatingProfile()}`, '--headless', '--convert-to', 'pdf', '--outdir', work, xlsx], { timeout: 180_000 });
    const pdf = join(work, 'look.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
    const texts = Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, '-layout', pdf, '-']).toString());
    const page = texts.findIndex((t) => t.includes('功能科目名称（自动显示）')) + 1;
    expect(page).toBeGreaterThan(0);
    const sheet = texts[page - 1] ?? '';
    expect(sheet).toContain('行政运行');
    expect(sheet).toContain('默认 50101 工资奖金津补贴');
    expect(sheet).toContain('一般公共预算.财政拨款');
    const all = texts.join('\n');
    expect(all).not.toContain('旧缓存');
    expect(all).not.toMatch(/#NAME\?|#N\/A|#VALUE!|Err:\d+/);
    execFileSync('pdftoppm', ['-r', '50', '-f', `${page}`, '-l', `${page}`, '-png', '-singlefile', pdf, join(work, 'sheet')]);
    expect(existsSync(join(work, 'sheet.png'))).toBe(true);
    expect(statSync(join(work, 'sheet.png')).size).toBeGreaterThan(10_000);
    expect(readFileSync(join(work, 'sheet.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});
