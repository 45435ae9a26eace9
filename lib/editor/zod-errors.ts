import type { z } from 'zod';
import { isEditorErrorCode, type FieldErrors } from './errors';

/** The schema's issues per form field, as error codes (the schemas use codes as their messages). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    const code = isEditorErrorCode(issue.message) ? issue.message : 'invalid';
    const codes = fields[field] ?? [];
    if (!codes.includes(code)) codes.push(code);
    fields[field] = codes;
  }
  return fields;
}
