import * as z from 'zod';
import type { Project } from '../../model/schema.js';
import type { TableContext } from './spec.js';
import { textOption } from './spec.js';

const MODES = ['name', 'alias', 'both'] as const;

/** The option choosing which name of a project a table prints (a project published under two names). */
export const PROJECT_NAME_OPTION = {
  projectName: z
    .enum(MODES)
    .optional()
    .meta({ description: '项目名称印法：name 项目名称（默认）、alias 项目别名（未填别名时印名称）、both “名称（别名）”' }),
};

/** The project's printed name under option `projectName` (the alias is `projects[].alias`). */
export function projectLabel(ctx: TableContext, project: Project): string {
  const mode = textOption(ctx, 'projectName', 'name');
  if (!MODES.some((m) => m === mode)) throw new Error(`表 ${ctx.entry.id} 的 projectName 选项无效：${mode}（应为 ${MODES.join('/')}）`);
  if (project.alias === undefined || mode === 'name') return project.name;
  return mode === 'alias' ? project.alias : `${project.name}（${project.alias}）`;
}
