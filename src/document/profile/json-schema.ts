import * as z from 'zod';
import { TABLE_SPECS } from '../tables/index.js';
import { glossaryFileSchema, profileFileSchema } from './schema.js';
import { tableAddSchema, tableEntrySchema, tableSetSchema } from './tables-schema.js';

/** The JSON Schemas published beside the shipped profiles (templates/*.schema.json), made from the zod schemas that load them. */
export const PROFILE_JSON_SCHEMAS: Readonly<Record<string, { schema: z.ZodType; title: string }>> = {
  'profile.schema.json': { schema: profileFileSchema, title: 'yusuan 模板 profile.json' },
  'tables.schema.json': { schema: tableSetSchema, title: 'yusuan 模板 tables.json（表格清单或表格补丁）' },
  'glossary.schema.json': { schema: glossaryFileSchema, title: 'yusuan 模板 glossary.json（名词解释）' },
};

/** The text of one published schema file, as committed under templates/. */
export function profileJsonSchemaText(name: string): string {
  const entry = PROFILE_JSON_SCHEMAS[name];
  if (!entry) throw new RangeError(`unknown profile schema ${name}`);
  const schema = z.toJSONSchema(entry.schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === tableEntrySchema || ctx.zodSchema === tableAddSchema) ctx.jsonSchema.allOf = optionsBySpec();
    },
  });
  const defs = name === 'glossary.schema.json' ? {} : { $defs: { ...schema.$defs, ...tableOptionDefs() } };
  return `${JSON.stringify({ ...schema, ...defs, $id: `https://yusuan.invalid/${name}`, title: entry.title }, null, 2)}\n`;
}

const withOptions = () => [...TABLE_SPECS.values()].flatMap((spec) => (spec.optionsSchema ? [{ key: spec.key, schema: spec.optionsSchema }] : []));

/** `if spec = X then options follow X's optionsSchema`, for each table spec that declares one (editors then complete table options). */
function optionsBySpec(): Record<string, unknown>[] {
  return withOptions().map(({ key }) => ({
    if: { properties: { spec: { const: key } }, required: ['spec'] },
    then: { properties: { options: { $ref: `#/$defs/options-${key}` } } },
  }));
}

/** Each spec's option schema once, under `$defs/options-<spec>`. */
function tableOptionDefs(): Record<string, unknown> {
  return Object.fromEntries(
    withOptions().map(({ key, schema }) => {
      const { $schema: _drop, ...options } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
      return [`options-${key}`, options];
    }),
  );
}
