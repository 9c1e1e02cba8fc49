import * as z from 'zod';
import { formatPath, type Diagnostic } from '../model/diagnostic.js';
import { budgetInputSchema, type BudgetInput } from '../model/schema.js';
import { TERMS } from '../model/terms.js';
import type { SourceDocument } from './source.js';

z.config(z.locales.zhCN());

/** Field labels for zod's own messages, so the officer reads 金额, never `amount`. */
const LABELS: Record<string, string> = {
  ...TERMS,
  code: '编码',
  name: '名称',
  type: '类型',
  value: TERMS.indicatorValue,
  note: TERMS.indicatorNote,
  general: TERMS.generalVehicles,
  lawEnforcement: TERMS.lawEnforcementVehicles,
  special: TERMS.specialVehicles,
  other: TERMS.otherVehicles,
  threePublic: TERMS.threePublicCosts,
  totalIncome: TERMS.priorIncome,
  totalExpenditure: TERMS.priorExpenditure,
  generalPublic: TERMS.generalPublicBudget,
  govFund: TERMS.governmentFundBudget,
  stateCapital: TERMS.stateCapitalBudget,
  content: TERMS.taskContent,
};

/** Parses source data into a trusted BudgetInput; every schema issue becomes a located diagnostic (rule S01). */
export function parseBudget(source: SourceDocument): { budget?: BudgetInput; diagnostics: Diagnostic[] } {
  const result = budgetInputSchema.safeParse(source.data, { reportInput: true });
  if (result.success) return { budget: result.data, diagnostics: [] };
  const issues = result.error.issues.filter((issue) => !source.reported?.has(formatPath(issue.path)));
  return { diagnostics: issues.map((issue) => issueToDiagnostic(issue, source)) };
}

function issueToDiagnostic(issue: z.core.$ZodIssue, source: SourceDocument): Diagnostic {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join('、');
    return {
      rule: 'S01',
      severity: 'error',
      at: source.locate(path),
      message: `无法识别的字段：${keys}（请检查拼写，或删除该字段）`,
    };
  }
  const key = [...path].reverse().find((k) => typeof k === 'string');
  const label = typeof key === 'string' ? LABELS[key] : undefined;
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && 'input' in issue && issue.input === undefined;
  const message = missing ? `缺少必填项${label ? `“${label}”` : ''}` : withLabel(label, issue.message);
  return { rule: 'S01', severity: 'error', at: source.locate(path), message };
}

function withLabel(label: string | undefined, message: string): string {
  if (!label || message.startsWith(label)) return message;
  return `${label}：${message}`;
}
