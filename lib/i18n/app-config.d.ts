import type { Locale } from './locales';
import type messages from '../../messages/en.json';

// Types every t('…') call against en.json, the source of truth for message keys.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
