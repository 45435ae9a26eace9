/**
 * A submitted form as a plain object for the zod schema that validates it: one string per field, and
 * every value of the fields named in `lists` (checkbox groups). Files are not form fields here.
 */
export function formFields(formData: FormData, lists: readonly string[] = []): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key).filter((value): value is string => typeof value === 'string');
    if (lists.includes(key)) fields[key] = values;
    else if (values[0] !== undefined) fields[key] = values[0];
  }
  for (const key of lists) fields[key] ??= [];
  return fields;
}
