export const MAX_QUERY_LENGTH = 200;

// Reading further than this is pointless (only MAX_QUERY_LENGTH characters are used) and would let a
// huge query cost Unicode normalisation time.
const READ_LIMIT = MAX_QUERY_LENGTH * 4;

// Control characters (NUL included: PostgreSQL text cannot hold it) and unpaired surrogates
// (not encodable as UTF-8) become spaces.
const UNUSABLE = /[\p{Cc}\p{Cs}]/gu;
const SEARCHABLE = /[\p{L}\p{N}]/u;

export type NormalizedQuery = {
  /** What is searched for: at most MAX_QUERY_LENGTH characters, whitespace collapsed. */
  text: string;
  /** The reader's query was longer and has been cut. */
  truncated: boolean;
  /** It contains a letter or digit; a query of symbols alone cannot match anything. */
  hasTerms: boolean;
};

/**
 * Cleans a reader's query before it reaches the database: NFKC (full-width letters and digits
 * become ordinary ones, as in the index), no control characters, single spaces, and at most
 * MAX_QUERY_LENGTH characters, counted in code points so no character is cut in half.
 */
export function normalizeQuery(raw: string): NormalizedQuery {
  const cleaned = raw
    .slice(0, READ_LIMIT)
    .normalize('NFKC')
    .replace(UNUSABLE, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const characters = Array.from(cleaned);
  const truncated = characters.length > MAX_QUERY_LENGTH || /\S/u.test(raw.slice(READ_LIMIT));
  const text = truncated ? cut(characters) : cleaned;
  return { text, truncated, hasTerms: SEARCHABLE.test(text) };
}

// A word cut in half would have to match too (the words of a query are all required), so a cut
// inside a word goes back to the space before it, when there is one.
function cut(characters: string[]): string {
  const kept = characters.slice(0, MAX_QUERY_LENGTH).join('');
  const next = characters[MAX_QUERY_LENGTH];
  const lastSpace = kept.lastIndexOf(' ');
  if (next === undefined || next === ' ' || lastSpace <= 0) return kept.trimEnd();
  return kept.slice(0, lastSpace);
}
