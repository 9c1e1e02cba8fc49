import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../model/diagnostic.js';
import { writeZip } from '../../zip/index.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { guardWorkbook, type GuardResult } from './zip-guard.js';

const limits = { ...DEFAULT_LIMITS, maxUnzippedBytes: 1024 * 1024, maxRows: 10 };

async function zip(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, content] of Object.entries(files)) z.file(name, content);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function messages(result: GuardResult): string[] {
  return result.ok ? [] : result.diagnostics.map(formatDiagnostic);
}

const WORKBOOK = '<workbook/>';

describe('读取 .xlsx 之前先检查文件本身（每个输入都当作不可信）', () => {
  it('不是压缩包：说明不是有效的 .xlsx', async () => {
    const result = await guardWorkbook(new TextEncoder().encode('单位代码,金额\n001,12'), 'a.xlsx', limits);
    expect(messages(result)).toEqual([
      'S06 a.xlsx：不是有效的 .xlsx 文件（文件已损坏，或是改了扩展名的其他格式）：请在 Excel 或 WPS 中另存为“Excel 工作簿 (*.xlsx)”',
    ]);
  });

  it('OLE/CFB 文件头 D0 CF 11 E0：加密的工作簿或旧版 .xls', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(messages(await guardWorkbook(bytes, 'a.xlsx', limits))).toEqual([
      'S06 a.xlsx：文件已加密（有打开密码）或是旧版 .xls：请取消密码并另存为 .xlsx',
    ]);
  });

  it('PK 开头但目录损坏：不是有效的 .xlsx', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6]);
    expect(messages(await guardWorkbook(bytes, 'a.xlsx', limits))[0]).toMatch(/^S06 a\.xlsx：不是有效的 \.xlsx 文件/);
  });

  it('声明的解压大小超过上限：压缩炸弹', async () => {
    const bytes = await zip({ 'xl/workbook.xml': WORKBOOK, 'xl/big.bin': new Uint8Array(2 * 1024 * 1024) });
    expect(messages(await guardWorkbook(bytes, 'a.xlsx', limits))[0]).toMatch(/^S06 a\.xlsx：文件解压后过大（至少 2\.0 MB，上限为 1\.0 MB），可能是恶意构造的压缩包/);
  });

  it('目录里谎报大小的压缩炸弹：解压时计数，超过上限即停', async () => {
    const bytes = await zip({ 'xl/workbook.xml': WORKBOOK, 'xl/styles.xml': new Uint8Array(2 * 1024 * 1024) });
    lieAboutSize(bytes, 'xl/styles.xml', 100);
    expect(messages(await guardWorkbook(bytes, 'a.xlsx', limits))[0]).toMatch(/^S06 a\.xlsx：文件解压后过大/);
  });

  it('条目过多（上万个）：不是正常的 .xlsx', async () => {
    const entries = Array.from({ length: 10_001 }, (_, i) => ({ name: `xl/${i}.xml`, data: new Uint8Array() }));
    const bytes = writeZip([{ name: 'xl/workbook.xml', data: new TextEncoder().encode(WORKBOOK) }, ...entries], new Date(Date.UTC(2024, 0, 1)));
    expect(messages(await guardWorkbook(bytes, 'a.xlsx', limits))).toEqual(['S06 a.xlsx：不是正常的 .xlsx 文件：压缩包内有 10002 个条目（上限为 10000 个）']);
  });

  it('单个部件压缩比异常（上千倍）：按压缩炸弹拒绝', async () => {
    const bytes = await zip({ 'xl/workbook.xml': WORKBOOK, 'xl/big.bin': new Uint8Array(900 * 1024 + 200 * 1024) });
    expect(messages(await guardWorkbook(bytes, 'a.xlsx', { ...limits, maxUnzippedBytes: 4 * 1024 * 1024 }))).toEqual([
      'S06 a.xlsx：文件解压后过大（“xl/big.bin”的压缩比超过 200 倍），可能是恶意构造的压缩包：请检查文件来源，或删除多余的工作表和空行后另存',
    ]);
  });

  it('压缩包内部损坏：指出损坏的部件', async () => {
    const digits = Array.from({ length: 2000 }, (_, i) => (i * 7919) % 10007).join(',');
    const bytes = await zip({ 'xl/workbook.xml': `<workbook>${digits}</workbook>` });
    bytes.fill(0xff, 100, 120); // inside the deflated data (after the xl/ folder entry and the local header: byte 78)
    expect(messages(await guardWorkbook(bytes, 'a.xlsx', limits))).toEqual([
      'S06 a.xlsx：不是有效的 .xlsx 文件（压缩包已损坏：“xl/workbook.xml”无法解压）：请在 Excel 或 WPS 中重新另存',
    ]);
  });

  it('外部链接（xl/externalLinks/）报错', async () => {
    const bytes = await zip({ 'xl/workbook.xml': WORKBOOK, 'xl/externalLinks/externalLink1.xml': '<externalLink/>' });
    expect(messages(await guardWorkbook(bytes, 'a.xlsx', limits))[0]).toMatch(/^S06 a\.xlsx：工作簿含有指向其他文件的外部链接/);
  });

  it('压缩包里没有工作簿', async () => {
    const bytes = await zip({ 'word/document.xml': '<w:document/>' });
    expect(messages(await guardWorkbook(bytes, 'a.docx.xlsx', limits))[0]).toMatch(/缺少工作簿内容（xl\/workbook\.xml）/);
  });

  it('行数超过上限：指出工作表和第一行超限的位置', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('支出明细');
    for (let r = 1; r <= 12; r++) ws.getCell(r, 1).value = r;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(messages(await guardWorkbook(bytes, 'a.xlsx', limits))).toEqual([
      'S06 支出明细!A11：工作表有 12 行，超过上限 10 行：请删除多余的行（包括只有格式的空行）',
    ]);
  });

  it('读出数据工作表的单元格（数据验证不影响读取）；不是填报表的工作表为空', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('单位');
    ws.getCell('A1').value = '单位代码';
    ws.getCell('A2').dataValidation = { type: 'list', formulae: ['"行政,事业"'], allowBlank: true };
    wb.addWorksheet('其他').getCell('A1').value = '不读';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = await guardWorkbook(bytes, 'a.xlsx', limits);
    if (!result.ok) throw new Error('expected ok');
    expect(result.workbook.getWorksheet('单位')?.getCell('A1').value).toBe('单位代码');
    expect(result.workbook.getWorksheet('单位')?.rowCount).toBe(1);
    expect(result.workbook.getWorksheet('其他')?.rowCount).toBe(0);
  });
});

/** Rewrites one entry's uncompressed size in its local header and the central directory (a hostile, lying zip). */
function lieAboutSize(bytes: Uint8Array, name: string, size: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoded = new TextEncoder().encode(name);
  const named = (at: number, length: number) => length === encoded.length && encoded.every((b, k) => bytes[at + k] === b);
  for (let i = 0; i + 46 < bytes.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && named(i + 30, view.getUint16(i + 26, true))) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50 && named(i + 46, view.getUint16(i + 28, true))) view.setUint32(i + 24, size, true);
  }
}
