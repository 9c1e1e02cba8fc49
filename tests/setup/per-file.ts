import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { closeOffice } from '../../src/render/pdf.js';

// Each test file gets a temp folder of its own, removed when the file is done: the folders its tests make (profiles,
// workbooks, outputs) and the programs they start (yusuan, LibreOffice) go there and never pile up in the system's.
const own = mkdtempSync(join(tmpdir(), 'yusuan-test-'));
for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = own;

afterAll(() => {
  // A test file that converted a PDF leaves its LibreOffice running for the next document (src/render/pdf.ts,
  // Office); a test worker ends without the CLI's exit cleanup, so each file stops its own.
  closeOffice();
  rmSync(own, { recursive: true, force: true });
});
