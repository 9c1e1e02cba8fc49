import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

/**
 * exceljs's Workbook class on its own. `import ExcelJS from 'exceljs'` also loads the streaming reader and
 * writer (unzipper and friends), about 90 ms of every cold start that yusuan never uses (bench/RESULTS.md).
 */
export const Workbook: typeof ExcelJS.Workbook = createRequire(import.meta.url)('exceljs/lib/doc/workbook.js');
