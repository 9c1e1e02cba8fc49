import type { Cell, DataValidation, Worksheet } from 'exceljs';
import { styleInput } from './styles.js';
import type { FieldBase } from './spec.js';

const NUMBER_FORMATS: Record<FieldBase['kind'], string> = {
  money: '#,##0.00',
  count: '0',
  text: '@',
  code: '@',
  enum: '@',
  bool: '@',
  date: '@',
};

const MONEY_HINT = '金额单位：万元，不小于0，最多两位小数';

/** Writes one input cell: the value in the officer's terms and the input style (validation is per range). */
export function writeInputCell(cell: Cell, field: FieldBase, value: unknown): void {
  styleInput(cell, NUMBER_FORMATS[field.kind], field.wrap ?? field.kind === 'text');
  const shown = cellValueOf(field, value);
  if (shown !== undefined) cell.value = shown;
}

/**
 * Adds a field's validation over a whole range (`K2:K452`, or `B5:B5` for one form cell). Never per cell:
 * exceljs merges per-cell rules into ranges in text order (A10 before A2) and writes overlapping ranges.
 */
export function validateRange(ws: Worksheet, range: string, field: FieldBase, maxText: number): void {
  const holder: unknown = Reflect.get(ws, 'dataValidations');
  const add: unknown = typeof holder === 'object' && holder !== null ? Reflect.get(holder, 'add') : undefined;
  if (typeof add !== 'function') throw new Error('exceljs 不再提供 worksheet.dataValidations.add');
  Reflect.apply(add, holder, [range, validationFor(field, maxText)]);
}

/** The JSON value as a cell shows it: money and counts as numbers, booleans as 是/否, choices by label. */
export function cellValueOf(field: FieldBase, value: unknown): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  switch (field.kind) {
    case 'money': {
      const n = Number(value);
      return typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) && Number.isFinite(n) ? n : String(value);
    }
    case 'count':
      return typeof value === 'number' ? value : String(value);
    case 'bool':
      return value === true ? '是' : value === false ? '否' : String(value);
    case 'enum':
      return field.choices?.find((c) => c.value === value)?.label ?? String(value);
    default:
      return String(value);
  }
}

function validationFor(field: FieldBase, maxText: number): DataValidation {
  const prompt = (field.hint ?? (field.kind === 'money' ? MONEY_HINT : '')).slice(0, 250);
  const common = {
    allowBlank: true,
    showInputMessage: prompt !== '',
    showErrorMessage: true,
    ...(prompt ? { prompt, promptTitle: field.label.slice(0, 30) } : {}),
  };
  const list = listFormula(field);
  if (list) {
    const open = field.listOpen ?? false;
    return {
      ...common,
      type: 'list',
      formulae: [list],
      errorStyle: open ? 'warning' : 'stop',
      error: open ? '该值不在列表中；如确需使用，请点“是”并按说明补填名称' : '请从下拉列表中选择',
    };
  }
  if (field.kind === 'money') {
    // A warning, not a stop: a figure the unit publishes blank is typed as “—” (allowed only where the profile says).
    return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], errorStyle: 'warning', error: `请填写数字（${MONEY_HINT}）；不公开的数按模板要求填“—”` };
  }
  if (field.kind === 'count') {
    return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], error: '请填写不小于0的整数' };
  }
  return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [maxText], error: `文字不能超过 ${maxText} 字` };
}

function listFormula(field: FieldBase): string | undefined {
  if (field.list) return field.list;
  if (field.kind === 'bool') return '"是,否"';
  if (field.choices?.length) return `"${field.choices.map((c) => c.label).join(',')}"`;
  return undefined;
}
