import { mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice, PdfToolError } from './pdf.js';

describe('findSoffice：找 LibreOffice', () => {
  it('找不到时给出中文说明，指向 scripts/install-pdf-tools.sh', async () => {
    const error = await findSoffice({ PATH: '/nonexistent' }, []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfToolError);
    expect(String(error)).toMatch(/生成 PDF 需要 LibreOffice（soffice）/);
    expect(String(error)).toMatch(/scripts\/install-pdf-tools\.sh/);
  });

  it('YUSUAN_SOFFICE 优先，其次是 PATH 上的 soffice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'yusuan-soffice-'));
    try {
      const fake = join(dir, 'soffice');
      await writeFile(fake, '#!/bin/sh\n');
      await chmod(fake, 0o755);
      expect(await findSoffice({ PATH: dir }, [])).toBe(fake);
      expect(await findSoffice({ PATH: '/nonexistent', YUSUAN_SOFFICE: fake }, [])).toBe(fake);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('Windows：在 PATH（以 ; 分隔）和 Program Files 中找 soffice.exe', () => {
  it('候选次序：YUSUAN_SOFFICE、PATH 上的 soffice.exe/soffice.com、Program Files 与 Program Files (x86) 下的 LibreOffice', async () => {
    const { sofficeCandidates } = await import('./pdf.js');
    const env = { PATH: 'C:\\Windows\\system32;"C:\\Tools\\LibreOffice\\program"', ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
    expect(sofficeCandidates(env, 'win32')).toEqual([
      'C:\\Windows\\system32\\soffice.exe',
      'C:\\Windows\\system32\\soffice.com',
      'C:\\Tools\\LibreOffice\\program\\soffice.exe',
      'C:\\Tools\\LibreOffice\\program\\soffice.com',
      'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
      'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
    ]);
    expect(sofficeCandidates({ ...env, YUSUAN_SOFFICE: 'D:\\LO\\soffice.exe' }, 'win32')[0]).toBe('D:\\LO\\soffice.exe');
  });

  it('Linux/macOS：PATH 以 : 分隔，soffice 与 libreoffice', async () => {
    const { sofficeCandidates } = await import('./pdf.js');
    expect(sofficeCandidates({ PATH: '/usr/bin:/opt/bin' }, 'linux', [])).toEqual(['/usr/bin/soffice', '/usr/bin/libreoffice', '/opt/bin/soffice', '/opt/bin/libreoffice']);
  });
});
