import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { isProfilePath, loadProfile, problemText, ProfileError, profileIds } from '../document/profile.js';
import { TEMPLATES_DIR } from '../model/paths.js';
import type { CliValues } from './execute.js';
import { EXIT, UsageError, type Io } from './io.js';
import { firstSentence, formatProfile, profileData } from './profile-show.js';

const USAGE = 'yusuan profile list | show <模板 id 或目录> [--json] | new <目录> --extends <模板 id 或目录>';

/** `yusuan profile list|show|new` (docs/profiles.md): the shipped profiles, a resolved profile, a new user profile. */
export async function profileCommand(args: readonly string[], values: CliValues, io: Io): Promise<number> {
  const [sub, target, ...extra] = args;
  if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}（用法：${USAGE}）`);
  try {
    switch (sub) {
      case 'list':
        return listProfiles(io);
      case 'show':
        if (!target) throw new UsageError(`请指定模板，例如：yusuan profile show luoyang-2024（用法：${USAGE}）`);
        return showProfile(target, values.json ?? false, io);
      case 'new':
        if (!target) throw new UsageError(`请指定新模板的目录，例如：yusuan profile new 我的模板 --extends luoyang-2024`);
        return await newProfile(target, values, io);
      default:
        throw new UsageError(`未知的 profile 子命令“${sub ?? ''}”（用法：${USAGE}）`);
    }
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    io.stderr(`${error.problems.map(problemText).join('\n')}\n`);
    return EXIT.inputErrors;
  }
}

function listProfiles(io: Io): number {
  const ids = profileIds([TEMPLATES_DIR]);
  const width = Math.max(...ids.map((id) => id.length));
  for (const id of ids) {
    const profile = loadProfile(id);
    io.stdout(`${id.padEnd(width)}  ${profile.edition.padEnd(5)}  ${firstSentence(profile.description)}\n`);
  }
  return EXIT.ok;
}

function showProfile(ref: string, json: boolean, io: Io): number {
  const profile = loadProfile(ref, [TEMPLATES_DIR], io.cwd);
  io.stdout(json ? `${JSON.stringify(profileData(profile), null, 2)}\n` : formatProfile(profile));
  return EXIT.ok;
}

async function newProfile(target: string, values: CliValues, io: Io): Promise<number> {
  const parent = values.extends;
  if (!parent) throw new UsageError('请用 --extends 指定要继承的模板，例如：--extends luoyang-2024（yusuan profile list 列出随附的模板）');
  const dir = resolve(io.cwd, target);
  if (existsSync(join(dir, 'profile.json')) && !values.force) throw new UsageError(`${join(target, 'profile.json')} 已存在（确需覆盖请加 --force）`);
  const base = loadProfile(parent, [TEMPLATES_DIR], io.cwd);
  const extendsRef = isProfilePath(parent) ? relativeRef(dir, resolve(io.cwd, parent)) : parent;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'profile.json'), newProfileText(basename(dir), extendsRef, relativeRef(dir, join(TEMPLATES_DIR, 'profile.schema.json'))));
  loadProfile(dir, [TEMPLATES_DIR]);
  const ref = isProfilePath(target) ? target : `./${target}`;
  io.stdout(
    `已创建 ${join(target, 'profile.json')}（继承 ${base.id}，尚无改动）。\n` +
      `文件中的 "//" 说明了在哪里改什么；查看合并后的模板：yusuan profile show ${ref}\n` +
      `使用：yusuan generate 填报.xlsx --profile ${ref}\n`,
  );
  return EXIT.ok;
}

/** A path from `dir` to `target` as a profile file writes it: forward slashes, starting with `.`. */
function relativeRef(dir: string, target: string): string {
  const rel = relative(dir, target).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** A minimal profile.json that changes nothing yet, with `//` lines saying where to change what. */
export function newProfileText(id: string, parent: string, schema: string): string {
  const file = {
    $schema: schema,
    '//': [
      `本模板继承 ${parent}，只写与它不同之处；完整说明见 yusuan 的 docs/profiles.md。`,
      'options：逐项改选项，例如 "zeroStyle": "0.00"、"percentDecimals": 0。',
      `texts：逐条改文字，例如 "heading.explanation.9": "九、…"；现有文字和键名：yusuan profile show ${parent}。`,
      'tables：按表格键改表格，例如 { "drop": ["project-performance"], "numbering": { "prefix": "预算" } }；还可用 set、add、order（也可写在 tables.json）。',
      'outline：改说明结构，例如 { "drop": ["explanation.9"] }；新增的节用 add，标题写在 texts 的 heading.<节 id>。',
      '正文：在本目录放 narrative/<模板名>.hbs 即替换该节正文，例如 narrative/explanation-10-5.hbs。',
      'glossaryOverrides：按术语替换名词解释，例如 { "事业收入": "是指……" }。',
      '使用：yusuan generate 填报.xlsx --profile <本目录>；或在填报数据中写 "profile": "<本目录相对填报文件的路径>"。',
    ],
    id,
    extends: parent,
    description: `在 ${parent} 基础上的自定义模板。`,
    options: {},
    texts: {},
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
