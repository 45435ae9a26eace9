// One language's material for generated forum reports. Lists are parallel across languages:
// topics[3] is the same topic in every locale, so the translations of one announcement agree.
// Templates take {topic}, {city}, {country}, {partner}, {number}, {count}, {date} and {year}.
export type Vocabulary = {
  topics: readonly string[];
  cities: readonly string[];
  countries: readonly string[];
  months: readonly string[];
  date(day: number, month: string, year: number): string;
  titles: readonly string[];
  summaries: readonly string[];
  sentences: readonly string[];
};
