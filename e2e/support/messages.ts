import { readFileSync } from 'node:fs';
import type { Locale } from '../../lib/i18n/locales';
import type messages from '../../messages/en.json';

type Messages = typeof messages;

/** The UI messages of a locale, as the pages use them (tests compare against the source, not copies). */
export function messagesOf(locale: Locale): Messages {
  return JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
}

/** A message with ICU placeholders filled in literally ({name} → value); tags are dropped. */
export function fill(message: string, values: Record<string, string> = {}): string {
  return message.replace(/\{(\w+)[^}]*\}/g, (_, name: string) => values[name] ?? '').replace(/<\/?\w+>/g, '');
}
