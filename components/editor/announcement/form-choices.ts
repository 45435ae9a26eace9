import type { getFormatter, getTranslations } from 'next-intl/server';
import type { FormChoices } from '@/lib/editor/announcement-queries';
import type messages from '@/messages/en.json';
import { lifecycles } from '@/lib/editor/schema';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import type { Choice } from './metadata-fields';

// The options of the announcement forms, built on the server in the UI language: the forms are
// client components and get their texts as props.

type Formatter = Awaited<ReturnType<typeof getFormatter>>;
type Texts = Awaited<ReturnType<typeof getTranslations<'EditorAnnouncement'>>>;
type TextKey = keyof (typeof messages)['EditorAnnouncement'];

/** Each language under its own name in its own script, as a language menu lists them. */
export function sourceLocaleChoices(candidates: readonly Locale[]): Choice[] {
  return candidates.map((locale) => ({ value: locale, label: localeInfo[locale].nativeName, lang: locale }));
}

/** "Sub-Forum on Migration Management 2024 (9–10 September 2024)" */
export function eventChoices(events: FormChoices['events'], format: Formatter): Choice[] {
  return events.map((event) => {
    const dates = format.dateTimeRange(new Date(event.startsOn), new Date(event.endsOn), { year: 'numeric', month: 'long', day: 'numeric' });
    return { value: event.id, label: `${event.name} (${dates})` };
  });
}

export function topicChoices(topics: FormChoices['topics']): Choice[] {
  return topics.map((topic) => ({ value: topic.id, label: topic.name }));
}

export function lifecycleChoices(t: Texts): Choice[] {
  return lifecycles.map((lifecycle) => ({ value: lifecycle, label: t(`lifecycle${lifecycle}`) }));
}

/** The texts of the given keys, for a client component's `labels` prop. */
export function labelsOf<K extends TextKey>(t: Texts, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, t(key as TextKey)])) as Record<K, string>;
}
