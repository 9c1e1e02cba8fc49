import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { inputJsonSchema, inputJsonSchemaText } from './schema-command.js';
import { PACKAGE_ROOT } from '../model/paths.js';

const EXAMPLES = ['000-luoyang-2022', '004-xigong-2023', '002-chengxiang-2024'];
const read = (path: string): unknown => JSON.parse(readFileSync(join(PACKAGE_ROOT, path), 'utf8'));

describe('yusuan schema', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(inputJsonSchema());

  it.each(EXAMPLES)('validates example %s, which refers to it with $schema', (name) => {
    const input = read(`examples/${name}/input.json`) as Record<string, unknown>;
    expect(input.$schema).toBe('../budget-input.schema.json');
    expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects an amount with three decimals and a missing field', () => {
    const input = structuredClone(read('examples/002-chengxiang-2024/input.json')) as { lineItems: { amount: string }[]; scope?: string };
    (input.lineItems[0] as { amount: string }).amount = '1.234';
    delete input.scope;
    expect(validate(input)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(paths).toContain('/lineItems/0/amount pattern');
    expect(paths).toContain(' required');
  });

  it('is the committed examples/budget-input.schema.json (regenerate with `yusuan schema`)', () => {
    expect(readFileSync(join(PACKAGE_ROOT, 'examples/budget-input.schema.json'), 'utf8')).toBe(inputJsonSchemaText());
  });
});
