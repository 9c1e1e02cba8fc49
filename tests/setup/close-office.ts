import { afterAll } from 'vitest';
import { closeOffice } from '../../src/render/pdf.js';

// A test file that converted a PDF leaves its LibreOffice running for the next document (src/render/pdf.ts, Office);
// a test worker ends without the CLI's exit cleanup, so each file stops its own.
afterAll(() => closeOffice());
