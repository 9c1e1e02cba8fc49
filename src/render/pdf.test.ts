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
