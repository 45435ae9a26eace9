import type { Locale } from '../../lib/i18n/locales';
import { loadDemoContent } from '../../prisma/seed/load-content';

// The seeded demo, by role: the 2024 report (en source, ru), the 2024 chair's statement (zh only)
// and the 2025 report (fr source, de). No announcement has an es or ar translation.
const content = loadDemoContent();

function announcementWithSource(locale: Locale) {
  const announcement = content.announcements.find((candidate) => candidate.sourceLocale === locale);
  if (!announcement) throw new Error(`The demo has no announcement with source ${locale}`);
  const translation = (of: Locale) => {
    const found = announcement.translations.find((candidate) => candidate.locale === of);
    if (!found) throw new Error(`The demo announcement ${announcement.folder} has no ${of} translation`);
    return found;
  };
  return { event: announcement.event, topics: announcement.topics, translation };
}

export const report2024 = announcementWithSource('en');
export const chairStatement = announcementWithSource('zh');
export const report2025 = announcementWithSource('fr');

export function demoEvent(slug: string) {
  const event = content.events.find((candidate) => candidate.slug === slug);
  if (!event) throw new Error(`The demo has no event ${slug}`);
  return event;
}

export function demoTopic(slug: string) {
  const topic = content.topics.find((candidate) => candidate.slug === slug);
  if (!topic) throw new Error(`The demo has no topic ${slug}`);
  return topic;
}
