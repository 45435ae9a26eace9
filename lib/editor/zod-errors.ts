import type { z } from 'zod';
import { isEditorErrorCode, type FieldErrors } from './errors';

function collectErrors(error: z.ZodError, keyOf: (path: PropertyKey[]) => string): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = keyOf(issue.path);
    const code = isEditorErrorCode(issue.message) ? issue.message : 'invalid';
    const codes = fields[field] ?? [];
    if (!codes.includes(code)) codes.push(code);
    fields[field] = codes;
  }
  return fields;
}

/** The schema's issues per form field, as error codes (the schemas use codes as their messages). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return collectErrors(error, (path) => String(path[0] ?? 'form'));
}

/** Like fieldErrorsOf, keyed by the whole path ("groups.0.members.1.slug") for forms with lists. */
export function pathErrorsOf(error: z.ZodError): FieldErrors {
  return collectErrors(error, (path) => (path.length > 0 ? path.map(String).join('.') : 'form'));
}
