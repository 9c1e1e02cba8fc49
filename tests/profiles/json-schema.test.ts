import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { PROFILE_JSON_SCHEMAS, profileJsonSchemaText } from '../../src/document/profile/json-schema.js';
import { TEMPLATES_DIR } from '../../src/model/paths.js';

const SHIPPED = ['luoyang-2022', 'luoyang-2023', 'luoyang-2024'];
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('模板的 JSON Schema（templates/*.schema.json）', () => {
  it.each(Object.keys(PROFILE_JSON_SCHEMAS))('%s 与 zod schema 一致（UPDATE_GOLDEN=1 重新生成）', (name) => {
    const path = join(TEMPLATES_DIR, name);
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, profileJsonSchemaText(name));
    expect(readFileSync(path, 'utf8')).toBe(profileJsonSchemaText(name));
  });

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const compiled = new Map(Object.keys(PROFILE_JSON_SCHEMAS).map((name) => [name, ajv.compile(JSON.parse(profileJsonSchemaText(name)) as object)]));
  const validate = (name: string) => compiled.get(name) ?? expect.unreachable(name);

  it.each(SHIPPED)('随附模板 %s 的每个文件都通过 JSON Schema 校验，并用 $schema 指向它', (id) => {
    const files: [string, string][] = [
      ['profile.json', 'profile.schema.json'],
      ['tables.json', 'tables.schema.json'],
      ['glossary.json', 'glossary.schema.json'],
    ];
    for (const [file, schema] of files) {
      let data: unknown;
      try {
        data = read(join(TEMPLATES_DIR, id, file));
      } catch {
        continue;
      }
      const check = validate(schema);
      expect(check(data), `${id}/${file}: ${JSON.stringify(check.errors)}`).toBe(true);
      expect(data).toMatchObject({ $schema: `../${schema}` });
    }
  });

  it('编辑器能发现拼错的选项', () => {
    const check = validate('profile.schema.json');
    expect(check({ options: { percentDecimal: 2 } })).toBe(false);
    expect(check.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toContain('/options additionalProperties');
  });
});
