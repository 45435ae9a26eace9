/** A page number from an address: "2" → 2; "0", "02", "2.5", "-1", "x" or absurdly large → null. */
export function parsePageNumber(value: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}
