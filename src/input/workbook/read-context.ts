import { formatPath, type Diagnostic } from '../../model/diagnostic.js';
import { CellMap } from './cell-map.js';
import type { JsonObject, PlaceSink } from './spec.js';

/** S06: the workbook's structure (sheets, headers, labels, merges, the file itself). */
export const STRUCTURE_RULE = 'S06';
/** S08: one cell's value cannot be read as what its column holds. */
export const CELL_RULE = 'S08';

/** Everything the sheet readers share: the data being built, where each value came from, and the findings. */
export class ReadContext {
  readonly data: JsonObject = {};
  readonly cells = new CellMap({ sheet: '基本信息', cell: 'A1' });
  readonly diagnostics: Diagnostic[] = [];
  /** Schema paths whose cell already has an S08/S06 finding: the schema's own complaint there would repeat it. */
  readonly reported = new Set<string>();
  /** A structural problem: the data cannot be trusted enough to validate further. */
  fatal = false;
  private readonly errorCells = new Set<string>();

  constructor(readonly maxText: number) {}

  /** A finding at `sheet!cell`; structural ones may stop validation (`fatal`). */
  report(rule: string, sheet: string, cell: string, message: string, options: { fatal?: boolean; warning?: boolean } = {}): void {
    this.diagnostics.push({ rule, severity: options.warning ? 'warning' : 'error', at: { kind: 'cell', sheet, cell }, message });
    if (!options.warning) this.errorCells.add(`${sheet}!${cell}`);
    if (options.fatal) this.fatal = true;
  }

  /** Marks a cell as already reported without a message of its own (cells covered by a reported merge). */
  covered(sheet: string, cell: string): void {
    this.errorCells.add(`${sheet}!${cell}`);
  }

  /** The sink one sheet's tables place their records through. */
  sink(sheet: string): PlaceSink {
    return {
      at: (path, cell) => this.at(sheet, path, cell),
      anchor: (path, cell) => this.at(sheet, path, cell, true),
      error: (cell, message) => this.report(CELL_RULE, sheet, cell, message),
    };
  }

  /** Records `path` → `sheet!cell`, and whether that cell was already reported (anchors of lists and rows never are). */
  at(sheet: string, path: readonly PropertyKey[], cell: string, anchor = false): void {
    this.cells.at(path, sheet, cell);
    if (!anchor && this.errorCells.has(`${sheet}!${cell}`)) this.reported.add(formatPath(path));
  }
}
