import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTION_NAMES } from '../../src/document/profile/options-schema.js';
import { keysOf } from '../../src/document/profile/issues.js';
import { profileFileSchema } from '../../src/document/profile/schema.js';
import { tableSetObjectSchema } from '../../src/document/profile/tables-schema.js';
import { outlineSchema } from '../../src/document/profile/outline-schema.js';
import { TABLE_SPECS } from '../../src/document/tables/index.js';
import { PACKAGE_ROOT } from '../../src/model/paths.js';

const DOC = readFileSync(join(PACKAGE_ROOT, 'docs', 'profiles.md'), 'utf8');
const documented = (name: string) => DOC.includes(`\`${name}\``);

describe('docs/profiles.md 说明了每个键和每个选项', () => {
  it('profile.json 的每个键、表格补丁和说明结构补丁的每个键', () => {
    const keys = [...keysOf(profileFileSchema), ...keysOf(tableSetObjectSchema), ...keysOf(outlineSchema)];
    expect(keys.filter((k) => !documented(k))).toEqual([]);
  });

  it('每个模板选项（核心选项和 house style 选项）', () => {
    expect(OPTION_NAMES.filter((k) => !documented(k))).toEqual([]);
  });

  it('表格库中的每种表格类型及其每个选项', () => {
    const missing = [...TABLE_SPECS.values()].flatMap((spec) => [spec.key, ...keysOf(spec.optionsSchema)].filter((k) => !documented(k)).map((k) => `${spec.key}: ${k}`));
    expect(missing).toEqual([]);
  });
});
