import type { Locale } from './locales';
import type { PublicPage } from './parse-path';
import { announcementPath, eventPath, eventsPath, homePath, searchPath, topicPath } from './paths';

/**
 * Where the language switcher takes a reader of `page` who picks `target`: the same page in that
 * locale when it exists there, else that locale's home, so a switch never ends on a 404.
 * `announcementSlug` is the target locale's slug of the announcement shown, or null without one.
 */
export function switchDestination(target: Locale, page: PublicPage, announcementSlug: string | null): string {
  switch (page.kind) {
    case 'announcement':
      return announcementSlug ? announcementPath(target, announcementSlug) : homePath(target);
    case 'events':
      return eventsPath(target);
    case 'event':
      return eventPath(target, page.slug);
    case 'topic':
      return topicPath(target, page.slug);
    case 'search':
      return searchPath(target);
    // A later page of the latest list may not exist in a locale with fewer announcements.
    case 'home':
    case 'other':
      return homePath(target);
  }
}
