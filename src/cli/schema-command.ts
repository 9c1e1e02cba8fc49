import * as z from 'zod';
import { budgetInputSchema } from '../model/schema.js';

/** The JSON Schema of the input, made from the same zod schema that parses it. */
export function inputJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(budgetInputSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://yusuan.invalid/budget-input.schema.json' };
}

export function inputJsonSchemaText(): string {
  return `${JSON.stringify(inputJsonSchema(), null, 2)}\n`;
}
