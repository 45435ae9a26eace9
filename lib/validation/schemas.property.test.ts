import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as apiSchemas from '../api/schema';
import * as auditSchemas from '../audit/schema';
import * as authSchemas from '../auth/schema';
import * as editorSchemas from '../editor/schema';
import * as importSchemas from '../import/schema';
import * as mediaSchemas from '../media/schema';
import * as searchSchemas from '../search/schema';
import * as trashSchemas from '../trash/schema';
import * as userSchemas from '../users/schema';
import { hostileRecord, hostileValue } from '../testing/hostile-values';

// Every schema a form, an action or the API parses input with: whatever arrives, parsing answers
// with a result (never throws), and a refusal names at least one problem with a message.
const modules = { apiSchemas, auditSchemas, authSchemas, editorSchemas, importSchemas, mediaSchemas, searchSchemas, trashSchemas, userSchemas };
const schemas = Object.entries(modules).flatMap(([moduleName, module]) =>
  Object.entries(module)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${moduleName}.${name}`, schema })),
);

function keysOf(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function expectAnswer(schema: z.ZodType, input: unknown): void {
  const result = schema.safeParse(input);
  if (!result.success) {
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(0);
  }
}

describe('every input schema under hostile input', () => {
  it('finds the schemas', () => {
    expect(schemas.length).toBeGreaterThan(15);
  });

  it.each(schemas)('$name answers any value with a result', ({ schema }) => {
    fc.assert(fc.property(hostileValue, (input) => expectAnswer(schema, input)), { numRuns: 150 });
  });

  it.each(schemas)('$name answers hostile values in each of its fields', ({ schema }) => {
    fc.assert(fc.property(hostileRecord(keysOf(schema)), (input) => expectAnswer(schema, input)), { numRuns: 150 });
  });
});
