export type ComparisonChoice = { from: number; to: number };

type SearchParams = Record<string, string | string[] | undefined>;

function revisionParam(value: string | string[] | undefined, existing: readonly number[]): number | undefined {
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return undefined;
  const number = Number(value);
  return existing.includes(number) ? number : undefined;
}

/**
 * The two revisions to compare, from the address (?from=&to=): any two that exist, in either order.
 * By default the previous revision against the latest; nothing while there is only one. `numbers`
 * are newest first, as the history lists them.
 */
export function chooseComparison(numbers: readonly number[], searchParams: SearchParams): ComparisonChoice | null {
  const [latest, previous] = numbers;
  if (latest === undefined || previous === undefined) return null;
  return {
    from: revisionParam(searchParams.from, numbers) ?? previous,
    to: revisionParam(searchParams.to, numbers) ?? latest,
  };
}
