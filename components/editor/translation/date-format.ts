import type { DateTimeFormatOptions } from 'next-intl';

/**
 * Dates and times on the server-rendered parts of the editor. The server formats in UTC (the
 * request configuration's zone), so the zone is always written out.
 */
export const editorDateTime: DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};
