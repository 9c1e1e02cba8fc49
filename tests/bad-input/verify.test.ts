import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/execute.js';
import { readZip } from '../../src/zip/index.js';
import { minimalInput } from '../fixtures/minimal.js';
import { fakeIo } from './harness.js';
import { bombEntry, deflatedEntry, rawZip, type RawEntry } from './zips.js';

let dir: string;
let docx: Buffer;
let xlsx: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yusuan-verify-'));
  await writeFile(join(dir, '测试.json'), JSON.stringify(minimalInput()));
  const io = fakeIo(dir);
  const code = await execute(['generate', '测试.json', '-o', 'out'], io);
  if (code !== 0) throw new Error(io.err.join(''));
  const written = await readdir(join(dir, 'out'));
  const named = (ext: string) => join(dir, 'out', written.find((f) => f.endsWith(ext)) ?? `missing${ext}`);
  docx = await readFile(named('.docx'));
  xlsx = await readFile(named('.xlsx'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs `yusuan verify <name>` on bytes written into the test folder. */
async function verify(name: string, bytes: Uint8Array | string, env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  await writeFile(join(dir, name), bytes);
  const io = fakeIo(dir, env);
  const code = await execute(['verify', name], io);
  return { code, out: `${io.err.join('')}${io.out.join('')}` };
}

/** A package with some parts' text edited, as a hand edit in Word or Excel would leave it. */
async function edited(bytes: Buffer, edits: Record<string, (xml: string) => string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits)) zip.file(name, edit((await zip.file(name)?.async('string')) ?? ''));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The package's entries, deflated, with the named ones replaced (bombs). */
function withEntries(bytes: Buffer, replace: Record<string, RawEntry>): Uint8Array {
  return rawZip(readZip(bytes).map((e) => replace[e.name] ?? deflatedEntry(e.name, e.data)));
}

const NO_BUG = /内部错误|^\s+at /m;

describe('yusuan verify：生成后被手工改动的文件是发现的问题（退出码 1），逐条列出位置', () => {
  it('原样的 .docx 与 .xlsx：一致，退出码 0', async () => {
    expect(await verify('原样.docx', docx)).toMatchObject({ code: 0, out: expect.stringMatching(/正文与表格和内嵌模型一致/) });
    expect(await verify('原样.xlsx', xlsx)).toMatchObject({ code: 0, out: expect.stringMatching(/各工作表的单元格和内嵌模型一致/) });
  });

  it('.docx 中改了说明里的两个数字、一个表格单元格，又加了一段：四处都列出，不是内部错误', async () => {
    const bytes = await edited(docx, {
      'word/document.xml': (xml) =>
        xml
          .replace('收入总计100.00万元，支出总计100.00万元', '收入总计101.00万元，支出总计100.50万元')
          .replace(/(<w:tc>(?:(?!<\/w:tc>)[^])*?<w:t[^>]*>)75\.05(<\/w:t>)/, '$175.06$2')
          .replace(/(<w:body>)/, '$1<w:p><w:r><w:t>手工加的一段</w:t></w:r></w:p>'),
    });
    const { code, out } = await verify('改过.docx', bytes);
    expect(code, out).toBe(1);
    expect(out).not.toMatch(NO_BUG);
    expect(out).toMatch(/与内嵌的文档模型有 4 处不同/);
    expect(out).toMatch(/第二部分「一、收入支出预算总体情况说明」第1段：「100\.00」改成了「101\.00」/);
    expect(out).toMatch(/第二部分「一、收入支出预算总体情况说明」第1段：「100\.00」改成了「100\.50」/);
    expect(out).toMatch(/预算\d\d表!\w+\d+：「75\.05」改成了「75\.06」/);
    expect(out).toMatch(/文档开头：多出「手工加的一段」/);
  });

  it('.xlsx 中改了一个金额、写进一个公式、加了一个单元格：逐格列出（表!单元格）', async () => {
    const bytes = await edited(xlsx, {
      'xl/worksheets/sheet1.xml': (xml) =>
        xml
          .replace(/(<c r="B6"[^>]*>)<v>[^<]*<\/v>/, '$1<v>99</v>')
          .replace(/(<c r="D6"[^>]*>)<v>[^<]*<\/v>/, '$1<f>B6+1</f><v>100</v>')
          .replace('</sheetData>', '<row r="60"><c r="A60" t="inlineStr"><is><t>手工加的</t></is></c></row></sheetData>'),
    });
    const { code, out } = await verify('改过.xlsx', bytes);
    expect(code, out).toBe(1);
    expect(out).not.toMatch(NO_BUG);
    expect(out).toMatch(/Excel 工作簿生成后被改动过，与内嵌的文档模型有 3 处不同/);
    expect(out).toMatch(/预算01表!B6：「100\.00」改成了「99」/);
    expect(out).toMatch(/预算01表!D6：「[\d.]+」改成了「=B6\+1」/);
    expect(out).toMatch(/预算01表!A60：多出「手工加的」/);
  });

  it('.docx 正文含超出 Unicode 范围的字符引用（&#x110000;）：是一处改动，不是内部错误', async () => {
    const bytes = await edited(docx, { 'word/document.xml': (xml) => xml.replace('收入总计100.00', '收入总计&#x110000;200.00') });
    const { code, out } = await verify('字符引用.docx', bytes);
    expect({ code, out }).toMatchObject({ code: 1, out: expect.stringMatching(/第1段：「100\.00」改成了「200\.00」/) });
    expect(out).not.toMatch(NO_BUG);
  });

  it('不是 yusuan 生成的 Word 文档、不是 zip 的文件：说明原因，退出码 1', async () => {
    const other = await edited(docx, { 'customXml/item1.xml': () => '<model xmlns="urn:other">{}</model>' });
    expect(await verify('别人的.docx', other)).toMatchObject({ code: 1, out: expect.stringMatching(/不是 yusuan 生成的文档/) });
    expect(await verify('文本.docx', '你好')).toMatchObject({ code: 1, out: expect.stringMatching(/文本\.docx：不是 zip 压缩包/) });
  });
});

describe('坏输入：yusuan verify 的压缩包炸弹与超大文件（同一组解压上限，退出码 1，中文原因）', () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    ['1 MB 的 .docx，word/document.xml 解压为 1 GB（目录如实声明）', () => withEntries(docx, { 'word/document.xml': bombEntry('word/document.xml', 1024) }), /压缩包解压后过大（至少 1024\.\d MB/],
    ['word/document.xml 解压为 1 GB，目录谎称 1 MB', () => withEntries(docx, { 'word/document.xml': bombEntry('word/document.xml', 1024, 1) }), /“word\/document\.xml”解压后超过目录声明的 1048576 字节/],
    ['内嵌模型部件解压为 1 GB，目录谎称 2 MB', () => withEntries(docx, { 'customXml/item1.xml': bombEntry('customXml/item1.xml', 1024, 2) }), /“customXml\/item1\.xml”解压后超过目录声明/],
    ['.xlsx 的工作表解压为 1 GB', () => withEntries(xlsx, { 'xl/worksheets/sheet1.xml': bombEntry('xl/worksheets/sheet1.xml', 1024) }), /解压后过大/],
  ];
  for (const [title, bytes, message] of cases) {
    it(title, async () => {
      const file = bytes();
      expect(file.length).toBeLessThan(2 * 1024 * 1024);
      const { code, out } = await verify('炸弹.docx', file);
      expect({ code, message: message.test(out) }, out).toEqual({ code: 1, message: true });
      expect(out).toMatch(/^炸弹\.docx：.*无法核验。$/m);
      expect(out).not.toMatch(NO_BUG);
    });
  }

  it('文件超过大小上限（YUSUAN_MAX_FILE_MB）：不读取，退出码 1', async () => {
    const { code, out } = await verify('大.docx', docx, { YUSUAN_MAX_FILE_MB: '0.001' });
    expect({ code, out }).toMatchObject({ code: 1, out: expect.stringMatching(/^大\.docx：文件过大（[\d.]+ MB），上限为 0\.0 MB/) });
  });

  it('传入目录：说明是目录并给出路径，退出码 2', async () => {
    await mkdir(join(dir, '文件夹'), { recursive: true });
    const io = fakeIo(dir);
    const code = await execute(['verify', '文件夹'], io);
    expect({ code, err: io.err.join('') }).toEqual({ code: 2, err: '文件夹：是一个目录，请指定 yusuan 生成的 .docx 或 .xlsx 文件\n' });
  });
});
