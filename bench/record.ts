import type { Summary } from './stats.js';

/** One measured case: wall times (ms) and peak RSS (MB) of every run. */
export interface CaseRecord {
  id: string;
  label: string;
  /** How it was run: `in process (API generate)`, `cold process`, … */
  how: string;
  ms: Summary;
  rssMb?: Summary;
  /** User plus system CPU seconds of a cold process (all its threads and children), where GNU time measured them. */
  cpuS?: Summary;
  /** CPU milliseconds of an in-process case's process (all its threads) during each timed call. */
  cpuMs?: Summary;
  /** Line items in the input, for time per item. */
  lineItems?: number;
  /** Rows of the document's tables (header rows included), for time per row. */
  tableRows?: number;
  /** Documents one run produced, for a per-document figure (the PDF batch). */
  units?: number;
  note?: string;
}

/** A ratio of two cases' medians, both measured interleaved in the same run. */
export interface RatioRecord {
  label: string;
  numerator: string;
  denominator: string;
  value: number;
}

/** A goal from issue 16, as measured: met, not met, or not measured in this run (and why). */
export interface GoalRecord {
  goal: string;
  measured: string;
  status: 'met' | 'not met' | 'not measured';
}

/** Everything a run produced; bench/results.json is this, and bench/RESULTS.md is rendered from it. */
export interface Results {
  command: string;
  date: string;
  mode: 'quick' | 'full';
  elapsedSeconds: number;
  git: { commit: string; uncommittedFiles: string[] };
  machine: { cpuModel: string; cpus: number; node: string; platform: string; totalMemGiB: number; loadAvgStart: number[]; loadAvgEnd: number[]; rssFrom: string };
  build: string;
  cases: CaseRecord[];
  ratios: RatioRecord[];
  goals: GoalRecord[];
  skipped: string[];
}
