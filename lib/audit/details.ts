// An audit event's details (free-form JSON) as one short line for the log's table.

const MAX_LENGTH = 160;

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${key}: ${valueText(inner)}`)
      .join(', ');
  }
  return String(value);
}

/** `key: value; key: value`, nested objects inline, cut at 160 characters with an ellipsis. */
export function summarizeDetails(details: unknown): string {
  if (details === null || typeof details !== 'object' || Array.isArray(details)) return details == null ? '' : valueText(details);
  const text = Object.entries(details as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${valueText(value)}`)
    .join('; ');
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
