/**
 * The Date to store in a @db.Date column for a calendar day ("2024-09-09"): its UTC midnight stores
 * exactly that day, whatever the server's time zone.
 */
export function calendarDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}
