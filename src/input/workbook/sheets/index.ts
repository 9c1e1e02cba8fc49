import type { SheetSpec } from '../spec.js';
import { basicInfoSheet } from './basic-info.js';
import { dutiesSheet } from './duties.js';
import { indicatorsSheet } from './indicators.js';
import { lineItemsSheet } from './line-items.js';
import { overallPerformanceSheet } from './overall-performance.js';
import { priorSheet } from './prior.js';
import { procurementAssetsSheet } from './procurement-assets.js';
import { projectsSheet } from './projects.js';
import { reasonsSheet } from './reasons.js';
import { unitsSheet } from './units.js';

/**
 * The data sheets in workbook order (the one place they are listed). Order matters for reading: 单位 before
 * 职责与科室 (科室 attach to units), 项目 before 项目绩效指标 (indicators attach to projects).
 */
export const DATA_SHEETS: readonly SheetSpec[] = [
  basicInfoSheet,
  unitsSheet,
  dutiesSheet,
  lineItemsSheet,
  projectsSheet,
  indicatorsSheet,
  priorSheet,
  reasonsSheet,
  procurementAssetsSheet,
  overallPerformanceSheet,
];
