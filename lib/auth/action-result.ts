import type { z } from 'zod';

/**
 * Why a form was refused as a whole. The codes are message keys (EditorShell.formErrors), so a server
 * action never picks the words: the form translates them in the editor's language.
 */
export const formErrorCodes = [
  'signedOut',
  'forbidden',
  'notFound',
  'wrongCredentials',
  'throttled',
  'accountDisabled',
  'lastAdmin',
  'ownPasswordReset',
  'unexpected',
] as const;
export type FormErrorCode = (typeof formErrorCodes)[number];

/** What is wrong with one field; the zod schemas use these codes as their messages. */
export const fieldErrorCodes = [
  'required',
  'invalid',
  'invalidEmail',
  'tooLong',
  'passwordTooShort',
  'passwordsDiffer',
  'samePassword',
  'wrongPassword',
  'localesRequired',
  'emailTaken',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export type FieldErrors<Field extends string = string> = Partial<Record<Field, FieldErrorCode[]>>;

export type ActionFailure<Field extends string = string> = {
  ok: false;
  formError?: FormErrorCode;
  fieldErrors?: FieldErrors<Field>;
  /** For 'throttled': whole minutes until the next attempt is accepted. */
  retryAfterMinutes?: number;
  /** What was typed into fields that are not secret, so the form shows it again (also without JavaScript). */
  values?: Partial<Record<Field, string | string[]>>;
};

/** What every editor server action returns; `Success` carries what the page shows afterwards. */
export type ActionResult<Field extends string = string, Success extends object = object> =
  | ({ ok: true } & Success)
  | ActionFailure<Field>;

function isFieldErrorCode(message: string): message is FieldErrorCode {
  return (fieldErrorCodes as readonly string[]).includes(message);
}

/**
 * The field errors of a failed parse, keyed by the top-level field. zod's own messages (a value of the
 * wrong type, which only a hand-made request sends) become 'invalid'.
 */
export function fieldErrorsOf<Field extends string>(error: z.ZodError): FieldErrors<Field> {
  const errors: Partial<Record<string, FieldErrorCode[]>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    const code = isFieldErrorCode(issue.message) ? issue.message : 'invalid';
    const list = (errors[field] ??= []);
    if (!list.includes(code)) list.push(code);
  }
  return errors as FieldErrors<Field>;
}

export function invalidFields<Field extends string>(error: z.ZodError): ActionFailure<Field> {
  return { ok: false, fieldErrors: fieldErrorsOf<Field>(error) };
}

/** The failure with the submitted values of `keys` (never passwords) to fill the form again. */
export function withValues<Field extends string, Result extends { ok: boolean }>(
  result: Result,
  fields: Record<string, string | string[]>,
  keys: readonly Field[],
): Result | (Result & { values: Partial<Record<Field, string | string[]>> }) {
  if (result.ok) return result;
  const values: Partial<Record<Field, string | string[]>> = {};
  for (const key of keys) if (fields[key] !== undefined) values[key] = fields[key];
  return { ...result, values };
}
