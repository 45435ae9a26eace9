import { z } from 'zod';

// Form values arrive as strings; these read them the way HTML forms send them.

/** A checkbox: present ("on", "true") or absent. */
export const checkboxSchema = z.preprocess(
  (value) => value === true || value === 'on' || value === 'true',
  z.boolean(),
);

/** An optional text field: an empty field means "not given". */
export function optionalText<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());
}

/** A list sent as repeated fields (`topicIds=a&topicIds=b`) or, from a script, as an array. */
export function listOf<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(schema));
}

/** Reads FormData into a plain object; repeated names become arrays. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') continue;
    const existing = values[name];
    if (existing === undefined) values[name] = value;
    else values[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}
