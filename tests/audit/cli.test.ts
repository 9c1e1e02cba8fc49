import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { writeZip } from '../../src/zip/index.js';
import { fakeIo } from '../bad-input/harness.js';
import { generatedExample } from './helpers.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yusuan-audit-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function audit(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = fakeIo(dir);
  const code = await execute(['audit', ...args], io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

/** A Word document with one paragraph of text: a valid .docx that is no budget disclosure. */
function wordDocument(text: string): Buffer {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
  return writeZip([{ name: 'word/document.xml', data: Buffer.from(xml) }], new Date(2024, 0, 1));
}

describe('yusuan audit 命令行', () => {
  it('审查 yusuan 生成的 Word 文档：按模板读取、找到全部表格、退出码 0', async () => {
    const { files } = await generatedExample('002-chengxiang-2024');
    await writeFile(join(dir, '002.docx'), files.get('.docx')!);
    const run = await audit('002.docx');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('002.docx：按模板 luoyang-2024（E2024）读取，2024年，洛阳市城乡一体化示范区政务服务中心；找到表格 14/14 张。');
    // The example keeps two defects of its seed in its input (examples/002-chengxiang-2024/expected/diagnostics.txt): M02, P01.
    expect(run.stdout).toMatch(/发现 3 个问题：错误 0 个，警告 3 个。/);
    expect(run.stdout).toMatch(/  M02 第\d+个表格第\d+行第1列（预算06 30107\/50501）：015001 基本支出 30107→50501 18\.63万元/);
    expect(run.stdout).toMatch(/规则 \d+ 条：通过 \d+/);
  });

  it('--json 输出发现、未能读取的内容和规则台账', async () => {
    const run = await audit('002.docx', '--json');
    const json = JSON.parse(run.stdout) as { profile: string; findings: unknown[]; unread: unknown[]; ledger: { total: number } };
    expect(json.profile).toBe('luoyang-2024');
    expect(json.findings.map((f) => (f as { rule: string }).rule).sort()).toEqual(['M02', 'P01', 'P01']);
    expect(json.unread).toEqual([]);
    expect(json.ledger.total).toBeGreaterThan(40);
  });

  it('不是预算公开文档的 Word 文档：中文说明，退出码 1', async () => {
    await writeFile(join(dir, 'letter.docx'), wordDocument('会议通知：请于周五下午三点到会议室开会。'));
    const run = await audit('letter.docx');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('letter.docx：无法读取：没有找到预算年度和“部门预算”字样，不像是部门预算公开文档');
  });

  it('有年度但没有任何预算表的 Word 文档：说明没有找到预算表，退出码 1', async () => {
    await writeFile(join(dir, 'notice.docx'), wordDocument('2024年部门预算编制工作通知'));
    const run = await audit('notice.docx');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('没有找到任何预算表（预算01表等）的标题');
  });

  it('扩展名是 .docx 但不是压缩包：说明不是有效的 Word 文档，退出码 1', async () => {
    await writeFile(join(dir, 'fake.docx'), 'not a zip at all');
    const run = await audit('fake.docx');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/fake\.docx：无法读取：不是有效的 Word 文档（.+）/);
  });

  it('不支持的文件类型和不存在的文件', async () => {
    await writeFile(join(dir, 'old.doc'), 'x');
    expect((await audit('old.doc')).stderr).toContain('不支持的文件类型“.doc”');
    const missing = await audit('missing.docx');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到文件或目录：missing.docx');
    expect((await audit()).code).toBe(2);
  });
});
