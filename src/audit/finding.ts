import type { Severity } from '../model/diagnostic.js';
import type { Place } from './read-model.js';

/** One finding of the audit, as printed: the rule, where in the document, what is printed there and what it should be. */
export interface AuditFinding {
  rule: string;
  severity: Severity;
  /** Where it is printed (`第3页（第812行）`, `第40段`, `第5个表格第3行第2列`), when the reader knows. */
  place?: Place;
  /** Other places the finding is printed at: the other end of a mismatch, the same slip on another line. */
  related?: Place[];
  /** What the rule names: `预算03 201 03 01 行政运行/基本支出小计`, `explanation.4`. */
  where: string;
  message: string;
  /** The printed cell or sentence. */
  printed?: string;
  expected?: string;
  actual?: string;
}
