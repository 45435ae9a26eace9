import type { Vocabulary } from './types';

export const en: Vocabulary = {
  topics: [
    'migration management', 'border security', 'labour migration', 'readmission agreements',
    'human trafficking prevention', 'refugee protection', 'visa policy', 'biometric passports',
    'regional cooperation', 'integration of migrants', 'irregular migration', 'information exchange',
  ],
  cities: ['Moscow', 'Beijing', 'Paris', 'Berlin', 'Madrid', 'Cairo', 'Astana', 'Tashkent', 'Minsk', 'Baku', 'Geneva', 'Vienna'],
  countries: [
    'Russia', 'China', 'France', 'Germany', 'Spain', 'Egypt', 'Kazakhstan', 'Uzbekistan', 'Belarus', 'Azerbaijan',
    'Kyrgyzstan', 'Tajikistan',
  ],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  date: (day, month, year) => `${day} ${month} ${year}`,
  titles: [
    'Forum session on {topic} opens in {city}',
    '{country} and {partner} sign a joint statement on {topic}',
    'Experts in {city} review progress on {topic}',
    'Working group on {topic} meets for the {number}th time',
  ],
  summaries: [
    'Delegations from {country} and {partner} met in {city} on {date} to discuss {topic}.',
    'The {year} session in {city} brought together {number} participants working on {topic}.',
    'On {date} the forum published its findings on {topic}, based on {count} reviewed cases.',
  ],
  sentences: [
    'The delegation of {country} presented a national report covering the past {number} months.',
    'Participants agreed to hold the next meeting in {city} before the end of {year}.',
    'The secretariat registered {count} applications during the reporting period.',
    'Speakers stressed that practical training for officers remains a priority.',
    'A memorandum of understanding between {country} and {partner} was signed on {date}.',
    'The workshop examined new digital tools for checking travel documents.',
    'Representatives of international organisations took part as observers.',
    'The ministers welcomed the joint action plan adopted in {city}.',
    'Statistics for {year} show an increase of {number} percent compared with the previous year.',
    'The experts recommended simpler procedures for family reunification.',
    'Local authorities in {city} shared their experience with reception centres.',
    'The final communiqué calls for closer contacts between consular services.',
    'A pilot project involving {number} regional offices will start on {date}.',
    'The parties discussed funding for the regional training centre in {city}.',
  ],
};
