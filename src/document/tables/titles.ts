import Handlebars from 'handlebars';
import type { DocumentContext } from '../context.js';
import type { ProfileTable } from '../profile.js';
import { fillPlainSlots, plainSlots, type PlainSlots } from '../plain-slots.js';

/** The names a table title, 目录 entry or 备注 may use (spec §0 slots). */
export interface TableTextContext {
  year: number;
  priorYear: number;
  scopeWord: string;
  fullName: string;
  shortName: string;
  tableName: string;
  nameLabel: string;
  level: string;
  /** The table's 目录 title (`一般公共预算“三公”经费预算表`), for a style-wide empty-table note. */
  tableTitle?: string;
}

const compiled = new Map<string, PlainSlots | HandlebarsTemplateDelegate<TableTextContext>>();

/** The names of TableTextContext: a plain slot template renders without handlebars only over these. */
const CONTEXT_NAMES: ReadonlySet<string> = new Set(['year', 'priorYear', 'scopeWord', 'fullName', 'shortName', 'tableName', 'nameLabel', 'level', 'tableTitle']);

/** Renders a profile's table text (title, subtitle, 备注) over the table context (plus `extra`); a missing slot throws. */
export function renderTableText(template: string, ctx: DocumentContext, extra: Partial<TableTextContext> = {}): string {
  let fn = compiled.get(template);
  if (!fn) {
    fn = plainSlots(template, CONTEXT_NAMES) ?? handlebars(template);
    compiled.set(template, fn);
  }
  const context = { ...textContext(ctx), ...extra };
  if (typeof fn === 'function') return fn(context);
  return fillPlainSlots(fn, context) ?? handlebars(template)(context);
}

function handlebars(template: string): HandlebarsTemplateDelegate<TableTextContext> {
  return Handlebars.compile<TableTextContext>(template, { strict: true, noEscape: true });
}

function textContext(ctx: DocumentContext): TableTextContext {
  return {
    year: ctx.year,
    priorYear: ctx.priorYear,
    scopeWord: ctx.scopeWord,
    fullName: ctx.fullName,
    shortName: ctx.shortName,
    tableName: ctx.tableName,
    nameLabel: ctx.nameLabel,
    level: ctx.level,
  };
}

/**
 * The 目录 line of a table (spec §1.2): the entry's tocTitle, else its title without the leading
 * `{Y}年` / `{Y}年度`, so the 目录 and the table page come from one declaration.
 */
export function tableTocTitle(entry: ProfileTable, ctx: DocumentContext): string {
  if (entry.tocTitle !== undefined) return renderTableText(entry.tocTitle, ctx);
  const title = renderTableText(entry.title, ctx);
  for (const prefix of [`${ctx.year}年度`, `${ctx.year}年`]) if (title.startsWith(prefix)) return title.slice(prefix.length);
  return title;
}
